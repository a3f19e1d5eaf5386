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

    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 240));
    static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("benchmark.phase", 20));
    static final int VENDORS = Integer.getInteger("benchmark.vendors", 1_000);
    /** Settings for both apps, space-separated {@code key=value}: to measure with a change switched off, say. */
    static final String APP_SETTINGS = System.getProperty("benchmark.appSettings", "").trim();
    static final int WARNINGS = Integer.getInteger("benchmark.warnings", 50);

    /**
     * The commands per second of the last phase, an open loop: latency and visibility at a rate the machine
     * sustains, where the closed loops measure them at saturation. The same rate in every run, so that runs compare:
     * 300/s is about a third of what 32 clients reach on the 2-core machine of the recorded figures (half of it
     * was not sustainable: a command costs more CPU when fewer arrive together). 0: half the 32 clients' rate.
     */
    static final int OPEN_RATE = Integer.getInteger("benchmark.openRate", 300);

    /** Clients and the share of registrations (the rest: warnings) of each closed-loop phase. */
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
            boolean statements = Boolean.getBoolean(PostgresForTests.STATEMENTS);
            if (statements) {
                execute(database, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                execute(database, "SELECT pg_stat_statements_reset()");
            }
            List<Measured> phases = new ArrayList<>();
            for (int[] phase : PHASES) {
                phases.add(measure(apps, postmaster, database, () -> load.run(phase[0], phase[1], PHASE)));
            }
            int open = OPEN_RATE > 0 ? OPEN_RATE
                    : Math.max(10, (int) Math.round(phases.get(1).load().perSecond() / 2 / 10) * 10);
            phases.add(measure(apps, postmaster, database, () -> load.runOpen(open, 50, PHASE)));
            long appended = events(database) - preloaded;

            String statementsTable = statements ? statements(database,
                    phases.stream().mapToLong(phase -> phase.load().commands()).sum()) : "";
            ThroughputReport.write(Path.of("..", "benchmarks", "command-throughput.md"), warmUp, phases,
                    preloaded, appended, load.succeeded(), statementsTable);
            assertThat(appended).as("events appended = 2xx answers").isEqualTo(load.succeeded());
            for (Measured phase : phases) {
                assertThat(phase.load().errors()).as("errors at %s", phase.load().load()).isEmpty();
            }
        }
    }

    /**
     * One phase with the CPU time each process spent on it, the transactions the database committed or rolled
     * back meanwhile (as its statistics report them, up to a second late), and the load average when it ended.
     */
    record Measured(CommandLoad.Phase load, double commandCpu, double queryCpu, double postgresCpu,
                    double generatorCpu, long transactions, String loadAverage, double commandBacklog,
                    double queryBacklog) {

        double perCommand(double cpuMillis) {
            return cpuMillis / Math.max(1, load.commands());
        }
    }

    /** How long a phase's backlog may take to drain before the run goes on without it. */
    private static final Duration BACKLOG_LIMIT = Duration.ofMinutes(3);

    private interface Run {
        CommandLoad.Phase run() throws InterruptedException;
    }

    /**
     * The CPU of the apps and PostgreSQL is read once both apps' event processors have handled every event stored
     * when the phase ended, so that it includes the read models' and processes' share of the phase's commands even
     * when they fell behind; the seconds that took are reported as each app's backlog, and the next phase starts
     * without one.
     */
    private static Measured measure(AppProcesses apps, long postmaster, Map<String, String> database, Run run)
            throws Exception {
        long[] pids = apps.pids();
        long self = ProcessHandle.current().pid();
        long transactions = transactions(database);
        double[] before = {ProcessCpu.millis(pids[0]), ProcessCpu.millis(pids[1]), ProcessCpu.postgresMillis(postmaster),
                ProcessCpu.millis(self)};
        CommandLoad.Phase phase = run.run();
        double generator = ProcessCpu.millis(self) - before[3];
        long head = single(database, "SELECT max(globalindex) FROM domainevententry");
        HttpClient http = HttpClient.newHttpClient();
        double commandBacklog = EventStreamBenchmark.awaitProcessorsPast(http, apps.commandUrl("/actuator/health"),
                head, BACKLOG_LIMIT);
        double queryBacklog = EventStreamBenchmark.awaitProcessorsPast(http, apps.queryUrl("/actuator/health"),
                head, BACKLOG_LIMIT);
        double[] after = {ProcessCpu.millis(pids[0]), ProcessCpu.millis(pids[1]), ProcessCpu.postgresMillis(postmaster)};
        Thread.sleep(1_500);
        return new Measured(phase, after[0] - before[0], after[1] - before[1], after[2] - before[2],
                generator, transactions(database) - transactions, ProcessCpu.loadAverage(), commandBacklog,
                queryBacklog);
    }

    /**
     * The statements PostgreSQL spent most time executing during the measured phases (all apps and this JVM), per
     * command of those phases: a Markdown table.
     */
    private static String statements(Map<String, String> database, long commands) throws SQLException {
        StringBuilder table = new StringBuilder("""
                | statement | calls/command | ms/command | mean ms | rows/call |
                |---|---:|---:|---:|---:|
                """);
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     SELECT query, calls, total_exec_time, rows FROM pg_stat_statements
                     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                     ORDER BY total_exec_time DESC LIMIT 20""")) {
            while (result.next()) {
                String query = result.getString(1).replaceAll("\\s+", " ").replace("|", "\\|");
                long calls = result.getLong(2);
                table.append("| `%s` | %.2f | %.4f | %.4f | %.1f |%n".formatted(
                        query.length() > 160 ? query.substring(0, 160) + "…" : query, calls / (double) commands,
                        result.getDouble(3) / commands, result.getDouble(3) / Math.max(1, calls),
                        result.getLong(4) / (double) Math.max(1, calls)));
            }
        }
        return table.toString();
    }

    private static void execute(Map<String, String> database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(Map<String, String> database) throws SQLException {
        return DriverManager.getConnection(database.get("spring.datasource.url"),
                database.get("spring.datasource.username"), database.get("spring.datasource.password"));
    }

    private static long events(Map<String, String> database) throws SQLException {
        return single(database, "SELECT count(*) FROM domainevententry");
    }

    private static long transactions(Map<String, String> database) throws SQLException {
        return single(database, "SELECT xact_commit + xact_rollback FROM pg_stat_database "
                + "WHERE datname = current_database()");
    }

    private static long single(Map<String, String> database, String sql) throws SQLException {
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
