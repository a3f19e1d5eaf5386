package com.outsourcingledger.system;

import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.system.CommandOperations.Operation;
import com.outsourcingledger.system.FuzzCorpus.Mutation;
import com.outsourcingledger.system.FuzzCorpus.Variant;
import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.outsourcingledger.system.ContractSteps.created;
import static com.outsourcingledger.system.ProjectSteps.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz corpus on every writing operation command-side documents, each sent by a user its department allows:
 * hostile values in every field however deep, bodies that are not objects, hostile path variables and headers.
 * Nothing answers 5xx or takes over 5 s; every refusal is a problem and writes no event; afterwards both apps are
 * healthy and the read models still follow new events.
 */
class HostileInputFuzzTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();

    private static final LedgerClient client = new LedgerClient();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    // A 10,000-character path variable reaches the application (server.max-http-request-header-size, 32 KB) and is
    // refused as a problem; an encoded NUL or slash, or bytes that are not UTF-8, are refused by Tomcat through the
    // platform's error report valve, as problems too.
    // "x%0Ay" and ".." pass Tomcat and are refused by Spring Security's firewall: a problem since the platform's
    // RequestRejectedHandler (before it, Spring Boot's /error page answered them in plain JSON).
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** Only a panel member scores; the role alone does not make one. */
    private static final String PANEL_MEMBER = SourcingSteps.PANEL_USERS.getFirst();
    private static final Map<String, String> ids = new HashMap<>();
    private static final Map<String, Map<String, Object>> samples = new HashMap<>();

    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger acceptedWrites = new AtomicInteger();

    @BeforeAll
    static void aSmallWorld() {
        LedgerSystem system = ledger.system();
        String vendorId = VendorSteps.registerAndAdmit(system, client);
        List<String> candidates = List.of(vendorId, VendorSteps.registerAndAdmit(system, client),
                VendorSteps.registerAndAdmit(system, client));
        succeeded(client.post(system.commandUrl("/vendors/" + vendorId + "/qualifications"), "hr",
                VendorSteps.qualification("q-fuzz", "BUSINESS_LICENSE", START, START.plusYears(3), true)));
        String projectId = ProjectSteps.establish(system, client);
        SourcingSteps.awaitVendorStandings(system, candidates, "ADMITTED");
        Response opened = client.post(system.commandUrl("/sourcings"), "procurement",
                SourcingSteps.opening(projectId, candidates));
        created(opened);
        String contractId = UUID.randomUUID().toString();
        String contractorId = candidates.get(1);
        created(client.post(system.commandUrl("/contracts"), "business",
                ContractSteps.draft(contractId, contractorId, START, START.plusYears(2))));
        created(client.post(system.commandUrl("/contracts/" + contractId + "/slas"), "business", ContractSteps.sla()));
        ids.putAll(Map.of("vendorId", vendorId, "projectId", projectId, "contractId", contractId,
                "sourcingId", opened.json().get("sourcingId").asString(), "qualificationId", "q-fuzz",
                "metricId", "quality", "period", "2026-01"));
        samples.putAll(Map.of("RegisterVendorRequest", VendorSteps.newRegistration(),
                "ProjectForm", ProjectSteps.newForm(),
                "DraftRequest", ContractSteps.draft(UUID.randomUUID().toString(), contractorId, START,
                        START.plusYears(2)),
                "RevisionRequest", ContractSteps.revision("修订后的外包合同", START, START.plusYears(2)),
                "AmendmentRequest", Map.of("content", ContractSteps.content()),
                "SlaMetric", withEntry(ContractSteps.sla(), "metricId", "fuzz-metric"),
                "AddQualificationRequest", VendorSteps.qualification("q-fuzz-2", "ISO9001", START, START.plusYears(3), false),
                "OpeningRequest", withEntry(SourcingSteps.opening(projectId, candidates), "policy", Map.of(
                        "version", "fuzz-policy", "weights", Map.of("TECHNICAL_PROPOSAL", 30, "EXPERIENCE", 20,
                                "MANAGEMENT_SERVICE", 20, "PRICE", 20, "FINANCE_REPUTATION", 10))),
                "ScoreSheetRequest", Map.of("vendorId", vendorId, "scores", SourcingSteps.scores(80), "comment", "评分"),
                "FindingRequest", Map.of("criterion", AdmissionCriterion.MANAGEMENT_SYSTEMS.name())));
    }

    @Test
    void noWritingOperationFailsHangsOrWritesOnARefusal() throws Exception {
        JsonNode document = client.get(ledger.system().commandUrl("/v3/api-docs"), null).json();
        CommandOperations api = CommandOperations.of(document);
        FuzzCorpus corpus = new FuzzCorpus(api::resolve, ids);
        List<Operation> operations = api.writing(ledger.system()).stream()
                .map(operation -> operation.path().endsWith("/score-sheets") ? operation.by(PANEL_MEMBER) : operation)
                .toList();
        assertThat(operations).as("writing operations in the OpenAPI document").hasSizeGreaterThan(40);
        long started = System.nanoTime();
        // Two operations at a time, each one's requests in order: the client's checks overlap the server's work.
        try (ExecutorService clients = Executors.newFixedThreadPool(2)) {
            List<Future<?>> fuzzed = new ArrayList<>();
            for (Operation operation : operations) {
                List<Runnable> checks = checks(operation, corpus);
                fuzzed.add(clients.submit(() -> checks.forEach(Runnable::run)));
            }
            for (Future<?> operation : fuzzed) {
                operation.get();
            }
        }
        System.out.printf("fuzz: %d requests to %d operations in %s%n", requests.get(), operations.size(),
                Duration.ofNanos(System.nanoTime() - started));
        everythingStaysHealthyAndCurrent();
        assertThat(acceptedWrites.get()).as("accepted requests whose events carry their request id").isPositive();
        assertThat(violations).as("%d violations in %d requests", violations.size(), requests.get()).isEmpty();
    }

    /** The operation's requests, built here (the corpus is not shared across threads) and sent when run. */
    private List<Runnable> checks(Operation operation, FuzzCorpus corpus) {
        List<Runnable> checks = new ArrayList<>();
        ObjectNode base = operation.schema() == null ? JsonNodeFactory.instance.objectNode()
                : corpus.base(operation.schema(), samples.getOrDefault(operation.schemaName(), Map.of()));
        List<Mutation> mutations = operation.schema() == null ? FuzzCorpus.whole(base)
                : corpus.mutations(operation.schemaName(), operation.schema(), base);
        String path = expand(operation.path(), null, null);
        for (Mutation mutation : mutations) {
            checks.add(() -> check(operation, path, mutation, Map.of()));
        }
        Mutation valid = new Mutation("base body", base.toString().getBytes(StandardCharsets.UTF_8), FuzzCorpus.JSON_TYPE);
        for (String variable : operation.pathVariables()) {
            for (Variant value : FuzzCorpus.PATH_VALUES) {
                String variablePath = expand(operation.path(), variable, value.raw());
                Mutation variableValue = new Mutation("{" + variable + "} = " + value.label(), valid.body(),
                        valid.contentType());
                checks.add(() -> check(operation, variablePath, variableValue, Map.of()));
            }
        }
        for (String header : operation.headers()) {
            for (Variant value : FuzzCorpus.HEADER_VALUES) {
                Mutation headerValue = new Mutation(header + " header = " + value.label(), valid.body(),
                        valid.contentType());
                checks.add(() -> check(operation, path, headerValue, Map.of(header, value.raw())));
            }
        }
        checks.add(() -> check(operation, path, valid, Map.of()));
        return checks;
    }

    private void check(Operation operation, String path, Mutation mutation, Map<String, String> headers) {
        String requestId = "fuzz-" + requests.incrementAndGet();
        long before = storeHead();
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request(operation, path, mutation, headers, requestId),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            violations.add(operation + " [" + mutation.label() + "]: no response: " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        List<String> written = writtenFor(requestId, before);
        String found = null;
        if (took.compareTo(PATIENCE) > 0) {
            found = "took " + took;
        } else if (status >= 500) {
            found = "server error";
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            found = "refusal is not a problem (" + contentType + ")";
        } else if (status >= 400 && !written.isEmpty()) {
            found = "refused yet events stored: " + written;
        }
        if (status < 300 && !written.isEmpty()) {
            acceptedWrites.incrementAndGet();
        }
        if (found != null) {
            String body = response.body();
            violations.add("%s [%s]: %d %s: %s".formatted(operation, mutation.label(), status, found,
                    body.substring(0, Math.min(body.length(), 300)).replaceAll("\\s+", " ")));
        }
    }

    private HttpRequest request(Operation operation, String path, Mutation mutation, Map<String, String> headers,
                                String requestId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ledger.system().commandUrl("") + path))
                .timeout(PATIENCE.plusSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (operation.user() + ":" + LedgerClient.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("X-Request-Id", requestId)
                .header("Content-Type", mutation.contentType());
        headers.forEach(request::header);
        return request.method(operation.method(), mutation.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(mutation.body())).build();
    }

    /** The template with the world's ids in its variables, {@code variable} (if any) replaced by {@code raw}. */
    private static String expand(String template, String variable, String raw) {
        return VARIABLE.matcher(template).replaceAll(name -> Matcher.quoteReplacement(name.group(1).equals(variable)
                ? raw : ids.getOrDefault(name.group(1), UUID.randomUUID().toString())));
    }

    private void everythingStaysHealthyAndCurrent() {
        LedgerSystem system = ledger.system();
        String later = VendorSteps.registerAndAdmit(system, client);
        JsonNode vendor = ProjectSteps.awaitQuery(system, client, "/vendors/" + later,
                v -> v.path("status").asString().equals("ADMITTED"));
        assertThat(vendor.get("vendorId").asString()).isEqualTo(later);
        for (URI health : List.of(system.queryUrl("/actuator/health"), system.commandUrl("/actuator/health"))) {
            Response answer = client.get(health, "management");
            if (answer.status() != 200 || !answer.json().path("status").asString().equals("UP")) {
                violations.add(health + " after the fuzz: " + answer);
            }
        }
    }

    /** The position of the last stored event. */
    private static long storeHead() {
        return StoreTruth.of(ledger.system()).head();
    }

    /**
     * The types of the events stored after position {@code head} that carry this request's id: sagas and processors
     * reacting to earlier, accepted requests keep writing while the fuzz goes on, under those requests' ids.
     */
    private static List<String> writtenFor(String requestId, long head) {
        if (storeHead() == head) {
            return List.of();
        }
        return StoreTruth.of(ledger.system()).logAfter(head).stream()
                .filter(event -> event.getMetaData().containsValue(requestId))
                .map(event -> event.getPayloadType().getName()).toList();
    }

    private static Map<String, Object> withEntry(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
