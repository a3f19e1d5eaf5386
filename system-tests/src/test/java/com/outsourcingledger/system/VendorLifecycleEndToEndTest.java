package com.outsourcingledger.system;

import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.system.LedgerClient.Response;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * A vendor from registration to admission through command-side's HTTP API, read back from query-side's,
 * with both apps as separate application contexts on one PostgreSQL database.
 */
class VendorLifecycleEndToEndTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final LedgerClient client = new LedgerClient();

    @Test
    void registersQualifiesAndAdmitsAVendorAndServesItOnTheQuerySide() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        String vendorId = register(newRegistration(), Map.of("X-Request-Id", "e2e-admission-1"));
        created(client.post(ledger.system().commandUrl("/vendors/" + vendorId + "/qualifications"), "hr",
                qualification("license", "BUSINESS_LICENSE", today.minusYears(1), today.plusYears(5), true)));
        created(client.post(ledger.system().commandUrl("/vendors/" + vendorId + "/qualifications"), "procurement",
                qualification("hr-permit", "HR_SERVICE_PERMIT", today.minusYears(1), today.plusDays(10), true)));
        admit(vendorId);

        JsonNode detail = awaitVendor(vendorId, v -> v.get("status").asString().equals("ADMITTED"));
        assertThat(detail.get("legalName").asString()).isEqualTo("上海测试外包服务有限公司");
        assertThat(detail.get("findings")).hasSize(AdmissionCriterion.values().length);
        assertThat(detail.get("admittedOn").asString()).isEqualTo(today.toString());
        JsonNode permit = findQualification(detail, "hr-permit");
        assertThat(permit.get("daysToExpiry").asLong()).isEqualTo(10);

        Response expiring = client.get(ledger.system().queryUrl("/vendors/qualifications/expiring?withinDays=30"), "audit");
        assertThat(expiring.status()).isEqualTo(200);
        assertThat(expiring.json().valueStream()
                .filter(q -> q.get("vendorId").asString().equals(vendorId))
                .map(q -> q.get("qualificationId").asString())).containsExactly("hr-permit");

        // newest first: on a shared Axon Server the directory also holds earlier classes' vendors
        Response directory = client.get(ledger.system().queryUrl(
                "/vendors?status=ADMITTED&category=IT&sort=-lastChangedAt&size=200"), "business");
        assertThat(directory.json().get("items").valueStream().map(v -> v.get("vendorId").asString()))
                .contains(vendorId);
    }

    @Test
    void everyEventRecordsWhoCausedItUnderWhichRequestAndByWhichCommand() {
        String vendorId = register(newRegistration(), Map.of("X-Request-Id", "e2e-metadata-1"));
        DomainEventMessage<?> registered = StoreTruth.of(ledger.system()).eventsOf(vendorId).getFirst();
        assertThat(registered.getSequenceNumber()).isZero();
        MetaData meta = registered.getMetaData();
        assertThat(meta).containsEntry("user", "hr").containsEntry("department", "HR")
                .containsEntry("correlationId", "e2e-metadata-1").containsEntry("command", "RegisterVendor");
        assertThat(meta.get("causationId")).asInstanceOf(STRING).isNotBlank();
    }

    @Test
    void aRetriedRegistrationAnswersWithTheSameVendorAndASecondVendorCannotTakeTheCreditCode() {
        Map<String, Object> registration = newRegistration();
        registration.remove("vendorId");
        String key = UUID.randomUUID().toString();
        Response first = client.post(ledger.system().commandUrl("/vendors"), "hr", registration, Map.of("Idempotency-Key", key));
        Response retry = client.post(ledger.system().commandUrl("/vendors"), "hr", registration, Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));

        Response duplicate = client.post(ledger.system().commandUrl("/vendors"), "procurement", registration);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("rule").asString()).isEqualTo("vendor.credit-code.already-registered");
    }

    @Test
    void concurrentRegistrationsOfOneCreditCodeAdmitExactlyOneVendor() throws Exception {
        Map<String, Object> registration = newRegistration();
        List<Callable<Response>> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> attempt = new HashMap<>(registration);
            attempt.put("vendorId", UUID.randomUUID().toString());
            racers.add(() -> client.post(ledger.system().commandUrl("/vendors"), "hr", attempt));
        }
        List<Integer> statuses = runConcurrently(racers).stream().map(Response::status).toList();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void concurrentCommandsOnOneVendorLoseNoUpdate() throws Exception {
        String vendorId = register(newRegistration(), Map.of());
        admit(vendorId);
        List<Callable<Response>> warnings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            warnings.add(() -> client.post(ledger.system().commandUrl("/vendors/" + vendorId + "/warnings"), "hr",
                    Map.of("reason", "迟交报告 " + n, "evidenceRefs", List.of("doc-" + n))));
        }
        List<Response> responses = runConcurrently(warnings);
        assertThat(responses).extracting(Response::status).allMatch(status -> status == 204 || status == 409);
        long accepted = responses.stream().filter(r -> r.status() == 204).count();

        JsonNode detail = awaitVendor(vendorId, v -> v.get("sanctions").size() == accepted);
        assertThat(detail.get("sanctions").valueStream().filter(s -> s.get("kind").asString().equals("WARNING")))
                .hasSize((int) accepted);
        assertThat(countEvents(vendorId, "VendorWarned")).isEqualTo(accepted);
    }

    @Test
    void refusedCommandsNameTheRuleAndWriteNothing() {
        String vendorId = register(newRegistration(), Map.of());
        long before = countEvents(vendorId, null);

        Response prematureAdmission = client.post(ledger.system().commandUrl("/vendors/" + vendorId + "/admission"), "hr",
                Map.of("tier", "STANDARD"));
        assertThat(prematureAdmission.status()).isIn(409, 422);
        assertThat(prematureAdmission.header("Content-Type")).startsWith("application/problem+json");
        assertThat(prematureAdmission.json().get("rule").asString()).startsWith("vendor.");

        Response wrongDepartment = client.post(ledger.system().commandUrl("/vendors/" + vendorId + "/admission"), "business",
                Map.of("tier", "STANDARD"));
        assertThat(wrongDepartment.status()).isEqualTo(403);

        Response unknown = client.post(ledger.system().commandUrl("/vendors/" + UUID.randomUUID() + "/warnings"), "hr",
                Map.of("reason", "无", "evidenceRefs", List.of()));
        assertThat(unknown.status()).isEqualTo(404);

        assertThat(countEvents(vendorId, null)).isEqualTo(before);
    }

    @Test
    void invalidInputIsA400NamingTheField() {
        Map<String, Object> badCode = newRegistration();
        badCode.put("creditCode", "91310000123456789X");
        Response invalidCode = client.post(ledger.system().commandUrl("/vendors"), "hr", badCode);
        assertThat(invalidCode.status()).isEqualTo(400);
        assertThat(invalidCode.body()).contains("creditCode");

        Map<String, Object> noName = newRegistration();
        noName.remove("legalName");
        Response missingName = client.post(ledger.system().commandUrl("/vendors"), "hr", noName);
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("legalName");

        Response notJson = client.post(ledger.system().commandUrl("/vendors"), "hr", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void aRequiredQualificationThatHasExpiredSuspendsTheVendorThroughADurableDeadline() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        String vendorId = register(newRegistration(), Map.of());
        admit(vendorId);
        created(client.post(ledger.system().commandUrl("/vendors/" + vendorId + "/qualifications"), "hr",
                qualification("expired-permit", "INDUSTRY_PERMIT", today.minusYears(2), today.minusDays(1), true),
                Map.of("X-Request-Id", "e2e-deadline-1")));
        awaitDueDeadlinesExecuted();

        JsonNode detail = awaitVendor(vendorId, v -> v.get("status").asString().equals("SUSPENDED"));
        assertThat(detail.get("suspensionCauses").valueStream().map(JsonNode::asString))
                .containsExactly("QUALIFICATION_EXPIRED");
        assertThat(findQualification(detail, "expired-permit").get("expired").asBoolean()).isTrue();

        MetaData meta = StoreTruth.of(ledger.system()).metaDataOf(vendorId, "VendorSuspended");
        assertThat(meta).containsEntry("user", "system").doesNotContainKey("department")
                .containsEntry("correlationId", "e2e-deadline-1");
        assertThat(meta.get("causationId")).asInstanceOf(STRING).isNotBlank();
    }

    // --- steps ---

    private static Map<String, Object> newRegistration() {
        return VendorSteps.newRegistration();
    }

    private static String register(Map<String, Object> registration, Map<String, String> headers) {
        return VendorSteps.register(ledger.system(), client, registration, headers);
    }

    private static void admit(String vendorId) {
        VendorSteps.admit(ledger.system(), client, vendorId);
    }

    private static Map<String, Object> qualification(String id, String type, LocalDate from, LocalDate until,
                                                     boolean required) {
        return VendorSteps.qualification(id, type, from, until, required);
    }

    private static JsonNode awaitVendor(String vendorId, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = client.get(ledger.system().queryUrl("/vendors/" + vendorId), "hr");
            if (last.status() == 200 && condition.test(last.json())) {
                return last.json();
            }
            sleep(50);
        }
        throw new AssertionError("query-side never showed the expected vendor state; last: " + last);
    }

    /** Due deadlines leave scheduled_tasks once executed; if one never does, show what the scheduler holds. */
    private static void awaitDueDeadlinesExecuted() {
        JdbcClient jdbc = ledger.system().commandSide().getBean(JdbcClient.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<Map<String, Object>> overdue = List.of();
        while (System.nanoTime() < deadline) {
            overdue = jdbc.sql("SELECT task_instance, execution_time, picked, picked_by, last_failure,"
                            + " consecutive_failures FROM scheduled_tasks WHERE execution_time < :cutoff")
                    .param("cutoff", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))
                    .query().listOfRows();
            if (overdue.isEmpty()) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("due deadlines never executed: " + overdue);
    }

    private static JsonNode findQualification(JsonNode detail, String qualificationId) {
        return detail.get("qualifications").valueStream()
                .filter(q -> q.get("qualificationId").asString().equals(qualificationId))
                .findFirst().orElseThrow();
    }

    private static long countEvents(String vendorId, String simpleType) {
        return StoreTruth.of(ledger.system()).count(vendorId, simpleType);
    }

    private static <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        }
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
