package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.api.vendor.CreditCode;
import com.outsourcingledger.system.LedgerClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The load generator: closed-loop clients on virtual threads, each sending its next command over HTTP as
 * {@code hr} as soon as the last one was answered, for a fixed time. A command is a vendor registration (a new
 * aggregate, one event) or a warning of one of the preloaded vendors (one event on a long history), mixed at
 * random in the given share. Alongside, one probe registers a vendor every 50 ms and polls query-side for it.
 */
final class CommandLoad {

    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString(("hr:" + LedgerClient.PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final String WARNING = """
            {"reason":"Late delivery reported by the business","evidenceRefs":["doc-benchmark"]}""";
    private static final long BUCKET_NANOS = Duration.ofSeconds(5).toNanos();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AppProcesses apps;
    private final List<String> vendors;
    /** Credit codes of registrations; the preloaded vendors claimed none. */
    private final AtomicInteger registrations = new AtomicInteger(10_000_000);
    private final AtomicLong succeeded = new AtomicLong();

    CommandLoad(AppProcesses apps, List<String> vendors) {
        this.apps = apps;
        this.vendors = vendors;
    }

    /** What one phase measured. */
    record Phase(int clients, int registrationPercent, double seconds, long ok, Map<String, Long> errors,
                 Percentiles latency, long[] perBucket, Percentiles visibility, int offered) {

        /** Closed loop: {@code clients}; open loop: the commands offered per second. */
        String load() {
            return offered > 0 ? "open loop, %,d/s".formatted(offered) : Integer.toString(clients);
        }

        double perSecond() {
            return ok / seconds;
        }

        long commands() {
            return ok + errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Every 2xx answer so far, probes included: each is one event appended. */
    long succeeded() {
        return succeeded.get();
    }

    Phase run(int clients, int registrationPercent, Duration duration) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        AtomicLongArray buckets = new AtomicLongArray((int) (duration.toNanos() / BUCKET_NANOS) + 1);
        Map<String, Long> errors = new ConcurrentHashMap<>();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicLong ok = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            long[][] mine = {new long[4096]};
            int[] count = {0};
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    String outcome = send(ThreadLocalRandom.current().nextInt(100) < registrationPercent);
                    long answered = System.nanoTime();
                    if (outcome == null) {
                        ok.incrementAndGet();
                        buckets.incrementAndGet((int) ((answered - started) / BUCKET_NANOS));
                        if (count[0] == mine[0].length) {
                            mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
                        }
                        mine[0][count[0]++] = answered - sent;
                    } else {
                        errors.merge(outcome, 1L, Long::sum);
                    }
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(mine[0], count[0]));
                }
            }));
        }
        List<Double> lags = new ArrayList<>();
        Thread probe = Thread.ofVirtual().start(() -> probe(deadline, lags));
        for (Thread thread : threads) {
            thread.join();
        }
        probe.join();
        return phase(clients, registrationPercent, started, duration, ok.get(), errors,
                latencies.stream().flatMapToLong(Arrays::stream).toArray(), buckets, lags, 0);
    }

    /** What a phase measured, from its counts: latencies in nanoseconds, visibility lags in milliseconds. */
    private static Phase phase(int clients, int registrationPercent, long started, Duration duration, long ok,
                               Map<String, Long> errors, long[] latencies, AtomicLongArray buckets, List<Double> lags,
                               int offered) {
        double seconds = (System.nanoTime() - started) / 1e9;
        double[] millis = Arrays.stream(latencies).mapToDouble(n -> n / 1e6).toArray();
        long[] perBucket = new long[(int) Math.ceil(duration.toNanos() / (double) BUCKET_NANOS)];
        for (int i = 0; i < perBucket.length; i++) {
            perBucket[i] = buckets.get(i);
        }
        return new Phase(clients, registrationPercent, seconds, ok, new TreeMap<>(errors),
                Percentiles.of(millis.length == 0 ? new double[]{0} : millis), perBucket,
                Percentiles.of(lags.isEmpty() ? new double[]{0} : lags.stream().mapToDouble(d -> d).toArray()),
                offered);
    }

    /**
     * Open loop: a command every {@code 1/perSecond} s whatever the answers, each on a virtual thread of its own, so
     * that a slow answer does not hold the next command back; a command's latency runs from when it was due to be
     * sent (a late start counts), as a client with a schedule sees it. With the probe alongside.
     */
    Phase runOpen(int perSecond, int registrationPercent, Duration duration) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        long interval = 1_000_000_000L / perSecond;
        AtomicLongArray buckets = new AtomicLongArray((int) (duration.toNanos() / BUCKET_NANOS) + 1);
        Map<String, Long> errors = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Thread> sent = new ArrayList<>();
        AtomicLong ok = new AtomicLong();
        List<Double> lags = new ArrayList<>();
        Thread probe = Thread.ofVirtual().start(() -> probe(deadline, lags));
        for (long due = started; due < deadline; due += interval) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long scheduled = due;
            boolean registration = ThreadLocalRandom.current().nextInt(100) < registrationPercent;
            sent.add(Thread.ofVirtual().start(() -> {
                String outcome = send(registration);
                long answered = System.nanoTime();
                if (outcome == null) {
                    ok.incrementAndGet();
                    buckets.incrementAndGet((int) Math.min(buckets.length() - 1, (answered - started) / BUCKET_NANOS));
                    latencies.add(answered - scheduled);
                } else {
                    errors.merge(outcome, 1L, Long::sum);
                }
            }));
        }
        for (Thread thread : sent) {
            thread.join();
        }
        probe.join();
        return phase(0, registrationPercent, started, duration, ok.get(), errors,
                latencies.stream().mapToLong(Long::longValue).toArray(), buckets, lags, perSecond);
    }

    /** Sends one command; null when it succeeded, otherwise what went wrong (a status or an exception's name). */
    private String send(boolean registration) {
        String vendorId = registration ? UUID.randomUUID().toString()
                : vendors.get(ThreadLocalRandom.current().nextInt(vendors.size()));
        return send(vendorId, registration);
    }

    private String send(String vendorId, boolean registration) {
        HttpRequest request = registration
                ? post(apps.commandUrl("/vendors"), registration(vendorId, registrations.incrementAndGet()))
                : post(apps.commandUrl("/vendors/" + vendorId + "/warnings"), WARNING);
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                succeeded.incrementAndGet();
                return null;
            }
            return Integer.toString(response.statusCode());
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * Command answered (201) until query-side answers 200 for the new vendor, polled every 2 ms for the first 50 ms,
     * then every 10 ms up to a second, then every 100 ms: as precise as the 50 ms target needs, without the probe's
     * own reads (every 2 ms throughout, they were up to a few hundred a second when query-side fell behind) taking
     * query-side's CPU. A vendor not visible within 10 s (or whose read failed) is recorded as 10 s late, so that it
     * shows in the percentiles.
     */
    private void probe(long deadline, List<Double> lags) {
        while (System.nanoTime() < deadline) {
            String vendorId = UUID.randomUUID().toString();
            if (send(vendorId, true) != null) {
                continue;
            }
            long answered = System.nanoTime();
            HttpRequest read = HttpRequest.newBuilder(apps.queryUrl("/vendors/" + vendorId))
                    .header("Authorization", AUTH).timeout(Duration.ofSeconds(10)).build();
            try {
                while (http.send(read, HttpResponse.BodyHandlers.discarding()).statusCode() != 200
                        && System.nanoTime() - answered < 10_000_000_000L) {
                    Thread.sleep(pollInterval(System.nanoTime() - answered));
                }
                lags.add(Math.min(10_000.0, (System.nanoTime() - answered) / 1e6));
                Thread.sleep(50);
            } catch (IOException notAnswered) {
                lags.add(10_000.0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static long pollInterval(long waitedNanos) {
        return waitedNanos < 50_000_000L ? 2 : waitedNanos < 1_000_000_000L ? 10 : 100;
    }

    private static HttpRequest post(URI uri, String json) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", AUTH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
    }

    private static String registration(String vendorId, int n) {
        return """
                {"vendorId":"%s","legalName":"基准测试服务有限公司 %d","creditCode":"%s","legalRepresentative":"张三",\
                "address":"上海市浦东新区","contacts":[{"name":"李四","role":"客户经理","phone":"13800000000",\
                "email":"li@example.com"}],"registeredCapital":{"amount":"10000000","currency":"CNY"},\
                "foundingYear":2010,"headcount":200,"categories":["IT"]}"""
                .formatted(vendorId, n, CreditCode.complete("9131%012d".formatted(n)));
    }
}
