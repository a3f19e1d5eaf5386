package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.Contact;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.CommandSideApplication;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.system.LedgerClient;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event stream over HTTP, both apps as separate JVMs on one PostgreSQL: catch-up throughput of a
 * subscriber reading a pre-loaded store from position 0, and live latency from a command's HTTP response to
 * its event's arrival at a subscriber. Writes benchmarks/event-stream.md.
 */
@Tag("benchmark")
class EventStreamBenchmark {

    private static final int PRELOADED = 200_000;
    private static final int LIVE_SAMPLES = 300;
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString(("integrator:" + LedgerClient.PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final String OPERATIONS_AUTH = "Basic " + Base64.getEncoder()
            .encodeToString(("operations:" + LedgerClient.PASSWORD).getBytes(StandardCharsets.UTF_8));

    @Test
    void catchUpThroughputAndLiveLatency() throws Exception {
        Map<String, String> database = PostgresForTests.newDatabase();
        preload(database);
        try (AppProcesses apps = AppProcesses.start(database, 18180, 18181, Path.of("target", "benchmark-logs"))) {
            HttpClient http = HttpClient.newHttpClient();
            double[] duringReplay = catchUp(http, apps);
            long waitStarted = System.nanoTime();
            awaitProcessorsCaughtUp(http, apps.commandUrl("/actuator/health"));
            awaitProcessorsCaughtUp(http, apps.queryUrl("/actuator/health"));
            double waited = (System.nanoTime() - waitStarted) / 1e9;
            double[] running = catchUp(http, apps);

            Percentiles latency = liveLatency(http, apps);
            Files.createDirectories(Path.of("..", "benchmarks"));
            Files.writeString(Path.of("..", "benchmarks", "event-stream.md"),
                    report(duringReplay, waited, running, latency));
            assertThat(running[0]).isEqualTo(PRELOADED);
            assertThat(duringReplay[0]).isEqualTo(PRELOADED);
            assertThat(running[2]).as("catch-up events per second").isGreaterThanOrEqualTo(20_000);
            assertThat(latency.p99()).as("p99 live latency in ms").isLessThan(200);
        }
    }

    /** Events received, seconds, events per second of one subscriber reading from position 0 to the preloaded end. */
    private static double[] catchUp(HttpClient http, AppProcesses apps) throws Exception {
        long started = System.nanoTime();
        long received = 0;
        try (BufferedReader stream = open(http, apps, "/events/stream?from=0")) {
            String line;
            while (received < PRELOADED && (line = stream.readLine()) != null) {
                received += line.startsWith("data: ") ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new double[]{received, seconds, received / seconds};
    }

    /** Until every segment of every event processor of the app reports it has caught up with the store. */
    static void awaitProcessorsCaughtUp(HttpClient http, URI health) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(health).header("Authorization", OPERATIONS_AUTH).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            JsonNode processors = JsonMapper.builder().build().readTree(body).path("components").path("eventProcessors")
                    .path("details");
            boolean caughtUp = !processors.isEmpty() && processors.valueStream().allMatch(p ->
                    !p.path("segments").isEmpty()
                            && p.path("segments").valueStream().allMatch(s -> s.path("caughtUp").asBoolean()));
            if (caughtUp) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("event processors never caught up: " + health);
    }

    /**
     * Until every segment of every event processor of the app has passed {@code position} (the store's last global
     * index when a phase ended): the seconds it took, or -1 when that took longer than {@code limit}.
     */
    static double awaitProcessorsPast(HttpClient http, URI health, long position, Duration limit) throws Exception {
        long started = System.nanoTime();
        while (System.nanoTime() - started < limit.toNanos()) {
            String body = http.send(HttpRequest.newBuilder(health).header("Authorization", OPERATIONS_AUTH).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            JsonNode processors = JsonMapper.builder().build().readTree(body).path("components").path("eventProcessors")
                    .path("details");
            boolean past = !processors.isEmpty() && processors.valueStream().allMatch(p ->
                    !p.path("segments").isEmpty() && p.path("segments").valueStream().allMatch(s ->
                            s.path("position").isNumber() && s.path("position").asLong() >= position));
            if (past) {
                return (System.nanoTime() - started) / 1e9;
            }
            Thread.sleep(100);
        }
        return -1;
    }

    private static Percentiles liveLatency(HttpClient http, AppProcesses apps) throws Exception {
        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        BufferedReader stream = open(http, apps, "/events/stream?from=" + PRELOADED);
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try {
                String line;
                while ((line = stream.readLine()) != null) {
                    if (line.startsWith("data: ")) {
                        int at = line.indexOf("\"subject\":\"") + 11;
                        arrivals.putIfAbsent(line.substring(at, line.indexOf('"', at)), System.nanoTime());
                    }
                }
            } catch (java.io.IOException closed) {
                // the benchmark is over
            }
        });
        LedgerClient client = apps.client();
        double[] millis = new double[LIVE_SAMPLES];
        for (int i = 0; i < LIVE_SAMPLES + 20; i++) {
            String vendorId = UUID.randomUUID().toString();
            var response = client.post(apps.commandUrl("/vendors"), "hr", VisibilityLagBenchmark.registration(vendorId, i));
            long completed = System.nanoTime();
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            while (!arrivals.containsKey(vendorId)) {
                if (System.nanoTime() - completed > 10_000_000_000L) {
                    throw new AssertionError("event of " + vendorId + " not streamed within 10 s");
                }
                Thread.sleep(1);
            }
            if (i >= 20) {
                millis[i - 20] = Math.max(0, arrivals.get(vendorId) - completed) / 1_000_000.0;
            }
        }
        stream.close();
        reader.interrupt();
        return Percentiles.of(millis);
    }

    private static BufferedReader open(HttpClient http, AppProcesses apps, String path) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(apps.queryUrl(path))
                .header("Authorization", AUTH).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Appends the events straight through the storage engine of an in-process command-side, in batches. */
    private static void preload(Map<String, String> database) {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        database.forEach((key, value) -> args.add("--" + key + "=" + value));
        try (ConfigurableApplicationContext app = CommandSideApplication.builder().run(args.toArray(String[]::new))) {
            EventStorageEngine engine = app.getBean(EventStorageEngine.class);
            TransactionTemplate transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            for (int batch = 0; batch < PRELOADED / 1000; batch++) {
                List<EventMessage<?>> events = new ArrayList<>(1000);
                for (int i = 0; i < 1000; i++) {
                    events.add(registered());
                }
                transactions.executeWithoutResult(tx -> engine.appendEvents(events));
            }
        }
    }

    private static GenericDomainEventMessage<VendorRegistered> registered() {
        String vendorId = UUID.randomUUID().toString();
        return new GenericDomainEventMessage<>("Vendor", vendorId, 0, new VendorRegistered(vendorId,
                "基准测试服务有限公司", "91310000MA1FL0000X", "张三", "上海市浦东新区",
                List.of(new Contact("李四", "客户经理", "13800000000", "li@example.com")), Money.cny("10000000"),
                2010, 200, Set.of(VendorCategory.IT)),
                MetaData.with(MetadataKeys.USER, "hr").and(MetadataKeys.DEPARTMENT, "HR")
                        .and(MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString()));
    }

    private static String report(double[] duringReplay, double waited, double[] running, Percentiles latency) {
        return """
                # Event stream: catch-up throughput and live latency

                Produced by `EventStreamBenchmark` (`./mvnw -B verify -Pbenchmarks -pl system-tests -am`). Both apps run
                as separate JVMs (`-Xmx512m`) on one PostgreSQL 17 (embedded binaries); the client reads
                `GET /events/stream` over HTTP as `integrator`.

                Machine: %d cores, Java %s. Run at %s.

                **Catch-up** (target ≥ 20,000 events/s): %,d `VendorRegistered` events appended beforehand through the
                JDBC storage engine; one subscriber from position 0 until the last one arrived, twice. First at once
                after both apps started, while their own projections, standings and sagas replay the same events on
                the same two cores; then, as an integrator joins a running system, once every event processor of both
                apps reported it had caught up (%.0f s later). The target applies to the second.

                | subscriber | events | seconds | events/s |
                |---|---:|---:|---:|
                | while both apps replay the log | %.0f | %.2f | %.0f |
                | apps caught up (target) | %.0f | %.2f | %.0f |

                **Live latency** (target p99 < 200 ms): from the HTTP response of `POST /vendors` on command-side until
                the subscriber has read the `outsourcing.vendor.registered.v1` line (20 warm-up commands first).

                | samples | p50 ms | p90 ms | p99 ms | max ms | mean ms |
                |---:|---:|---:|---:|---:|---:|
                %s
                """.formatted(Runtime.getRuntime().availableProcessors(), Runtime.version(), Instant.now(), PRELOADED,
                waited, duringReplay[0], duringReplay[1], duringReplay[2], running[0], running[1], running[2],
                latency.row());
    }
}
