package com.outsourcingledger.query.audit;

import com.outsourcingledger.query.audit.chain.AuditProof;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.query.audit.AuditedLedger.KEYS;
import static com.outsourcingledger.query.audit.AuditedLedger.get;
import static com.outsourcingledger.query.audit.AuditedLedger.post;
import static org.assertj.core.api.Assertions.assertThat;

/** Proof bundles exported over HTTP and verified offline with nothing but the JDK and the public key. */
class AuditProofExportTest {

    @BeforeAll
    static void start() {
        AuditedLedger.start();
    }

    @Test
    void theLogProofVerifiesOfflineAndPassesThroughACheckpointTheAuditorHeld() throws Exception {
        AuditedLedger.Answer taken = post("/audit/checkpoints", "audit");
        JsonNode held = taken.json();
        String bundle = get("/audit/proof", "audit").body();

        assertThat(taken.status()).isEqualTo(201);
        assertThat(held.path("index").asLong()).isEqualTo(6);
        assertThat(verify(bundle, KEYS.getPublic(), Map.of(6L, held.path("chainHash").asString()))).isNull();
        JsonNode parsed = AuditedLedger.JSON.readTree(bundle);
        assertThat(parsed.path("events").size()).isEqualTo(6);
        assertThat(parsed.path("checkpoints").size()).isGreaterThanOrEqualTo(2);
        assertThat(parsed.path("verification").path("status").asString()).isEqualTo("INTACT");
        assertThat(parsed.path("publicKey").asString()).isEqualTo(get("/audit/signing-key", "legal").json()
                .path("publicKey").asString());
        assertThat(get("/audit/checkpoints", "audit").json().get(0).path("index").asLong()).isEqualTo(6);
    }

    @Test
    void aVendorsProofVerifiesOffline() throws Exception {
        String bundle = get("/audit/vendors/v-alpha/proof", "management").body();

        assertThat(verify(bundle, KEYS.getPublic(), Map.of())).isNull();
        assertThat(AuditedLedger.JSON.readTree(bundle).path("scope").asString()).isEqualTo("aggregate/Vendor/v-alpha");
    }

    @Test
    void anAlteredDroppedOrForeignSignedBundleFailsOffline() throws Exception {
        String bundle = get("/audit/vendors/v-alpha/proof", "audit").body();
        String dropped = AuditedLedger.JSON.readTree(bundle).path("events").get(2).toString();

        assertThat(verify(bundle.replace("违规", "合规"), KEYS.getPublic(), Map.of()))
                .contains("event-v-alpha-4").contains("was altered");
        assertThat(verify(bundle.replace(dropped + ",", ""), KEYS.getPublic(), Map.of()))
                .contains("missing or out of order");
        assertThat(verify(bundle, KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic(), Map.of()))
                .contains("not signed by the trusted key");
        assertThat(verify(bundle, KEYS.getPublic(), Map.of(2L, "00".repeat(32))))
                .contains("does not pass through your checkpoint");
    }

    @Test
    void theDocumentedCommandLineVerifiesABundle(@TempDir Path files) throws Exception {
        Path bundle = files.resolve("proof.json");
        Path key = files.resolve("audit-key.pub");
        Files.writeString(bundle, get("/audit/proof", "audit").body());
        Files.writeString(key, Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()));
        String java = ProcessHandle.current().info().command().orElse("java");

        Process process = new ProcessBuilder(java, "src/main/java/com/outsourcingledger/query/audit/chain/AuditProof.java",
                bundle.toString(), key.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).startsWith("INTACT: 6 events of log");
        Files.writeString(bundle, Files.readString(bundle).replace("违规", "合规"));
        Process tampered = new ProcessBuilder(java, "src/main/java/com/outsourcingledger/query/audit/chain/AuditProof.java",
                bundle.toString(), key.toString()).redirectErrorStream(true).start();
        assertThat(new String(tampered.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).startsWith("TAMPERED");
        assertThat(tampered.waitFor()).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static String verify(String bundle, PublicKey key, Map<Long, String> held) throws Exception {
        return AuditProof.verify((Map<String, Object>) new AuditProof.Json(bundle).value(), key, held);
    }

}
