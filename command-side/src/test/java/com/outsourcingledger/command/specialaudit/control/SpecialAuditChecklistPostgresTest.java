package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.AuditChecklistGenerated;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmissionRejected;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.CommandSideApplication;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.outsourcingledger.command.specialaudit.control.PlantedChecklist.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planted-violation test on the real store: every plant's clean and violating histories are appended to
 * PostgreSQL with their own instants, identifiers and actors, an audit of the period is opened and joined over HTTP,
 * and the checklist it records lists exactly the planted violating subjects, each under its own control, with
 * evidence among the planted events. Iterates {@link ControlPlants#ALL}: every plant registered joins it.
 */
class SpecialAuditChecklistPostgresTest {

    private static final JsonMapper JSON = EventWireFormat.jsonMapper();
    private static final AuditPeriod PERIOD = lastYear();
    private static ConfigurableApplicationContext app;
    private static String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        var db = PostgresForTests.newDatabase();
        app = CommandSideApplication.builder().run("--server.port=0", "--ledger.deadline-poll=200ms",
                "--spring.datasource.url=" + db.get("spring.datasource.url"),
                "--spring.datasource.username=" + db.get("spring.datasource.username"),
                "--spring.datasource.password=" + db.get("spring.datasource.password"));
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theChecklistListsExactlyThePlantedViolationsWithTheirEvidence() {
        List<AuditedEvent> planted = new ArrayList<>(ControlPlants.ALL.stream()
                .flatMap(plant -> everything(plant, PERIOD).stream()).toList());
        planted.addAll(PlantedHistory.of("Vendor", "vendor-at-the-edge", endOf(PERIOD).minusSeconds(1))
                .by("PROCUREMENT", "procurement").event(rejected("vendor-at-the-edge"))
                .after(Duration.ofSeconds(1)).event(rejected("vendor-at-the-edge")).events());
        store(planted);
        long inPeriod = planted.stream().filter(e -> e.timestamp().isBefore(endOf(PERIOD))).count();

        String auditId = opened();
        assertThat(post("audit", "/special-audits/" + auditId + "/checklist").statusCode())
                .as("no checklist before HR joined").isEqualTo(409);
        assertThat(post("hr", "/special-audits/" + auditId + "/hr-participation").statusCode()).isEqualTo(204);
        assertThat(post("legal", "/special-audits/" + auditId + "/checklist").statusCode()).isEqualTo(403);
        HttpResponse<String> generated = post("hr", "/special-audits/" + auditId + "/checklist");
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(204);

        AuditChecklistGenerated checklist = checklistOf(auditId);
        assertThat(checklist.periodFrom()).isEqualTo(PERIOD.from());
        assertThat(checklist.periodTo()).isEqualTo(PERIOD.to());
        assertThat(checklist.eventsExamined()).as("every stored event up to the period's end, no later one")
                .isEqualTo(inPeriod);
        assertThat(checklist.answers()).extracting(ControlAnswer::control)
                .containsExactlyInAnyOrderElementsOf(ControlRules.fresh().stream().map(ControlRule::control).toList());
        Map<String, Set<String>> evidenceBySubject = new HashMap<>();
        for (ControlAnswer answer : checklist.answers()) {
            for (ControlException exception : answer.exceptions()) {
                evidenceBySubject.put(answer.control() + " " + exception.subjectId(),
                        Set.copyOf(exception.evidenceEventIds()));
            }
        }
        assertThat(evidenceBySubject.keySet()).as("exactly the planted violating subjects, under their controls")
                .containsExactlyInAnyOrderElementsOf(ControlPlants.ALL.stream()
                        .map(p -> p.control() + " " + p.violatingSubjectId()).toList());
        for (ControlPlant plant : ControlPlants.ALL) {
            Set<String> ids = everything(plant, PERIOD).stream().map(AuditedEvent::eventId)
                    .collect(Collectors.toSet());
            assertThat(evidenceBySubject.get(plant.control() + " " + plant.violatingSubjectId()))
                    .as(plant.control() + "'s evidence, among its planted events").isNotEmpty()
                    .allSatisfy(id -> assertThat(ids).contains(id));
        }
    }

    private static VendorAdmissionRejected rejected(String vendorId) {
        return new VendorAdmissionRejected(vendorId, List.of("incomplete"), Set.of());
    }

    /** Appended as the store would hold them: in time order, each with its identifier, instant and actor. */
    private static void store(List<AuditedEvent> events) {
        List<EventMessage<?>> messages = inStoreOrder(events).stream().<EventMessage<?>>map(e -> {
            Map<String, Object> actor = new HashMap<>();
            if (e.department() != null) {
                actor.put(MetadataKeys.DEPARTMENT, e.department());
            }
            if (e.user() != null) {
                actor.put(MetadataKeys.USER, e.user());
            }
            return new GenericDomainEventMessage<>(e.aggregateType(), e.aggregateId(), e.sequence(), e.payload(),
                    MetaData.from(actor), e.eventId(), e.timestamp());
        }).toList();
        app.getBean(EventStore.class).publish(messages);
    }

    private String opened() {
        HttpResponse<String> response = post("audit", "/special-audits", Map.of(
                "periodFrom", PERIOD.from().toString(), "periodTo", PERIOD.to().toString(),
                "scope", "All outsourcing of " + PERIOD.from().getYear()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("auditId").asString();
    }

    private static AuditChecklistGenerated checklistOf(String auditId) {
        return app.getBean(EventStore.class).readEvents(auditId).asStream().map(EventMessage::getPayload)
                .filter(AuditChecklistGenerated.class::isInstance).map(AuditChecklistGenerated.class::cast)
                .reduce((first, last) -> last).orElseThrow();
    }

    private HttpResponse<String> post(String user, String path) {
        return post(user, path, Map.of());
    }

    private HttpResponse<String> post(String user, String path, Object body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":ledger").getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
