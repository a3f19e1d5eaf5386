package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.specialaudit.AuditControl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Clean: a contract signed after its NDA was recorded. Violation: one co-reviewed and signed with no NDA. */
final class NdaBeforeSigningPlant implements ControlPlant {

    static final String VIOLATING = "plant-contract-signed-without-nda";

    @Override
    public AuditControl control() {
        return AuditControl.NDA_BEFORE_SIGNING;
    }

    @Override
    public List<AuditedEvent> clean(AuditPeriod period) {
        return ContractPlanting.signed("plant-contract-nda-first", "plant-vendor-a", term(period),
                PlantingClock.morning(period).plus(Duration.ofHours(1)), period.zone()).events();
    }

    @Override
    public List<AuditedEvent> violation(AuditPeriod period) {
        Instant signing = PlantingClock.morning(period).plus(Duration.ofHours(2));
        return ContractPlanting.drafted(VIOLATING, "plant-vendor-b", term(period), signing.minus(Duration.ofDays(30)),
                        period.zone())
                .submitted(signing.minus(Duration.ofDays(19)))
                .approvedBy(signing.minus(Duration.ofDays(15)), ContractPlanting.CO_REVIEWERS)
                .signedAndActivated(signing, term(period))
                .events();
    }

    /** Two years from the first of last month: started by the signing, its renewal review far ahead. */
    static Term term(AuditPeriod period) {
        LocalDate start = period.from().minusMonths(1).withDayOfMonth(1);
        return new Term(start, start.plusYears(2).minusDays(1));
    }

    @Override
    public String violatingSubjectId() {
        return VIOLATING;
    }
}
