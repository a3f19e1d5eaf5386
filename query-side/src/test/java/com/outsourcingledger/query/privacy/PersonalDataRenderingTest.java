package com.outsourcingledger.query.privacy;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerFilingSubmitted;
import com.outsourcingledger.api.worker.WorkerProofs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataRenderingTest {

    private static final JsonMapper WIRE = EventWireFormat.jsonMapper();
    private static final PersonalData ZHANG = new PersonalData("张伟", "110101199003078515", "+86 138 0013 8000");
    private final PersonalDataRendering rendering = PersonalDataForTests.RENDERING;

    @Test
    void aStoredPayloadShowsItsSealedDataOpenedWhereverItIsAndIsItselfLeftAsStored() {
        String worker = "worker-" + UUID.randomUUID();
        SealedPersonalData sealed = PersonalDataForTests.VAULT.seal(worker, ZHANG);
        JsonNode stored = WIRE.valueToTree(Map.of("filing", filing(worker, sealed), "others", List.of(sealed)));
        String before = stored.toString();

        JsonNode shown = rendering.shown(stored);

        JsonNode opened = WIRE.valueToTree(Map.of("name", "张伟", "idNumber", "110101199003078515",
                "contact", "+86 138 0013 8000"));
        assertThat(shown.path("filing").path("personalData")).isEqualTo(opened);
        assertThat(shown.path("others").path(0)).isEqualTo(opened);
        assertThat(shown.path("filing").path("contractId").asString()).isEqualTo("contract-1");
        assertThat(shown.toString()).doesNotContain(sealed.ciphertext());
        assertThat(stored.toString()).isEqualTo(before).contains(sealed.ciphertext());
    }

    @Test
    void anErasedSubjectsDataShowsAsErasedOnly() {
        String worker = "worker-" + UUID.randomUUID();
        SealedPersonalData sealed = PersonalDataForTests.VAULT.seal(worker, ZHANG);
        byte[] stored = WIRE.writeValueAsBytes(filing(worker, sealed));

        PersonalDataForTests.VAULT.erase(worker);

        JsonNode shown = rendering.shown(stored).orElseThrow();
        assertThat(shown.path("personalData")).isEqualTo(WIRE.readTree("{\"erased\":true}"));
        assertThat(shown.toString()).doesNotContain(sealed.ciphertext()).doesNotContain("张伟");
    }

    @Test
    void aPayloadWithoutSealedDataIsCopiedAsItIs() {
        byte[] stored = "{\"vendorId\":\"v-1\",\"reason\":\"late\"}".getBytes(StandardCharsets.UTF_8);
        byte[] mentionsIt = "{\"vendorId\":\"v-1\",\"ciphertext\":\"not sealed data\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(rendering.shown(stored)).isEmpty();
        assertThat(rendering.shown(mentionsIt)).isEmpty();
    }

    @Test
    void aTypedValueWrittenByTheOutwardMapperIsShownTheSameWay() {
        String worker = "worker-" + UUID.randomUUID();
        SealedPersonalData sealed = PersonalDataForTests.VAULT.seal(worker, ZHANG);

        JsonNode shown = rendering.outwardMapper().valueToTree(filing(worker, sealed));

        assertThat(shown.path("personalData").path("name").asString()).isEqualTo("张伟");
        assertThat(shown.toString()).doesNotContain(sealed.ciphertext());
    }

    private static WorkerFilingSubmitted filing(String worker, SealedPersonalData sealed) {
        return new WorkerFilingSubmitted(worker, "contract-1", "vendor-1", sealed,
                new WorkerProofs("LC-1", "SI-1", "2026-11", "CP-1"));
    }
}
