package com.outsourcingledger.query.audit;

import com.outsourcingledger.query.audit.chain.AuditProof;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.query.audit.AuditedLedger.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering with the stored events directly in PostgreSQL, as someone with database access would: each
 * alteration, deletion and reordering is reported with the first divergent event, by the log's and by the
 * vendor's verification. Every test restores the rows it touched. JDBC store only, by design: it edits the JDBC
 * engine's {@code domainevententry} table, which Axon Server does not have (its files are tampered differently).
 */
class AuditTamperTest {

    private static JdbcClient jdbc;
    private List<Map<String, Object>> storeRows;
    private List<Map<String, Object>> indexRows;

    @BeforeAll
    static void start() {
        AuditedLedger.start();
        jdbc = JdbcClient.create(AuditedLedger.app.getBean(DataSource.class));
    }

    @BeforeEach
    void snapshot() {
        storeRows = jdbc.sql("SELECT * FROM domainevententry ORDER BY globalindex").query().listOfRows();
        indexRows = jdbc.sql("SELECT * FROM audit_event ORDER BY chain_index").query().listOfRows();
    }

    @AfterEach
    void restoreAndVerifyIntactAgain() throws Exception {
        jdbc.sql("DELETE FROM domainevententry").update();
        for (Map<String, Object> row : storeRows) {
            jdbc.sql("INSERT INTO domainevententry (" + String.join(",", row.keySet()) + ") VALUES ("
                    + String.join(",", row.keySet().stream().map(k -> ":" + k).toList()) + ")").params(row).update();
        }
        for (Map<String, Object> row : indexRows) {
            jdbc.sql("UPDATE audit_event SET payload = :payload, event_digest = :event_digest,"
                    + " aggregate_chain = :aggregate_chain, log_chain = :log_chain WHERE chain_index = :chain_index")
                    .params(row).update();
        }
        assertThat(verifyLog().path("status").asString()).isEqualTo("INTACT");
    }

