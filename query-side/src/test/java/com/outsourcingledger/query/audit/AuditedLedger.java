package com.outsourcingledger.query.audit;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.CreditCode;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.DueDiligenceStarted;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationAdded;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmitted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.api.vendor.VendorEvent.VendorSuspended;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import com.outsourcingledger.query.readmodel.ViewFold.Step;
import com.outsourcingledger.query.vendor.VendorView;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.awaitility.Awaitility.await;

/**
 * The query-side app alone on PostgreSQL with a known event sequence appended to its event store: two
 * vendors, six events at fixed instants, each under its own request. Started once for all audit tests of
 * the run (they restore whatever they tamper with) and stopped when the JVM exits.
 */
public final class AuditedLedger {

    static final JsonMapper JSON = EventWireFormat.jsonMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final KeyPair KEYS = keys();
    public static final List<VendorEvent> ALPHA = List.of(
            new VendorRegistered("v-alpha", "阿尔法科技, \"上海\"", CreditCode.complete("91310000MA1K0AB1"), "张伟", "上海市浦东新区",
                    List.of(new Contact("李娜", "客户经理", "13800000000", "lina@example.cn")),
                    Money.cny("5000000.00"), 2012, 320, Set.of(VendorCategory.IT)),
            new QualificationAdded("v-alpha", "q-1", QualificationType.BUSINESS_LICENSE, "L-1", "上海市市场监督管理局",
                    LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 12), true),
            new DueDiligenceStarted("v-alpha", LocalDate.of(2026, 3, 2)),
            new VendorAdmitted("v-alpha", LocalDate.of(2026, 3, 2), VendorTier.STANDARD, LocalDate.of(2027, 3, 2)),
            new VendorSuspended("v-alpha", SuspensionCause.DECISION, "违规", List.of("evidence/违规")));
    public static final List<String> USERS = List.of("hr", "hr", "hr", "hr2", "legal");
    public static final List<String> REQUESTS = List.of("req-1", "req-2", "req-3", "req-3", "req-4");

    static ConfigurableApplicationContext app;
    static String baseUrl;

    private AuditedLedger() {
    }

    static synchronized void start() {
        if (app != null) {
            return;
        }
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--ledger.audit.checkpoint-every=3",
                "--ledger.audit.signing-key=" + Base64.getEncoder().encodeToString(KEYS.getPrivate().getEncoded())));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));
        app = QuerySideApplication.builder().run(args.toArray(String[]::new));
        baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        EventStore store = app.getBean(EventStore.class);
        for (int i = 0; i < ALPHA.size(); i++) {
            store.publish(event("v-alpha", i, ALPHA.get(i), USERS.get(i), REQUESTS.get(i), at(i)));
        }
        VendorRegistered beta = new VendorRegistered("v-beta", "贝塔人力", "91310000MA1K1AB12X", "王芳", "北京市",
                List.of(), Money.cny("1000000.00"), 2015, 80, Set.of(VendorCategory.HR));
        store.publish(event("v-beta", 0, beta, "procurement", "req-5", at(5)));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/audit/events", "audit").json().path("items").size() == 6);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
    }

    public static Instant at(int i) {
        return T0.plus(Duration.ofHours(i));
    }

    /** The vendor detail the live read model's fold gives after the first {@code count} events of alpha. */
    static VendorDetail alphaAfter(int count) {
        VendorDetail detail = null;
        for (int i = 0; i < count; i++) {
            detail = VendorView.evolve(detail, ALPHA.get(i), new Step(at(i), USERS.get(i), i));
        }
        return detail;
    }

    private static GenericDomainEventMessage<VendorEvent> event(String id, long sequence, VendorEvent payload,
                                                                String user, String request, Instant at) {
        MetaData metadata = MetaData.with(MetadataKeys.USER, user).and(MetadataKeys.DEPARTMENT, "HR")
                .and(MetadataKeys.CORRELATION_ID, request).and(MetadataKeys.CAUSATION_ID, "cmd-" + id + "-" + sequence)
                .and(MetadataKeys.COMMAND, payload.getClass().getSimpleName());
        return new GenericDomainEventMessage<>("Vendor", id, sequence, payload, metadata, "event-" + id + "-" + sequence,
                at);
    }

    private static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Answer get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), user, "application/json");
    }

    static Answer getCsv(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), user, "text/csv");
    }

    static Answer post(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.noBody()), user,
                "application/json");
    }

    private static Answer send(HttpRequest.Builder request, String user, String accept) throws Exception {
        request.header("Accept", accept);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":ledger").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HTTP.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
