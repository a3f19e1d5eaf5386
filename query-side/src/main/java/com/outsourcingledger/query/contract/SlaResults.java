package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.ContractEvent.SlaBreachWithdrawn;
import com.outsourcingledger.api.contract.ContractEvent.SlaBreached;
import com.outsourcingledger.api.contract.ContractQuery.BreachView;
import com.outsourcingledger.api.contract.ContractQuery.SlaView;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.money.Money;

import java.math.BigDecimal;
import java.util.List;

/** The SLA part of {@link ContractView}'s fold: each metric's latest result, the breaches and their penalties. */
final class SlaResults {

    private SlaResults() {
    }

    /** The metric's result for {@code period}, unless a later period's result is already shown. */
    static void latest(List<SlaView> slas, String metricId, String period, BigDecimal value, boolean met) {
        slas.replaceAll(s -> {
            if (!s.metric().metricId().equals(metricId)
                    || s.latestPeriod() != null && s.latestPeriod().compareTo(period) > 0) {
                return s;
            }
            return new SlaView(s.metric(), period, value, met);
        });
    }

    /** An amendment's new set of metrics; a metric kept by id keeps its latest result. Null changes nothing. */
    static void replace(List<SlaView> slas, List<SlaMetric> metrics) {
        if (metrics == null) {
            return;
        }
        List<SlaView> kept = metrics.stream().map(m -> slas.stream()
                .filter(s -> s.metric().metricId().equals(m.metricId())).findFirst()
                .map(s -> new SlaView(m, s.latestPeriod(), s.latestValue(), s.latestMet()))
                .orElse(new SlaView(m, null, null, null))).toList();
        slas.clear();
        slas.addAll(kept);
    }

    static void breached(List<BreachView> breaches, SlaBreached e) {
        breaches.removeIf(b -> b.metricId().equals(e.metricId()) && b.period().equals(e.period()));
        breaches.add(new BreachView(e.metricId(), e.period(), e.target(), e.actual(), e.shortfall(), e.penalty(), false));
    }

    static void withdrawn(List<BreachView> breaches, SlaBreachWithdrawn e) {
        breaches.replaceAll(b -> b.metricId().equals(e.metricId()) && b.period().equals(e.period())
                ? new BreachView(b.metricId(), b.period(), b.target(), b.actual(), b.shortfall(), b.penalty(), true)
                : b);
    }

    /** The penalties of the breaches not withdrawn, in the currency of {@code like}. */
    static Money accrued(List<BreachView> breaches, Money like) {
        Money total = zero(like);
        for (BreachView b : breaches) {
            if (!b.withdrawn()) {
                total = new Money(total.amount().add(b.penalty().amount()), total.currency());
            }
        }
        return total;
    }

    static Money zero(Money like) {
        return new Money(new BigDecimal("0.00"), like.currency());
    }
}
