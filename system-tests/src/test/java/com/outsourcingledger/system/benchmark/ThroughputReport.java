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

    static void write(Path file, Measured warmUp, List<Measured> phases, long preloaded, long appended, long succeeded,
                      String statements) throws IOException {
        String kept = Files.exists(file) ? Files.readString(file) : "";
        int changes = kept.indexOf(CHANGES);
        Files.createDirectories(file.getParent());
        Files.writeString(file, report(warmUp, phases, preloaded, appended, succeeded)
                + (statements.isEmpty() ? "" : "\n**PostgreSQL's statements** over the measured phases, the 20 it spent "
                + "most time executing (`pg_stat_statements`; execution only, not parsing, commits or the network), "
                + "per command of those phases:\n\n" + statements)
                + (changes < 0 ? "\n" + CHANGES + "\n\nNone recorded yet.\n" : "\n" + kept.substring(changes)));
    }

    private static String report(Measured warmUp, List<Measured> phases, long preloaded, long appended,
                                 long succeeded) {
        String rows = phases.stream().map(ThroughputReport::row).collect(Collectors.joining("\n"));
        String curve = Arrays.stream(warmUp.load().perBucket()).mapToObj(n -> String.format("%.0f", n / 5.0))
                .collect(Collectors.joining(", "));
        Measured at8 = phases.get(0);
        Measured at32 = phases.get(1);
        Measured open = phases.get(phases.size() - 1);
        double cpu32 = total(at32);
        return """
                # Command throughput

                Produced by `CommandThroughputBenchmark` (`./mvnw -B verify -Pbenchmarks -pl system-tests -am
                -Dtest=CommandThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false`). Both apps run as separate
                JVMs (`-Xmx512m`) on one PostgreSQL 17 (embedded binaries, `fsync` off). Before they start, %,d admitted
                vendors with %d events each (registered, due diligence, admitted, %d warnings) are appended through the
                storage engine; the run begins once every event processor of both apps has caught up. The load
                generator runs in the test JVM on the same cores: closed-loop clients on virtual threads over HTTP/1.1
                as `hr` (HTTP Basic), each sending its next command when the last was answered; the last phase is an
                open loop instead, a command due every 1/rate s whatever the answers (its latency counted from when it
                was due), at a fixed rate (`-Dbenchmark.openRate`, default 300/s). A command is a vendor
                registration (`POST /vendors`, a new aggregate) or a warning of a random preloaded vendor
                (`POST /vendors/{id}/warnings`, one event on a long history), in the share given per phase. CPU is
                user + system time from `/proc/<pid>/stat` over the phase (PostgreSQL: its postmaster and backends),
                divided by the commands sent, read for the apps and PostgreSQL once both apps' event processors have
                handled every event stored by the end of the phase (the seconds that took after the phase are its
                backlog; the next phase starts without one); transactions: those PostgreSQL counted for the database
                (committed or rolled back, by any process) per command. Visibility: a probe registers a vendor every 50 ms
                and polls `GET /vendors/{id}` on query-side until 200, every 2 ms for the first 50 ms, every 10 ms up to
                1 s, then every 100 ms (one not visible within 10 s counts as 10 s). The JIT compilers of both apps work
                for minutes under this load on 2 cores: the warm-up's curve says when the rate stopped rising.

                Machine: %d cores, Java %s. Run at %s. App settings beyond the defaults: %s.

                **Warm-up**: 32 clients, 50 %% registrations, %d s; commands/s per 5 s: %s (load average after: %s).

                | load: clients | registrations | commands/s | p50 ms | p90 ms | p99 ms | max ms | errors | CPU ms/command: command-side | query-side | PostgreSQL | apps + PostgreSQL | load generator | transactions/command | visibility p50 ms | p99 ms | backlog s: command-side | query-side | load average after |
                |---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
                %s

                **Store**: %,d events preloaded; %,d events appended during the run, for %,d answers 2xx (%s).

                **Targets** (judged on a quiet machine): ≥ 1,500 commands/s at 32 clients (50 %% registrations): %.0f, %s;
                p99 ≤ 50 ms at 8 clients: %.1f ms, %s; CPU ≤ 3 ms per command across both apps and PostgreSQL at 32
                clients: %.2f ms, %s; visibility p99 ≤ 50 ms: %.1f ms at 8 clients, %s. At a rate the machine
                sustains (%s, 50 %% registrations): p99 %.1f ms, visibility p99 %.1f ms.
                """.formatted(CommandThroughputBenchmark.VENDORS, CommandThroughputBenchmark.WARNINGS + 3,
                CommandThroughputBenchmark.WARNINGS, Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Instant.now(), CommandThroughputBenchmark.APP_SETTINGS.isEmpty() ? "none"
                        : "`" + CommandThroughputBenchmark.APP_SETTINGS + "`", CommandThroughputBenchmark.WARM_UP.toSeconds(), curve, warmUp.loadAverage(), rows,
                preloaded, appended, succeeded, appended == succeeded ? "equal" : "NOT EQUAL",
                at32.load().perSecond(), met(at32.load().perSecond() >= 1500), at8.load().latency().p99(),
                met(at8.load().latency().p99() <= 50), cpu32, met(cpu32 <= 3.0), at8.load().visibility().p99(),
                met(at8.load().visibility().p99() <= 50), open.load().load(), open.load().latency().p99(),
                open.load().visibility().p99());
    }

    private static String row(Measured m) {
        CommandLoad.Phase p = m.load();
        return "| %s | %d %% | %.0f | %.1f | %.1f | %.1f | %.1f | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f | %.1f | %s | %s | %s |"
                .formatted(p.load(), p.registrationPercent(), p.perSecond(), p.latency().p50(), p.latency().p90(),
                        p.latency().p99(), p.latency().max(), p.errors().isEmpty() ? "0" : p.errors().toString(),
                        m.perCommand(m.commandCpu()), m.perCommand(m.queryCpu()), m.perCommand(m.postgresCpu()),
                        total(m), m.perCommand(m.generatorCpu()), m.perCommand(m.transactions()), p.visibility().p50(), p.visibility().p99(),
                        backlog(m.commandBacklog()), backlog(m.queryBacklog()), m.loadAverage());
    }

    private static String backlog(double seconds) {
        return seconds < 0 ? "> 180" : "%.1f".formatted(seconds);
    }

    private static double total(Measured m) {
        return m.perCommand(m.commandCpu() + m.queryCpu() + m.postgresCpu());
    }

    private static String met(boolean met) {
        return met ? "met" : "not met";
    }
}
