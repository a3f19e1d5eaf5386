package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.specialaudit.AuditControl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Clean: a project approved through the chain in one round, and one HR returned for revision in its first round and
 * that passed the whole chain in the second. Violation: a project whose HR step passed without a sham-outsourcing
 * assessment.
 */
final class ApprovalOrderPlant implements ControlPlant {

    static final String VIOLATING = "plant-approval-no-sham-assessment";

    @Override
    public AuditControl control() {
        return AuditControl.APPROVAL_ORDER_WITH_SHAM_ASSESSMENT;
    }

    @Override
    public List<AuditedEvent> clean(AuditPeriod period) {
        Instant morning = PlantingClock.morning(period);
        List<AuditedEvent> events = new ArrayList<>(
                ProjectPlanting.established("plant-approval-one-round", morning.plus(Duration.ofHours(1)),
                        period.zone()).events());
        events.addAll(ProjectPlanting.drafted("plant-approval-returned-once", morning.minus(Duration.ofDays(20)),
                        period.zone())
                .submitted(morning.minus(Duration.ofDays(19)))
                .at(morning.minus(Duration.ofDays(18))).reviewed(ApprovalStep.BUSINESS_HEAD, ReviewOpinion.APPROVE, null)
                .after(Duration.ofHours(1))
                .reviewed(ApprovalStep.HR_COMPLIANCE, ReviewOpinion.RETURN, ShamOutsourcingRisk.LOW)
                .revised(morning.minus(Duration.ofDays(10)))
                .submitted(morning.minus(Duration.ofDays(9)))
                .approvedFrom(morning.plus(Duration.ofHours(2)), ShamOutsourcingRisk.LOW)
                .events());
        return events;
    }

    @Override
    public List<AuditedEvent> violation(AuditPeriod period) {
        Instant morning = PlantingClock.morning(period);
        return ProjectPlanting.drafted(VIOLATING, morning.minus(Duration.ofDays(14)), period.zone())
                .submitted(morning.minus(Duration.ofDays(13)))
                .approvedFrom(morning.plus(Duration.ofHours(3)), null)
                .events();
    }

    @Override
    public String violatingSubjectId() {
        return VIOLATING;
    }
}
