package com.outsourcingledger.query.compliance;

import com.outsourcingledger.api.compliance.ComplianceCheckEvent;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.*;
import com.outsourcingledger.api.compliance.ComplianceCheckQuery.ComplianceCheckDetail;
import com.outsourcingledger.api.compliance.ComplianceCheckQuery.SubmittedProofView;
import com.outsourcingledger.api.compliance.ComplianceCheckQuery.ViolationView;
import com.outsourcingledger.api.compliance.ComplianceCheckStatus;
import com.outsourcingledger.api.compliance.ComplianceProof;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The compliance-check detail as a pure fold over the check's events: the live read model and the audit's as-of and
 * diff both go through {@link #evolve}. Who opened, submitted, verified or found the violation comes from the
 * {@link Step}.
 */
@Component
public final class ComplianceCheckView implements ViewFold<ComplianceCheckDetail> {

    ComplianceCheckView() {
    }

    @Override
    public String aggregateType() {
        return AggregateKind.COMPLIANCE_CHECK.aggregateType();
    }

    @Override
    public Class<ComplianceCheckDetail> viewType() {
        return ComplianceCheckDetail.class;
    }

    @Override
    public ComplianceCheckDetail evolve(ComplianceCheckDetail current, Object event, Step step) {
        return evolve(current, (ComplianceCheckEvent) event, step);
    }

    /** {@code current} is null before the check's first event. */
    public static ComplianceCheckDetail evolve(ComplianceCheckDetail current, ComplianceCheckEvent event, Step step) {
        if (current == null) {
            if (event instanceof ComplianceProofsRequested e) {
                return new ComplianceCheckDetail(e.checkId(), e.contractId(), e.vendorId(), e.occasion(),
                        e.settlementId(), e.period(), ComplianceCheckStatus.PROOFS_REQUESTED, List.copyOf(e.proofs()),
                        List.of(), List.copyOf(e.proofs()), e.dueOn(), e.proofDueDays(), false, step.user(), null,
                        null, null, step.sequence(), step.at());
            }
            throw new IllegalArgumentException("compliance check " + event.checkId() + " has no request of proofs"
                    + " before " + event.getClass().getSimpleName());
        }
        ComplianceCheckDetail c = current;
        return switch (event) {
            case ComplianceProofsRequested e -> touched(c, step);
            case ComplianceProofsSubmitted e -> submitted(c, e, step);
            case ComplianceProofsOverdue e -> new ComplianceCheckDetail(c.checkId(), c.contractId(), c.vendorId(),
                    c.occasion(), c.settlementId(), c.period(), c.status(), c.requested(), c.submitted(),
                    c.missing(), c.dueOn(), c.proofDueDays(), true, c.openedBy(), c.verifiedBy(),
                    c.verificationNotes(), c.violation(), step.sequence(), step.at());
            case EmploymentComplianceVerified e -> new ComplianceCheckDetail(c.checkId(), c.contractId(),
                    c.vendorId(), c.occasion(), c.settlementId(), c.period(), ComplianceCheckStatus.VERIFIED,
                    c.requested(), c.submitted(), c.missing(), c.dueOn(), c.proofDueDays(), c.overdue(),
                    c.openedBy(), step.user(), e.notes(), c.violation(), step.sequence(), step.at());
            case EmploymentComplianceViolationFound e -> new ComplianceCheckDetail(c.checkId(), c.contractId(),
                    c.vendorId(), c.occasion(), c.settlementId(), c.period(), ComplianceCheckStatus.VIOLATION_FOUND,
                    c.requested(), c.submitted(), c.missing(), c.dueOn(), c.proofDueDays(), c.overdue(),
                    c.openedBy(), c.verifiedBy(), c.verificationNotes(), new ViolationView(e.kind(), e.findings(),
                    e.evidenceRefs() == null ? List.of() : List.copyOf(e.evidenceRefs()), step.user(), step.at()),
                    step.sequence(), step.at());
        };
    }

    private static ComplianceCheckDetail submitted(ComplianceCheckDetail c, ComplianceProofsSubmitted e, Step step) {
        Set<ComplianceProof> now = e.submissions().stream().map(s -> s.proof()).collect(Collectors.toSet());
        List<SubmittedProofView> submitted = new ArrayList<>(c.submitted().stream()
                .filter(s -> !now.contains(s.proof())).toList());
        e.submissions().forEach(s -> submitted.add(new SubmittedProofView(s.proof(), s.reference(), step.user(),
                step.at())));
        Set<ComplianceProof> all = submitted.stream().map(SubmittedProofView::proof).collect(Collectors.toSet());
        List<ComplianceProof> missing = c.requested().stream().filter(p -> !all.contains(p)).toList();
        ComplianceCheckStatus status = c.status() == ComplianceCheckStatus.PROOFS_REQUESTED && missing.isEmpty()
                ? ComplianceCheckStatus.PROOFS_SUBMITTED : c.status();
        return new ComplianceCheckDetail(c.checkId(), c.contractId(), c.vendorId(), c.occasion(), c.settlementId(),
                c.period(), status, c.requested(), List.copyOf(submitted), missing, c.dueOn(), c.proofDueDays(),
                c.overdue(), c.openedBy(), c.verifiedBy(), c.verificationNotes(), c.violation(), step.sequence(),
                step.at());
    }

    private static ComplianceCheckDetail touched(ComplianceCheckDetail c, Step step) {
        return new ComplianceCheckDetail(c.checkId(), c.contractId(), c.vendorId(), c.occasion(), c.settlementId(),
                c.period(), c.status(), c.requested(), c.submitted(), c.missing(), c.dueOn(), c.proofDueDays(),
                c.overdue(), c.openedBy(), c.verifiedBy(), c.verificationNotes(), c.violation(), step.sequence(),
                step.at());
    }
}
