package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.system.benchmark.CommandThroughputBenchmark.Measured;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * benchmarks/command-throughput.md: this run's figures, followed by the before/after figures of each change,
 * which are kept by hand below {@link #CHANGES} and carried over from the file each run replaces.
 */
final class ThroughputReport {

    static final String CHANGES = "## Changes, before and after";

    private ThroughputReport() {
    }

    static void write(Path file, Measured warmUp, List<Measured> phases, long preloaded, long appended, long succeeded)
            throws IOException {
        String kept = Files.exists(file) ? Files.readString(file) : "";
        int changes = kept.indexOf(CHANGES);
        Files.createDirectories(file.getParent());
        Files.writeString(file, report(warmUp, phases, preloaded, appended, succeeded)
                + (changes < 0 ? "\n" + CHANGES + "\n\nNone recorded yet.\n" : "\n" + kept.substring(changes)));
    }

    private static String report(Measured warmUp, List<Measured> phases, long preloaded, long appended,
                                 long succeeded) {
        String rows = phases.stream().map(ThroughputReport::row).collect(Collectors.joining("\n"));
        String curve = Arrays.stream(warmUp.load().perBucket()).mapToObj(n -> String.format("%.0f", n / 5.0))
                .collect(Collectors.joining(", "));
        Measured at8 = phases.get(0);
        Measured at32 = phases.get(1);
        double cpu32 = total(at32);
        return """
                # Command throughput

                Produced by `CommandThroughputBenchmark` (`./mvnw -B verify -Pbenchmarks -pl system-tests -am
                -Dtest=CommandThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false`). Both apps run as separate
                JVMs (`-Xmx512m`) on one PostgreSQL 17 (embedded binaries, `fsync` off). Before they start, %,d admitted
                vendors with %d events each (registered, due diligence, admitted, %d warnings) are appended through the
                storage engine; the run begins once every event processor of both apps has caught up. The load
                generator runs in the test JVM on the same cores: closed-loop clients on virtual threads over HTTP/1.1
                as `hr` (HTTP Basic), each sending its next command when the last was answered. A command is a vendor
                registration (`POST /vendors`, a new aggregate) or a warning of a random preloaded vendor
                (`POST /vendors/{id}/warnings`, one event on a long history), in the share given per phase. CPU is
                user + system time from `/proc/<pid>/stat` over the phase (PostgreSQL: its postmaster and backends),
                divided by the commands sent; transactions: those PostgreSQL counted for the database (committed or rolled
                back, by any process) per command. Visibility: a probe registers a vendor every 50 ms and polls
                `GET /vendors/{id}` on query-side every 2 ms until 200 (one not visible within 10 s counts as 10 s).

                Machine: %d cores, Java %s. Run at %s. App settings beyond the defaults: %s.

                **Warm-up**: 32 clients, 50 %% registrations, %d s; commands/s per 5 s: %s (load average after: %s).

                | clients | registrations | commands/s | p50 ms | p90 ms | p99 ms | max ms | errors | CPU ms/command: command-side | query-side | PostgreSQL | apps + PostgreSQL | load generator | transactions/command | visibility p50 ms | p99 ms | load average after |
                |---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|
                %s

                **Store**: %,d events preloaded; %,d events appended during the run, for %,d answers 2xx (%s).

                **Targets** (judged on a quiet machine): ≥ 1,500 commands/s at 32 clients (50 %% registrations): %.0f, %s;
                p99 ≤ 50 ms at 8 clients: %.1f ms, %s; CPU ≤ 3 ms per command across both apps and PostgreSQL at 32
                clients: %.2f ms, %s; visibility p99 ≤ 50 ms: %.1f ms at 8 clients, %s.
                """.formatted(CommandThroughputBenchmark.VENDORS, CommandThroughputBenchmark.WARNINGS + 3,
                CommandThroughputBenchmark.WARNINGS, Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Instant.now(), CommandThroughputBenchmark.APP_SETTINGS.isEmpty() ? "none"
                        : "`" + CommandThroughputBenchmark.APP_SETTINGS + "`", CommandThroughputBenchmark.WARM_UP.toSeconds(), curve, warmUp.loadAverage(), rows,
                preloaded, appended, succeeded, appended == succeeded ? "equal" : "NOT EQUAL",
                at32.load().perSecond(), met(at32.load().perSecond() >= 1500), at8.load().latency().p99(),
                met(at8.load().latency().p99() <= 50), cpu32, met(cpu32 <= 3.0), at8.load().visibility().p99(),
                met(at8.load().visibility().p99() <= 50));
    }

    private static String row(Measured m) {
        CommandLoad.Phase p = m.load();
        return "| %d | %d %% | %.0f | %.1f | %.1f | %.1f | %.1f | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f | %.1f | %s |"
                .formatted(p.clients(), p.registrationPercent(), p.perSecond(), p.latency().p50(), p.latency().p90(),
                        p.latency().p99(), p.latency().max(), p.errors().isEmpty() ? "0" : p.errors().toString(),
                        m.perCommand(m.commandCpu()), m.perCommand(m.queryCpu()), m.perCommand(m.postgresCpu()),
                        total(m), m.perCommand(m.generatorCpu()), m.perCommand(m.transactions()), p.visibility().p50(), p.visibility().p99(),
                        m.loadAverage());
    }

    private static double total(Measured m) {
        return m.perCommand(m.commandCpu() + m.queryCpu() + m.postgresCpu());
    }

    private static String met(boolean met) {
        return met ? "met" : "not met";
    }
}
