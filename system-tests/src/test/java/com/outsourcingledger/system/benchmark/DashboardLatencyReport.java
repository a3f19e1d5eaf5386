package com.outsourcingledger.system.benchmark;

import java.time.Instant;
import java.util.Map;

import static com.outsourcingledger.system.benchmark.DashboardLatencyBenchmark.*;

/** benchmarks/dashboard-latency.md: what was measured, on what, and the figures per endpoint. */
record DashboardLatencyReport(long events, double buildSeconds, double[] load, Map<DashboardEndpoint, Percentiles> results,
                              Map<DashboardEndpoint, Integer> largest, Percentiles overall) {

    String markdown() {
        StringBuilder rows = new StringBuilder();
        results.forEach((endpoint, p) -> rows.append("| `GET %s` | %s %s %,d | %s |%n".formatted(endpoint.path(),
                endpoint.parameters(), p.row(), largest.get(endpoint), p.p99() < TARGET_MS ? "yes" : "**no**")));
        rows.append("| all endpoints | %s | %s |%n".formatted(overall.row(),
                overall.p99() < TARGET_MS ? "yes" : "**no**"));
        String size = CONTRACTS >= 10_000 && MONTHS >= 24 && events >= 1_000_000
                ? "the size issues 5 and 15 ask for (10,000 contracts, 24 months, at least 1,000,000 events)"
                : "**smaller than issues 5 and 15 ask for** (10,000 contracts, 24 months, 1,000,000 events)";
        return """
                # Dashboard latency

                Produced by `DashboardLatencyBenchmark` (`./mvnw -B verify -Pbenchmarks -pl system-tests -am
                -Dtest=DashboardLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false`).
                What is measured: a fresh PostgreSQL 17 (embedded binaries) event store holds %,d events, %s:
                %,d vendors through due diligence to admission; %,d running contracts (terms ending over the next
                year) through co-review and signing to %d months of three SLA metrics, one measurement in six breached,
                one contract in %d with a rectification notice for every breach; %s. The events are appended directly.
                Query-side runs in-process with every other processor stopped; the real `dashboard-views` projection
                builds its read model from the whole log (`POST /admin/projections/dashboard-views/rebuild`, %.0f s until
                its position reached the head). Then every dashboard GET is called over HTTP (java.net.http, basic
                auth as the `business` user), one call at a time, endpoints in turn: %d warm-up rounds, then %d timed
                rounds. A call is timed from sending the request until the whole answer is read; for `/dashboard/live`
                (server-sent events) until its first `dashboard` event (with `ledger.event-stream.max-subscribers=%,d`: a
                client that left holds its slot until a heartbeat write fails, and more calls than the default 32
                slots happen in that time). Parameters rotate as listed, SLA drill-downs
                over 50 vendors spread across the penalty ranking. Target: p99 under %.0f ms for every endpoint.

                Machine: %d cores, Java %s, shared with other work: load average %.1f when the timed rounds began,
                %.1f when they ended. Run at %s.

                | endpoint | parameters | samples | p50 ms | p90 ms | p99 ms | max ms | mean ms | largest answer (chars) | target met |
                |---|---|---:|---:|---:|---:|---:|---:|---:|---|
                %s""".formatted(events, size, VENDORS, CONTRACTS, MONTHS, NOTICE_EVERY, ContractHistory.PROCESSES
                        ? "each month settled (its breaches deducted, paid but the last month's), each quarter"
                        + " evaluated (one in nine graded C or D with its notice, one contract in 25 with a PIP)"
                        : "no evaluations or settlements (`-Dbenchmark.processes=false`)", buildSeconds, WARM_UP, SAMPLES, LIVE_SLOTS,
                TARGET_MS, Runtime.getRuntime().availableProcessors(), Runtime.version(), load[0], load[1], Instant.now(),
                rows);
    }
}
