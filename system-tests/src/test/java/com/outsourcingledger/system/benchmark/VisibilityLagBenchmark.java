package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.api.vendor.CreditCode;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.system.LedgerClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command-to-query visibility across the two processes: the time from a command's HTTP response on
 * command-side until query-side serves the resulting read model. Both apps run as separate JVMs on one
 * PostgreSQL, as deployed. Writes its figures to benchmarks/visibility-lag.md. Run with
 * {@code ./mvnw -B verify -Pbenchmarks -pl system-tests -am}.
 */
@Tag("benchmark")
class VisibilityLagBenchmark {

    private static final int WARM_UP = 50;
    private static final int SAMPLES = 500;

    @Test
    void vendorRegisteredOnCommandSideIsServedByQuerySideWithinTheLagTarget() throws Exception {
        Path results = Path.of("..", "benchmarks");
        try (AppProcesses apps = AppProcesses.start(PostgresForTests.newDatabase(), 18080, 18081,
                Path.of("target", "benchmark-logs"))) {
            LedgerClient client = apps.client();
            for (int i = 0; i < WARM_UP; i++) {
                registerAndAwait(apps, client, i);
            }
            double[] lags = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                lags[i] = registerAndAwait(apps, client, WARM_UP + i);
            }
            Percentiles lag = Percentiles.of(lags);
            Files.createDirectories(results);
            Files.writeString(results.resolve("visibility-lag.md"), report(lag));
            assertThat(lag.p99()).as("p99 command-to-query visibility in ms").isLessThanOrEqualTo(100.0);
        }
    }

    private static double registerAndAwait(AppProcesses apps, LedgerClient client, int n) throws InterruptedException {
        String vendorId = UUID.randomUUID().toString();
        var registered = client.post(apps.commandUrl("/vendors"), "hr", registration(vendorId, n));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long completed = System.nanoTime();
        while (client.get(apps.queryUrl("/vendors/" + vendorId), "hr").status() != 200) {
            if (System.nanoTime() - completed > 10_000_000_000L) {
                throw new AssertionError("vendor " + vendorId + " not visible on query-side after 10 s");
            }
            Thread.sleep(2);
        }
        return (System.nanoTime() - completed) / 1_000_000.0;
    }

    static Map<String, Object> registration(String vendorId, int n) {
        String first16 = "91310000%08d".formatted(n);
        return Map.of(
                "vendorId", vendorId,
                "legalName", "基准测试服务有限公司 " + n,
                "creditCode", CreditCode.complete(first16),
                "legalRepresentative", "张三",
                "address", "上海市浦东新区",
                "contacts", List.of(Map.of("name", "李四", "role", "客户经理", "phone", "13800000000", "email", "li@example.com")),
                "registeredCapital", Map.of("amount", "10000000", "currency", "CNY"),
                "foundingYear", 2010,
                "headcount", 200,
                "categories", List.of("IT"));
    }

    private static String report(Percentiles lag) {
        return """
                # Command-to-query visibility lag

                Produced by `VisibilityLagBenchmark` (`./mvnw -B verify -Pbenchmarks -pl system-tests -am`).
                What is measured: from the HTTP response of `POST /vendors` on command-side until `GET /vendors/{id}`
                on query-side returns 200 (polled every 2 ms). Both apps run as separate JVMs on one PostgreSQL 17 (embedded binaries),
                as deployed; query-side tails the JDBC event store with a tracking processor
                (`ledger.event-poll-delay` = 20 ms). Target: p99 ≤ 100 ms.

                Machine: %d cores, Java %s. Run at %s; %d warm-up registrations before the samples.

                | samples | p50 ms | p90 ms | p99 ms | max ms | mean ms |
                |---:|---:|---:|---:|---:|---:|
                %s
                """.formatted(Runtime.getRuntime().availableProcessors(), Runtime.version(), Instant.now(), WARM_UP,
                lag.row());
    }
}
