package com.outsourcingledger.system.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time the kernel accounts to processes, read from {@code /proc/<pid>/stat} (user + system time, all
 * threads). PostgreSQL is its postmaster, whose dead children's time the kernel adds to it, plus its live
 * backends, found by the port the database listens on: other PostgreSQL servers on the machine are not counted.
 */
final class ProcessCpu {

    /** USER_HZ: the unit of /proc times on Linux. */
    private static final double MILLIS_PER_TICK = 10.0;

    private ProcessCpu() {
    }

    /** Milliseconds of CPU the process has used so far. */
    static double millis(long pid) {
        long[] times = times(pid);
        return (times[0] + times[1]) * MILLIS_PER_TICK;
    }

    /** Milliseconds of CPU the PostgreSQL server (postmaster, backends, and backends already gone) has used. */
    static double postgresMillis(long postmaster) {
        long[] own = times(postmaster);
        long ticks = own[0] + own[1] + own[2] + own[3];
        List<ProcessHandle> children = ProcessHandle.of(postmaster).map(p -> p.children().toList()).orElse(List.of());
        for (ProcessHandle child : children) {
            long[] times = times(child.pid());
            ticks += times[0] + times[1];
        }
        return ticks * MILLIS_PER_TICK;
    }

    /** The postmaster listening on the port of a {@code jdbc:postgresql://host:port/db} URL. */
    static long postmaster(String jdbcUrl) {
        int port = URI.create(jdbcUrl.substring("jdbc:".length())).getPort();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains("postgres")
                        && line.matches(".*-p\\s+" + port + "(\\s.*|$)")).orElse(false))
                .filter(p -> p.parent().map(parent -> !parent.info().command().orElse("").endsWith("postgres"))
                        .orElse(true))
                .mapToLong(ProcessHandle::pid)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no postmaster listens on port " + port));
    }

    /** utime, stime, cutime, cstime in clock ticks (fields 14 to 17; the name in parentheses may hold spaces). */
    private static long[] times(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[]{Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]), Long.parseLong(fields[14])};
        } catch (IOException gone) {
            return new long[4];
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
