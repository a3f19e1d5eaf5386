package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.compliance.ComplianceCheckEvent;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.*;
import com.outsourcingledger.api.compliance.ComplianceCheckStatus;
import com.outsourcingledger.api.compliance.ComplianceProof;
import com.outsourcingledger.api.compliance.ProofSubmission;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityRow;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an employment-compliance check event changes on the dashboard: whether the check still waits for proofs
 * ({@link #WAITING}), is past its due day with proofs missing ({@link #OVERDUE}), or has them all or is concluded
 * (its status). The row's {@code name} holds the proofs still missing, {@code ,ROSTER,WAGE_VOUCHERS,}.
 */
final class ComplianceCheckChanges {

    static final String WAITING = ComplianceCheckStatus.PROOFS_REQUESTED.name();
    static final String OVERDUE = "OVERDUE";

    private ComplianceCheckChanges() {
    }

    /** {@code check} is null before the request of proofs. */
    static EntityRow apply(EntityRow check, ComplianceCheckEvent event, long sequence) {
        if (check == null) {
            return event instanceof ComplianceProofsRequested e
                    ? EntityRow.created(DashboardRows.COMPLIANCE_CHECK, e.checkId(), column(e.proofs()),
                    e.vendorId(), WAITING, e.dueOn(), null, sequence)
                    : null;
        }
        return switch (event) {
            case ComplianceProofsRequested e -> check;
            case ComplianceProofsSubmitted e -> submitted(check, e.submissions());
            case ComplianceProofsOverdue e -> WAITING.equals(check.status()) ? check.status(OVERDUE) : check;
            case EmploymentComplianceVerified e -> check.status(ComplianceCheckStatus.VERIFIED.name());
            case EmploymentComplianceViolationFound e -> check.status(ComplianceCheckStatus.VIOLATION_FOUND.name());
        };
    }

    private static EntityRow submitted(EntityRow check, List<ProofSubmission> submissions) {
        Set<ComplianceProof> now = submissions.stream().map(ProofSubmission::proof).collect(Collectors.toSet());
        List<ComplianceProof> missing = Arrays.stream(check.name().split(",")).filter(p -> !p.isEmpty())
                .map(ComplianceProof::valueOf).filter(p -> !now.contains(p)).toList();
        EntityRow after = check.describe(column(missing), check.termEnd(), check.currency());
        boolean waiting = WAITING.equals(check.status()) || OVERDUE.equals(check.status());
        return waiting && missing.isEmpty() ? after.status(ComplianceCheckStatus.PROOFS_SUBMITTED.name()) : after;
    }

    private static String column(List<ComplianceProof> proofs) {
        return proofs.isEmpty() ? "" : proofs.stream().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }
}
