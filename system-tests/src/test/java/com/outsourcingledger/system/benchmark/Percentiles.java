package com.outsourcingledger.system.benchmark;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of durations in milliseconds. */
record Percentiles(int samples, double p50, double p90, double p99, double max, double mean) {

    static Percentiles of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 90), rank(sorted, 99),
                sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(0));
    }

    private static double rank(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    String row() {
        return "| %d | %.1f | %.1f | %.1f | %.1f | %.1f |".formatted(samples, p50, p90, p99, max, mean);
    }
}
