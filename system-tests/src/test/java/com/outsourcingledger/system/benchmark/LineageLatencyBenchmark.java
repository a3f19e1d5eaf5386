package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.system.LedgerClient;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lineage latency on PostgreSQL: one contract with {@value #METRICS} SLA metrics breached every month for
 * {@value #MONTHS} months (1,008 breaches), deducted by its monthly settlements and paid except the last month's,
 * among a background of ordinary contracts ({@link BenchmarkHistory}), appended straight to a fresh event store;
 * the `lineage-views` projection is rebuilt and the `audit-index` processor indexes the log; then the three lineage
 * GETs are timed over HTTP. Writes benchmarks/lineage-latency.md. Background size: {@code -Dlineage.contracts=}.
 */
@Tag("benchmark")
class LineageLatencyBenchmark {

    static final int METRICS = 42;
    static final int MONTHS = 24;
    static final int VENDORS = Integer.getInteger("lineage.vendors", 200);
    static final int CONTRACTS = Integer.getInteger("lineage.contracts", 1_000);
    static final int WARM_UP = Integer.getInteger("lineage.warmUp", 100);
    static final int SAMPLES = Integer.getInteger("lineage.samples", 500);
    static final double TARGET_MS = 50;
    private static final String USER = "audit";

    @Test
    void answersEveryLineageQueryWithinTheLatencyTarget() throws Exception {
        try (ConfigurableApplicationContext app = QuietQuerySide.start()) {
            LocalDate today = LocalDate.now(app.getBean(Clock.class));
            EventStorageEngine store = app.getBean(EventStorageEngine.class);
            long events = new BenchmarkHistory(today).append(store, VENDORS, CONTRACTS, MONTHS);
            String contractId = UUID.randomUUID().toString();
            List<String> metrics = IntStream.range(0, METRICS).mapToObj(k -> "metric-" + k).toList();
            List<HistoryEvent> troubled = new ContractHistory(today, 0)
                    .history(contractId, UUID.randomUUID().toString(), 1, MONTHS, metrics, 1);
            store.appendEvents(BenchmarkHistory.messages(troubled));
            events += troubled.size();

            String base = QuietQuerySide.base(app);
            double buildSeconds = Rebuild.of(base, "lineage-views", Duration.ofMillis(200)).seconds();
            double indexSeconds = index(app, events);

            YearMonth first = YearMonth.from(today.withDayOfMonth(1).minusMonths(MONTHS));
            List<String> breaches = IntStream.range(0, METRICS * MONTHS).mapToObj(i -> "/audit/lineage/contracts/"
                    + contractId + "/breaches/" + metrics.get(i % METRICS) + "/" + first.plusMonths(i / METRICS))
                    .toList();
            List<String> settlements = IntStream.range(0, MONTHS)
                    .mapToObj(m -> "/audit/lineage/settlements/" + contractId + ":settlement:" + first.plusMonths(m)).toList();
            Map<String, List<String>> endpoints = new LinkedHashMap<>();
            endpoints.put("/contracts/{id}/lineage", List.of("/contracts/" + contractId + "/lineage"));
            endpoints.put("/audit/lineage/contracts/{id}/breaches/{metric}/{period}", breaches);
            endpoints.put("/audit/lineage/settlements/{id}", settlements);
            assertTheLineageHoldsTheHistory(base, contractId);

            LedgerClient client = new LedgerClient();
            Map<String, double[]> millis = new LinkedHashMap<>();
            Map<String, Integer> largest = new LinkedHashMap<>();
            endpoints.keySet().forEach(e -> millis.put(e, new double[SAMPLES]));
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                for (Map.Entry<String, List<String>> endpoint : endpoints.entrySet()) {
                    URI uri = URI.create(base + endpoint.getValue().get(i % endpoint.getValue().size()));
                    long start = System.nanoTime();
                    LedgerClient.Response response = client.get(uri, USER);
                    double latency = (System.nanoTime() - start) / 1e6;
                    assertThat(response.status()).as(uri + " " + response).isEqualTo(200);
                    if (i >= WARM_UP) {
                        millis.get(endpoint.getKey())[i - WARM_UP] = latency;
                        largest.merge(endpoint.getKey(), response.body().length(), Math::max);
                    }
                }
            }
            double[] load = {loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
            Map<String, Percentiles> results = new LinkedHashMap<>();
            millis.forEach((endpoint, sample) -> results.put(endpoint, Percentiles.of(sample)));
            Files.writeString(Path.of("..", "benchmarks", "lineage-latency.md"),
                    report(events, buildSeconds, indexSeconds, load, results, largest));
            assertThat(results).allSatisfy((endpoint, p) ->
                    assertThat(p.p99()).as("p99 ms of GET " + endpoint).isLessThan(TARGET_MS));
        }
    }

    /** Runs the audit index from the start of the log, as a running system has it, so every link has its position. */
    private static double index(ConfigurableApplicationContext app, long head) throws InterruptedException {
        TrackingEventProcessor index = app.getBean(EventProcessingConfiguration.class)
                .eventProcessor("audit-index", TrackingEventProcessor.class).orElseThrow();
        long start = System.nanoTime();
        index.start();
        while (index.processingStatus().values().stream().noneMatch(s -> s.isCaughtUp()
                && s.getCurrentPosition().orElse(0) >= head)) {
            Thread.sleep(200);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void assertTheLineageHoldsTheHistory(String base, String contractId) {
        JsonNode lineage = new LedgerClient().get(URI.create(base + "/contracts/" + contractId + "/lineage"), USER)
                .json();
        JsonNode items = lineage.get("items");
        assertThat(items).as(lineage.toString().substring(0, 300)).isNotNull();
        assertThat(items.size()).isEqualTo(METRICS * MONTHS);
        long paid = 0;
        for (JsonNode item : items) {
            paid += "PAID".equals(item.get("state").asString()) ? 1 : 0;
        }
        assertThat(paid).isEqualTo((long) METRICS * (MONTHS - 1));
    }

    private static String report(long events, double buildSeconds, double indexSeconds, double[] load,
                                 Map<String, Percentiles> results, Map<String, Integer> largest) {
        StringBuilder rows = new StringBuilder();
        results.forEach((endpoint, p) -> rows.append("| `GET %s` %s %,d | %s |%n".formatted(endpoint, p.row(),
                largest.get(endpoint), p.p99() < TARGET_MS ? "yes" : "**no**")));
        return """
                # Lineage latency

                Produced by `LineageLatencyBenchmark` (`./mvnw -B verify -Pbenchmarks -pl system-tests -am
                -Dtest=LineageLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false`).
                What is measured: a fresh PostgreSQL 17 (embedded binaries) event store holds %,d events: %,d vendors
                and %,d ordinary contracts over %d months (three SLA metrics, one measurement in six breached, monthly
                settlements deducting the month's breaches, quarterly evaluations), and one troubled contract with %d
                SLA metrics breached every month for %d months: %,d breaches, each deducted by its month's settlement,
                paid except the last month's (still waiting for FINANCE). The events are appended directly.
                Query-side runs in-process; the `lineage-views` projection is rebuilt from the whole log
                (`POST /admin/projections/lineage-views/rebuild`, %.0f s) and the `audit-index` processor indexes it
                from position 0 (%.0f s), so every link carries its global position. Then the three lineage GETs are
                called over HTTP (java.net.http, basic auth as the `audit` user), one call at a time, in turn: %d
                warm-up rounds, then %d timed rounds, each timed until the whole answer is read. The contract's
                lineage is always the troubled contract; breaches rotate over its %,d breaches, settlements over its
                %d settlements. Target: p99 under %.0f ms for every endpoint.

                Machine: %d cores, Java %s, shared with other work: load average %.1f when the timed rounds began,
                %.1f when they ended. Run at %s.

                | endpoint | samples | p50 ms | p90 ms | p99 ms | max ms | mean ms | largest answer (chars) | target met |
                |---|---:|---:|---:|---:|---:|---:|---:|---|
                %s""".formatted(events, VENDORS, CONTRACTS, MONTHS, METRICS, MONTHS, METRICS * MONTHS, buildSeconds,
                indexSeconds, WARM_UP, SAMPLES, METRICS * MONTHS, MONTHS, TARGET_MS,
                Runtime.getRuntime().availableProcessors(), Runtime.version(), load[0], load[1], Instant.now(), rows);
    }
}
