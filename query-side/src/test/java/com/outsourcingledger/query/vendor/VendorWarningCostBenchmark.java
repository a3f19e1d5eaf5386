package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.api.vendor.FindingOutcome;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.VendorWarned;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.outsourcingledger.query.vendor.VendorSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What vendor-views spends on one warning of a vendor with a long history, on PostgreSQL: 300 admitted vendors
 * with 50 warnings each, then warnings of random vendors, each a batch of its own (one event per batch, as at
 * few clients) and then in batches of 8. Reported: CPU of the handling thread and of the PostgreSQL backend per
 * warning, and the stored size of a vendor. One connection, so that one backend does all the database's work.
 */
@Tag("benchmark")
class VendorWarningCostBenchmark {

    private static final int VENDORS = 300;
    private static final int HISTORY = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, Long> sequences = new HashMap<>();
    private final Random random = new Random(19);

    @Test
    void oneWarningOfAVendorWithALongHistory() throws Exception {
        try (Connection connection = PostgresForTests.migratedDataSource("query-side").getConnection()) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            VendorProjection projection = new VendorProjection(dataSource, Clock.fixed(T0, ZoneId.of("Asia/Shanghai")));
            projection.reset();
            long backend = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
            List<DomainEventMessage<?>> history = new ArrayList<>();
            for (int v = 0; v < VENDORS; v++) {
                String id = "v-" + v;
                history.addAll(List.of(message(registered(id, "供应商" + v, VendorCategory.IT)),
                        message(dueDiligenceStarted(id)),
                        message(finding(id, AdmissionCriterion.VALID_BUSINESS_LICENSE, FindingOutcome.PASSED)),
                        message(admitted(id, TODAY, VendorTier.STANDARD))));
                for (int w = 0; w < HISTORY; w++) {
                    history.add(message(new VendorWarned(id, "迟交报告 " + w, List.of("evidence/w-" + w))));
                }
            }
            for (int pass = 0; pass < 3; pass++) {
                projection.reset();
                long cpu = THREADS.getCurrentThreadCpuTime();
                long database = ticks(backend);
                long start = System.nanoTime();
                for (int from = 0; from < history.size(); from += 500) {
                    batch(projection, history.subList(from, Math.min(history.size(), from + 500)));
                }
                System.out.printf("vendor-views, replay of %d events in batches of 500: %.0f events/s, %.4f ms CPU"
                                + " per event in the handling thread, %.4f ms in PostgreSQL%n", history.size(),
                        history.size() / ((System.nanoTime() - start) / 1e9),
                        (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / history.size(),
                        (ticks(backend) - database) * 10.0 / history.size());
            }
            warnings(projection, 4000, 1);
            for (int size : new int[]{1, 8, 1, 8}) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long database = ticks(backend);
                int count = warnings(projection, 4000, size);
                double jvmMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / count;
                double dbMs = (ticks(backend) - database) * 10.0 / count;
                System.out.printf("vendor-views, batches of %d: %.3f ms CPU per warning in the handling thread,"
                        + " %.3f ms in PostgreSQL%n", size, jvmMs, dbMs);
            }
            long size = jdbc.sql("SELECT AVG(LENGTH(document)) FROM vendor_view").query(Long.class).single();
            System.out.printf("vendor-views: stored vendor document %d characters on average%n", size);
            assertThat(projection.handle(new com.outsourcingledger.api.vendor.VendorQuery.FindVendor("v-0"))
                    .orElseThrow().sanctions().size()).isGreaterThan(HISTORY);
        }
    }

    private int warnings(VendorProjection projection, int count, int batchSize) {
        for (int i = 0; i < count; i += batchSize) {
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (int j = 0; j < batchSize; j++) {
                String id = "v-" + random.nextInt(VENDORS);
                batch.add(message(new VendorWarned(id, "迟交报告", List.of("evidence/late"))));
            }
            batch(projection, batch);
        }
        return count;
    }

    private static void batch(VendorProjection projection, List<DomainEventMessage<?>> events) {
        new BatchingUnitOfWork<>(events).executeWithResult(() -> {
            DomainEventMessage<?> m = (DomainEventMessage<?>) CurrentUnitOfWork.get().getMessage();
            projection.on((VendorEvent) m.getPayload(), m.getTimestamp(), m.getSequenceNumber(), "hr");
            return null;
        });
    }

    private DomainEventMessage<?> message(VendorEvent event) {
        long sequence = sequences.merge(event.vendorId(), 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>("Vendor", event.vendorId(), sequence, event, Map.of(), 
                java.util.UUID.randomUUID().toString(), at(sequence, "hr").at());
    }

    private static long ticks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
