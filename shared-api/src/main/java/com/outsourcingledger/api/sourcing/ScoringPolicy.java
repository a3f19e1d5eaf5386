package com.outsourcingledger.api.sourcing;

import java.util.Map;

/**
 * Criterion weights in percent under a named version. Recorded whole in the events, so any ranking can be
 * recomputed later exactly as it was made. Not validated here (old events must load); sourcing checks it.
 */
public record ScoringPolicy(String version, Map<Criterion, Integer> weights) {

    public static final String DEFAULT_VERSION = "2026-default";

    /** Scheme A of the source documents: 30/20/20/20/10. */
    public static ScoringPolicy standard() {
        return new ScoringPolicy(DEFAULT_VERSION, Map.of(
                Criterion.TECHNICAL_PROPOSAL, 30,
                Criterion.EXPERIENCE, 20,
                Criterion.MANAGEMENT_SERVICE, 20,
                Criterion.PRICE, 20,
                Criterion.FINANCE_REPUTATION, 10));
    }

    public int weightOf(Criterion criterion) {
        Integer weight = weights == null ? null : weights.get(criterion);
        return weight == null ? 0 : weight;
    }

    public int totalWeight() {
        return weights == null ? 0 : weights.values().stream().mapToInt(w -> w == null ? 0 : w).sum();
    }
}
