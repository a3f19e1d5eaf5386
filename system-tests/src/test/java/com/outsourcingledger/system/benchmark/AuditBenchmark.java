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
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit index on a log it meets for the first time, on PostgreSQL: about 200,000 vendor and contract events
 * are appended straight to a fresh event store, then only the {@code audit-index} processor runs, timed until it
 * has indexed and chained every event; then {@code GET /audit/verification} recomputes the whole log's chain from
 * the store, timed over HTTP. Records the figures in benchmarks/audit.md (no target is set for either).
 */
@Tag("benchmark")
class AuditBenchmark {

    private static final String PROCESSOR = "audit-index";
    private static final int VENDORS = Integer.getInteger("audit.vendors", 4_000);
    private static final int CONTRACTS = Integer.getInteger("audit.contracts", 3_000);

    @Test
    void indexesAndVerifiesTheWholeLog() throws Exception {
        try (ConfigurableApplicationContext app = QuietQuerySide.start()) {
            EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
            long events = new BenchmarkHistory(LocalDate.now(app.getBean(Clock.class)))
                    .append(app.getBean(EventStorageEngine.class), VENDORS, CONTRACTS, 12);

            TrackingEventProcessor index = processing.eventProcessor(PROCESSOR, TrackingEventProcessor.class)
                    .orElseThrow();
            long start = System.nanoTime();
            index.start();
            while (!caughtUp(index, events)) {
                Thread.sleep(100);
            }
            double indexSeconds = (System.nanoTime() - start) / 1e9;

            String base = QuietQuerySide.base(app);
            long verifyStart = System.nanoTime();
            LedgerClient.Response verified = new LedgerClient().get(URI.create(base + "/audit/verification"), "audit");
            double verifySeconds = (System.nanoTime() - verifyStart) / 1e9;
            assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
            JsonNode report = verified.json();

            Files.writeString(Path.of("..", "benchmarks", "audit.md"), report(events, indexSeconds, verifySeconds, report));
            assertThat(report.get("status").asString()).isEqualTo("INTACT");
            assertThat(report.get("eventsChecked").asLong()).isEqualTo(events);
        }
    }

    private static boolean caughtUp(TrackingEventProcessor processor, long head) {
        return processor.processingStatus().values().stream().anyMatch(status -> status.isCaughtUp()
                && status.getCurrentPosition().orElse(0) >= head);
    }

    private static String report(long events, double indexSeconds, double verifySeconds, JsonNode report) {
        return """
                # Audit index and verification

                Produced by `AuditBenchmark` (`./mvnw -B verify -Pbenchmarks -pl system-tests -am`).
                What is measured: a fresh PostgreSQL 17 (embedded binaries) event store holds %,d events (%,d vendors
                through due diligence to admission; %,d contracts through co-review and signing to 12 months of three
                SLA metrics), appended directly. Query-side runs in-process; only the `audit-index` processor runs, from
                the start of the log, as on a first deployment over an existing store: it indexes every event, links it
                into its aggregate's chain and the log's chain, and signs a checkpoint every 100 events. Then
                `GET /audit/verification` (as `audit`, over HTTP) re-reads the whole log from the store and recomputes
                the log chain against the index and the checkpoints.

                Machine: %d cores, Java %s, load average %.2f when the run ended. Run at %s.

                | step | events | seconds | events per second |
                |---|---:|---:|---:|
                | index and chain the log (`audit-index` from position 0) | %d | %.1f | %,.0f |
                | verify the whole log (`GET /audit/verification`: %s, %,d checkpoints checked) | %d | %.1f | %,.0f |
                """.formatted(events, VENDORS, CONTRACTS, Runtime.getRuntime().availableProcessors(), Runtime.version(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Instant.now(),
                events, indexSeconds, events / indexSeconds,
                report.get("status").asString(), report.get("checkpointsChecked").asLong(),
                report.get("eventsChecked").asLong(), verifySeconds, report.get("eventsChecked").asLong() / verifySeconds);
    }
}
