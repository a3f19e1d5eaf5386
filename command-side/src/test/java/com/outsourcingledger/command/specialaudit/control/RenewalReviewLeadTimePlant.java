package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.RenewalDecision;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.specialaudit.AuditControl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Clean: a one-year contract whose renewal review opened at its end − 3 months and was renewed in the period after
 * HR's renewal assessment and the four departments' co-review. Violation: a contract signed when less than three
 * months of its term were left, so its renewal review opened late; NOT_RENEW was decided in the period.
 */
final class RenewalReviewLeadTimePlant implements ControlPlant {

    static final String VIOLATING = "plant-contract-review-opened-late";

    @Override
    public AuditControl control() {
        return AuditControl.RENEWAL_REVIEW_LEAD_TIME;
    }

    @Override
    public List<AuditedEvent> clean(AuditPeriod period) {
        LocalDate end = period.from().plusMonths(3);
        Term term = new Term(end.minusYears(1).plusDays(1), end);
        Instant morning = PlantingClock.morning(period);
        return ContractPlanting.signed("plant-contract-renewed", "plant-vendor-a", term,
                        PlantingClock.at(term.start(), 10, period.zone()), period.zone())
                .at(PlantingClock.startOf(end.minusMonths(3), period.zone())).expiryApproaching(end)
                .renewalDecided(morning.plus(Duration.ofHours(1)), RenewalDecision.RENEW,
                        new Term(end.plusDays(1), end.plusYears(1)))
                .renewed(new Term(end.plusDays(1), end.plusYears(1)))
                .events();
    }

    @Override
    public List<AuditedEvent> violation(AuditPeriod period) {
        Term term = new Term(period.from().minusMonths(3), period.from().plusMonths(1));
        Instant signing = PlantingClock.at(period.from().minusDays(20), 10, period.zone());
        return ContractPlanting.signed(VIOLATING, "plant-vendor-b", term, signing, period.zone())
                .renewalDecided(PlantingClock.morning(period).plus(Duration.ofHours(2)), RenewalDecision.NOT_RENEW, null)
                .events();
    }

    @Override
    public String violatingSubjectId() {
        return VIOLATING;
    }
}
