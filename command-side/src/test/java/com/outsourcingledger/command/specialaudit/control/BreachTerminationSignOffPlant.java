package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.specialaudit.AuditControl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Clean: a running contract terminated for BREACH on evidence LEGAL signed off first, its exit steps recorded that
 * day. Violation: the same termination with no LEGAL sign-off.
 */
final class BreachTerminationSignOffPlant implements ControlPlant {

    static final String VIOLATING = "plant-contract-breach-unsigned";

    @Override
    public AuditControl control() {
        return AuditControl.BREACH_TERMINATION_LEGAL_SIGN_OFF;
    }

    @Override
    public List<AuditedEvent> clean(AuditPeriod period) {
        String contractId = "plant-contract-breach-signed-off";
        Instant morning = PlantingClock.morning(period);
        return running(contractId, "plant-vendor-a", period)
                .signedOffByLegal(morning.plus(Duration.ofHours(1)), evidence(contractId))
                .terminatedForBreach(morning.plus(Duration.ofHours(2)), evidence(contractId))
                .events();
    }

    @Override
    public List<AuditedEvent> violation(AuditPeriod period) {
        return running(VIOLATING, "plant-vendor-b", period)
                .terminatedForBreach(PlantingClock.morning(period).plus(Duration.ofHours(3)), evidence(VIOLATING))
                .events();
    }

    /** Signed and active since the first of the month six months before the period. */
    private static ContractPlanting running(String contractId, String vendorId, AuditPeriod period) {
        LocalDate start = period.from().minusMonths(6).withDayOfMonth(1);
        Term term = new Term(start, start.plusYears(2).minusDays(1));
        return ContractPlanting.signed(contractId, vendorId, term, PlantingClock.at(start, 10, period.zone()),
                period.zone());
    }

    private static List<String> evidence(String contractId) {
        return List.of("evidence/" + contractId + "/sla-breach-report", "evidence/" + contractId + "/rectification-failed");
    }

    @Override
    public String violatingSubjectId() {
        return VIOLATING;
    }
}