    @Test
    void anUntouchedLogAndVendorHistoryVerify() throws Exception {
        JsonNode log = verifyLog();
        JsonNode vendor = verifyAlpha();

        assertThat(log.path("status").asString()).isEqualTo("INTACT");
        assertThat(log.path("eventsChecked").asLong()).isEqualTo(6);
        assertThat(log.path("checkpointsChecked").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(log.path("firstDivergence").isNull()).isTrue();
        assertThat(vendor.path("status").asString()).isEqualTo("INTACT");
        assertThat(vendor.path("eventsChecked").asLong()).isEqualTo(5);
        assertThat(vendor.path("scope").asString()).isEqualTo("aggregate/Vendor/v-alpha");
    }

    @Test
    void anAlteredPayloadIsReported() throws Exception {
        byte[] payload = jdbc.sql("SELECT payload FROM domainevententry WHERE eventidentifier = 'event-v-alpha-4'")
                .query(byte[].class).single();
        String altered = new String(payload, StandardCharsets.UTF_8).replace("违规", "合规");
        jdbc.sql("UPDATE domainevententry SET payload = :p WHERE eventidentifier = 'event-v-alpha-4'")
                .param("p", altered.getBytes(StandardCharsets.UTF_8)).update();

        assertDivergence(verifyLog(), "ALTERED", "event-v-alpha-4");
        assertThat(verifyLog().path("firstDivergence").path("fields").get(0).asString()).isEqualTo("payload");
        assertDivergence(verifyAlpha(), "ALTERED", "event-v-alpha-4");
    }

    @Test
    void alteredMetadataIsReported() throws Exception {
        jdbc.sql("UPDATE domainevententry SET metadata = convert_to(replace(convert_from(metadata, 'UTF8'), 'legal', 'hr'), 'UTF8')"
                + " WHERE eventidentifier = 'event-v-alpha-4'").update();

        assertDivergence(verifyLog(), "ALTERED", "event-v-alpha-4");
    }

    @Test
    void aDeletedEventIsReported() throws Exception {
        jdbc.sql("DELETE FROM domainevententry WHERE eventidentifier = 'event-v-alpha-2'").update();

        assertDivergence(verifyLog(), "MISSING", "event-v-alpha-2");
        assertDivergence(verifyAlpha(), "MISSING", "event-v-alpha-2");
    }

    @Test
    void aTruncatedLogIsReported() throws Exception {
        jdbc.sql("DELETE FROM domainevententry WHERE eventidentifier IN ('event-v-alpha-4', 'event-v-beta-0')").update();

        assertDivergence(verifyLog(), "MISSING", "event-v-alpha-4");
    }

    @Test
    void anEventInsertedAtAPositionTheIndexHasReadIsReported() throws Exception {
        jdbc.sql("INSERT INTO domainevententry (globalindex, eventidentifier, aggregateidentifier, sequencenumber, type,"
                + " timestamp, payloadtype, payloadrevision, payload, metadata) SELECT 0, 'event-forged',"
                + " 'v-forged', 0, type, timestamp, payloadtype, payloadrevision, payload, metadata"
                + " FROM domainevententry WHERE eventidentifier = 'event-v-beta-0'").update();

        JsonNode log = verifyLog();
        assertDivergence(log, "UNEXPECTED", "event-forged");
        assertThat(log.path("firstDivergence").path("globalPosition").asLong()).isZero();
    }

    @Test
    void swappedGlobalPositionsAreReported() throws Exception {
        long first = position("event-v-alpha-1");
        long second = position("event-v-alpha-2");
        moveTo("event-v-alpha-1", -1);
        moveTo("event-v-alpha-2", first);
        moveTo("event-v-alpha-1", second);

        assertDivergence(verifyLog(), "MOVED", "event-v-alpha-1");
    }

    @Test
    void swappedSequenceNumbersAreReported() throws Exception {
        renumber("event-v-alpha-1", -1);
        renumber("event-v-alpha-2", 1);
        renumber("event-v-alpha-1", 2);

        JsonNode log = verifyLog();
        assertDivergence(log, "ALTERED", "event-v-alpha-1");
        assertThat(log.path("firstDivergence").path("fields").get(0).asString()).isEqualTo("sequenceNumber");
        assertDivergence(verifyAlpha(), "MOVED", "event-v-alpha-1");
    }

    @Test
    void rewritingTheStoreAndTheIndexTogetherBreaksASignedCheckpoint() throws Exception {
        jdbc.sql("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '违规', '合规'), 'UTF8')"
                + " WHERE eventidentifier = 'event-v-alpha-4'").update();
        String chain = AuditProof.GENESIS;
        for (Map<String, Object> row : indexRows) {
            String payload = ((String) row.get("payload")).replace("违规", "合规");
            String digest = AuditProof.eventDigest((String) row.get("event_id"), (String) row.get("aggregate_type"),
                    (String) row.get("aggregate_id"), ((Number) row.get("sequence_number")).longValue(),
                    (String) row.get("payload_type"), (String) row.get("payload_revision"),
                    (String) row.get("timestamp_text"), payload, (String) row.get("metadata"));
            chain = AuditProof.logLink(chain, ((Number) row.get("global_position")).longValue(), digest);
            jdbc.sql("UPDATE audit_event SET payload = :payload, event_digest = :digest, log_chain = :chain"
                            + " WHERE chain_index = :index")
                    .param("payload", payload).param("digest", digest).param("chain", chain)
                    .param("index", row.get("chain_index")).update();
        }

        JsonNode log = verifyLog();
        assertThat(log.path("firstDivergence").path("kind").asString()).isEqualTo("CHECKPOINT_MISMATCH");
        assertThat(log.path("firstDivergence").path("chainIndex").asLong()).isEqualTo(6);
    }

    private static void assertDivergence(JsonNode report, String kind, String eventId) {
        assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("TAMPERED");
        assertThat(report.path("firstDivergence").path("kind").asString()).as(report.toString()).isEqualTo(kind);
        assertThat(report.path("firstDivergence").path("eventId").asString()).isEqualTo(eventId);
    }

    private static JsonNode verifyLog() throws Exception {
        return get("/audit/verification", "audit").json();
    }

    private static JsonNode verifyAlpha() throws Exception {
        return get("/audit/vendors/v-alpha/verification", "legal").json();
    }

    private static long position(String eventId) {
        return jdbc.sql("SELECT globalindex FROM domainevententry WHERE eventidentifier = :id").param("id", eventId)
                .query(Long.class).single();
    }

    private static void moveTo(String eventId, long position) {
        jdbc.sql("UPDATE domainevententry SET globalindex = :p WHERE eventidentifier = :id")
                .param("p", position).param("id", eventId).update();
    }

    private static void renumber(String eventId, long sequence) {
        jdbc.sql("UPDATE domainevententry SET sequencenumber = :s WHERE eventidentifier = :id")
                .param("s", sequence).param("id", eventId).update();
    }
}
