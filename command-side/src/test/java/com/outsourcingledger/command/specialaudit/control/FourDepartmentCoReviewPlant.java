package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.specialaudit.AuditControl;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Clean: a contract LEGAL returned to drafting in its first co-review, revised, then approved by the four
 * departments in the second, and signed. Violation: one approved and signed with no FINANCE opinion.
 */
final class FourDepartmentCoReviewPlant implements ControlPlant {

    static final String VIOLATING = "plant-contract-no-finance-opinion";

    @Override
    public AuditControl control() {
        return AuditControl.FOUR_DEPARTMENT_CO_REVIEW;
    }

    @Override
    public List<AuditedEvent> clean(AuditPeriod period) {
        Instant signing = PlantingClock.morning(period).plus(Duration.ofHours(1));
        Term term = NdaBeforeSigningPlant.term(period);
        return ContractPlanting.drafted("plant-contract-reviewed-twice", "plant-vendor-a", term,
                        signing.minus(Duration.ofDays(40)), period.zone())
                .nda(signing.minus(Duration.ofDays(35)))
                .submitted(signing.minus(Duration.ofDays(34)))
                .returnedByLegalAndRevised(signing.minus(Duration.ofDays(30)), term)
                .submitted(signing.minus(Duration.ofDays(25)))
                .approvedBy(signing.minus(Duration.ofDays(20)), ContractPlanting.CO_REVIEWERS)
                .signedAndActivated(signing, term)
                .events();
    }

    @Override
    public List<AuditedEvent> violation(AuditPeriod period) {
        Instant signing = PlantingClock.morning(period).plus(Duration.ofHours(2));
        Term term = NdaBeforeSigningPlant.term(period);
        return ContractPlanting.drafted(VIOLATING, "plant-vendor-b", term, signing.minus(Duration.ofDays(30)),
                        period.zone())
                .nda(signing.minus(Duration.ofDays(20)))
                .submitted(signing.minus(Duration.ofDays(19)))
                .approvedBy(signing.minus(Duration.ofDays(15)),
                        List.of(Department.LEGAL, Department.HR, Department.BUSINESS))
                .signedAndActivated(signing, term)
                .events();
    }

    @Override
    public String violatingSubjectId() {
        return VIOLATING;
    }
}
