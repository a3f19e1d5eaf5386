package com.outsourcingledger.query.audit.chain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented algorithm's building blocks, independent of any database. */
class AuditProofTest {

    private static final String DIGEST = AuditProof.eventDigest("e-1", "Vendor", "v-1", 0,
            "com.example.VendorRegistered", null, "2026-03-02T01:00:00Z", "{\"legalName\":\"阿尔法\"}", "{\"user\":\"hr\"}");

    @Test
    void theDigestCoversEveryFieldAndIsUnambiguousAboutBoundaries() {
        assertThat(DIGEST).hasSize(64).isEqualTo(AuditProof.eventDigest("e-1", "Vendor", "v-1", 0,
                "com.example.VendorRegistered", "", "2026-03-02T01:00:00Z", "{\"legalName\":\"阿尔法\"}",
                "{\"user\":\"hr\"}"));
        assertThat(AuditProof.eventDigest("e-1", "Vendor", "v-1", 1, "com.example.VendorRegistered", null,
                "2026-03-02T01:00:00Z", "{\"legalName\":\"阿尔法\"}", "{\"user\":\"hr\"}")).isNotEqualTo(DIGEST);
        assertThat(AuditProof.eventDigest("e-1", "Vendor", "v-", 10, "com.example.VendorRegistered", null,
                "2026-03-02T01:00:00Z", "{\"legalName\":\"阿尔法\"}", "{\"user\":\"hr\"}")).isNotEqualTo(DIGEST);
    }

    @Test
    void theLogChainDependsOnThePositionAndOnEverythingBefore() {
        String first = AuditProof.logLink(AuditProof.GENESIS, 1, DIGEST);

        assertThat(AuditProof.logLink(AuditProof.GENESIS, 2, DIGEST)).isNotEqualTo(first);
        assertThat(AuditProof.logLink(first, 2, DIGEST)).isNotEqualTo(AuditProof.logLink(AuditProof.GENESIS, 2, DIGEST));
        assertThat(AuditProof.aggregateLink(AuditProof.GENESIS, DIGEST)).isNotEqualTo(first);
    }

    @Test
    void theBundleReaderKeepsEscapesAndChineseTextExactly() throws Exception {
        Object parsed = new AuditProof.Json("{\"payload\": \"{\\\"n\\\":\\\"阿尔法\\\\u\\\"}\\n\\u4e0a\", \"events\": [1, -2, true,"
                + " null], \"empty\": {}}").value();

        assertThat(parsed).isEqualTo(Map.of("payload", "{\"n\":\"阿尔法\\u\"}\n上", "events",
                Arrays.asList(1L, -2L, true, null), "empty", Map.of()));
    }

    @Test
    void aBundleWithoutASignedHeadIsRefused() {
        Map<String, Object> bundle = Map.of("format", AuditProof.BUNDLE_FORMAT, "scope", "log",
                "anchor", Map.of("index", 0L, "chainHash", AuditProof.GENESIS), "events", List.of(),
                "checkpoints", List.of());

        assertThat(AuditProof.verify(bundle, null, Map.of())).contains("no signed checkpoint covers the last event");
    }
}
