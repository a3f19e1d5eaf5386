package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command throughput over HTTP: both apps as separate JVMs on one PostgreSQL holding admitted vendors with long
 * histories; closed-loop clients in this JVM register vendors and warn the preloaded ones, first to warm the JIT
 * up, then in measured phases at 8 and 32 clients. Per phase: commands per second, latency, errors, the CPU each
 * process spent per command, and command-to-query visibility; at the end, every 2xx answer must be exactly one
 * event in the store. Writes benchmarks/command-throughput.md. Run on its own with
 * {@code ./mvnw -B verify -Pbenchmarks -pl system-tests -am -Dtest=CommandThroughputBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbenchmark.warmup}, {@code -Dbenchmark.phase} (seconds),
 * {@code -Dbenchmark.vendors}, {@code -Dbenchmark.warnings}, {@code -Dbenchmark.appSettings} (space-separated
 * {@code key=value} for both apps) and {@code -Dbenchmark.appJvmArgs} (space-separated, {@code {app}} stands for
 * the app's name) change the run.
 */
@Tag("benchmark")
class CommandThroughputBenchmark {

    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 20));
    static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("benchmark.phase", 20));
    static final int VENDORS = Integer.getInteger("benchmark.vendors", 1_000);
    /** Settings for both apps, space-separated {@code key=value}: to measure with a change switched off, say. */
    static final String APP_SETTINGS = System.getProperty("benchmark.appSettings", "").trim();
    static final int WARNINGS = Integer.getInteger("benchmark.warnings", 50);

    /** Clients and the share of registrations (the rest: warnings) of each measured phase. */
    private static final int[][] PHASES = {{8, 50}, {32, 50}, {32, 0}};

    @Test
    void commandsPerSecondLatencyAndCpuPerCommand() throws Exception {
        Map<String, String> database = PostgresForTests.newDatabase();
        List<String> vendors = LongVendorHistories.append(database, VENDORS, WARNINGS);
        long preloaded = events(database);
        assertThat(preloaded).isEqualTo((long) VENDORS * (3 + WARNINGS));
        String jvmArgs = System.getProperty("benchmark.appJvmArgs", "").trim();
        Map<String, String> settings = new LinkedHashMap<>(database);
        for (String setting : APP_SETTINGS.isEmpty() ? new String[0] : APP_SETTINGS.split("\\s+")) {
            settings.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
        }
        try (AppProcesses apps = AppProcesses.start(settings, 18280, 18281, Path.of("target", "benchmark-logs"),
                jvmArgs.isEmpty() ? List.of() : Arrays.asList(jvmArgs.split("\\s+")))) {
            HttpClient http = HttpClient.newHttpClient();
            EventStreamBenchmark.awaitProcessorsCaughtUp(http, apps.commandUrl("/actuator/health"));
            EventStreamBenchmark.awaitProcessorsCaughtUp(http, apps.queryUrl("/actuator/health"));
            long postmaster = ProcessCpu.postmaster(database.get("spring.datasource.url"));
            CommandLoad load = new CommandLoad(apps, vendors);

            Measured warmUp = measure(apps, postmaster, database, () -> load.run(32, 50, WARM_UP));
            List<Measured> phases = new ArrayList<>();
            for (int[] phase : PHASES) {
                phases.add(measure(apps, postmaster, database, () -> load.run(phase[0], phase[1], PHASE)));
            }
            long appended = events(database) - preloaded;

            ThroughputReport.write(Path.of("..", "benchmarks", "command-throughput.md"), warmUp, phases,
                    preloaded, appended, load.succeeded());
            assertThat(appended).as("events appended = 2xx answers").isEqualTo(load.succeeded());
            for (Measured phase : phases) {
                assertThat(phase.load().errors()).as("errors at %d clients", phase.load().clients()).isEmpty();
            }
        }
    }

    /**
     * One phase with the CPU time each process spent on it, the transactions the database committed or rolled
     * back meanwhile (as its statistics report them, up to a second late), and the load average when it ended.
     */
    record Measured(CommandLoad.Phase load, double commandCpu, double queryCpu, double postgresCpu,
                    double generatorCpu, long transactions, String loadAverage) {

        double perCommand(double cpuMillis) {
            return cpuMillis / Math.max(1, load.commands());
        }
    }

    private interface Run {
        CommandLoad.Phase run() throws InterruptedException;
    }

    private static Measured measure(AppProcesses apps, long postmaster, Map<String, String> database, Run run)
            throws InterruptedException, SQLException {
        long[] pids = apps.pids();
        long self = ProcessHandle.current().pid();
        long transactions = transactions(database);
        double[] before = {ProcessCpu.millis(pids[0]), ProcessCpu.millis(pids[1]), ProcessCpu.postgresMillis(postmaster),
                ProcessCpu.millis(self)};
        CommandLoad.Phase phase = run.run();
        double[] after = {ProcessCpu.millis(pids[0]), ProcessCpu.millis(pids[1]), ProcessCpu.postgresMillis(postmaster),
                ProcessCpu.millis(self)};
        Thread.sleep(1_500);
        return new Measured(phase, after[0] - before[0], after[1] - before[1], after[2] - before[2],
                after[3] - before[3], transactions(database) - transactions, ProcessCpu.loadAverage());
    }

    private static long events(Map<String, String> database) throws SQLException {
        return single(database, "SELECT count(*) FROM domainevententry");
    }

    private static long transactions(Map<String, String> database) throws SQLException {
        return single(database, "SELECT xact_commit + xact_rollback FROM pg_stat_database "
                + "WHERE datname = current_database()");
    }

    private static long single(Map<String, String> database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.get("spring.datasource.url"),
                database.get("spring.datasource.username"), database.get("spring.datasource.password"));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
