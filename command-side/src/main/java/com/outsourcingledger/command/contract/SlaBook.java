package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.SlaDirection;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The contract's SLA metrics, the value measured for each metric and period, and which of them stand breached. */
final class SlaBook {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    record Decision(boolean met, BigDecimal shortfall) {
    }

    private final Map<String, SlaMetric> metrics = new LinkedHashMap<>();
    private final Map<String, BigDecimal> measured = new HashMap<>();
    private final Set<String> breached = new HashSet<>();

    Optional<SlaMetric> metric(String metricId) {
        return Optional.ofNullable(metrics.get(metricId));
    }

    boolean isEmpty() {
        return metrics.isEmpty();
    }

    List<SlaMetric> metrics() {
        return List.copyOf(metrics.values());
    }

    void define(SlaMetric metric) {
        metrics.put(metric.metricId(), metric);
    }

    void remove(String metricId) {
        metrics.remove(metricId);
    }

    Optional<BigDecimal> measured(String metricId, SlaPeriod period) {
        return Optional.ofNullable(measured.get(key(metricId, period.value())));
    }

    void record(String metricId, String period, BigDecimal value) {
        measured.put(key(metricId, period), value);
    }

    void breach(String metricId, String period) {
        breached.add(key(metricId, period));
    }

    void withdraw(String metricId, String period) {
        breached.remove(key(metricId, period));
    }

    boolean breached(String metricId, SlaPeriod period) {
        return breached.contains(key(metricId, period.value()));
    }

    /**
     * The earliest run of {@code count} consecutive breached periods of the metric that includes this period,
     * whatever order they were measured in.
     */
    Optional<List<SlaPeriod>> breachedRunThrough(String metricId, SlaPeriod period, int count) {
        SlaPeriod start = period;
        for (int i = 1; i < count; i++) {
            start = start.previous();
        }
        for (; ; start = next(start)) {
            List<SlaPeriod> run = new ArrayList<>();
            for (SlaPeriod p = start; run.size() < Math.max(count, 1); p = next(p)) {
                run.add(p);
            }
            if (run.stream().allMatch(p -> breached(metricId, p))) {
                return Optional.of(run);
            }
            if (start.equals(period)) {
                return Optional.empty();
            }
        }
    }

    private static SlaPeriod next(SlaPeriod period) {
        return SlaPeriod.containing(period.end().plusDays(1), period.kind());
    }

    /** The period has the metric's kind, lies in a term the contract has had, and has started; answers that term. */
    static SlaTerms.InForce requirePeriod(SlaMetric metric, SlaPeriod period, SlaTerms terms, Clock clock) {
        if (period == null || period.kind() != metric.period()) {
            throw Refusal.unprocessable(ContractRuleCodes.SLA_MEASUREMENT_WRONG_PERIOD_KIND,
                    metric.metricId() + " is measured " + metric.period() + ", not for period " + period);
        }
        SlaTerms.InForce term = terms.of(period).orElseThrow(() -> Refusal.unprocessable(
                ContractRuleCodes.SLA_MEASUREMENT_PERIOD_OUTSIDE_TERM,
                "Period " + period + " lies outside every term of the contract, " + terms.span()));
        if (period.start().isAfter(LocalDate.now(clock))) {
            throw Refusal.unprocessable(ContractRuleCodes.SLA_MEASUREMENT_PERIOD_IN_FUTURE,
                    "Period " + period + " has not started yet");
        }
        return term;
    }

    static Decision decide(SlaMetric metric, BigDecimal value) {
        BigDecimal shortfall = metric.direction() == SlaDirection.AT_LEAST
                ? metric.target().subtract(value)
                : value.subtract(metric.target());
        return new Decision(shortfall.signum() <= 0, shortfall.max(BigDecimal.ZERO));
    }

    /** The contract amount spread evenly over the months of the term (a started month counts), per period. */
    static Money periodFee(Money amount, Term term, SlaPeriod period) {
        long months = ChronoUnit.MONTHS.between(term.start(), term.end().plusDays(1));
        if (term.start().plusMonths(months).isBefore(term.end().plusDays(1))) {
            months++;
        }
        BigDecimal monthly = amount.amount().divide(BigDecimal.valueOf(Math.max(months, 1)), 2, RoundingMode.HALF_UP);
        return new Money(monthly.multiply(BigDecimal.valueOf(period.months())).setScale(2, RoundingMode.HALF_UP),
                amount.currency());
    }

    static Money penalty(SlaMetric metric, Money periodFee) {
        BigDecimal decided = periodFee.amount().multiply(metric.penaltyPercent())
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new Money(decided.min(metric.penaltyCapPerPeriod().amount()).setScale(2, RoundingMode.HALF_UP),
                periodFee.currency());
    }

    private static String key(String metricId, String period) {
        return metricId + "|" + period;
    }
}
