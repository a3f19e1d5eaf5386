package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.api.worker.WorkerEvent;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.api.worker.WorkerStatus;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityRow;

import java.math.BigDecimal;

/**
 * What a worker event changes on the dashboard: the worker's status, and whether it holds access after its exit
 * ({@link RiskFlag#LIVE_ACCESS_AFTER_EXIT}). The row's {@code name} holds the contract id, {@code termEnd} the last
 * service day and {@code amount} how many grants and assets the worker holds; no personal data is kept here.
 */
final class WorkerChanges {

    private WorkerChanges() {
    }

    /** {@code worker} is null before the filing. */
    static EntityRow apply(EntityRow worker, WorkerEvent event, long sequence) {
        if (worker == null) {
            return event instanceof WorkerFilingSubmitted e
                    ? EntityRow.created(DashboardRows.WORKER, e.workerId(), e.contractId(), e.vendorId(),
                    WorkerStatus.PROPOSED.name(), null, null, sequence).amount(BigDecimal.ZERO, null)
                    : null;
        }
        EntityRow after = switch (event) {
            case WorkerFilingSubmitted e -> worker.status(WorkerStatus.PROPOSED.name());
            case WorkerFilingResubmitted e -> worker.status(WorkerStatus.PROPOSED.name());
            case WorkerFiled e -> worker.status(WorkerStatus.FILED.name());
            case WorkerFilingRejected e -> worker.status(WorkerStatus.FILING_REJECTED.name());
            case WorkerInducted e -> worker.status(WorkerStatus.INDUCTED.name());
            case WorkerBadgeIssued e -> worker.status(WorkerStatus.ACTIVE.name());
            case AccessRequested e -> worker;
            case AccessRequestRejected e -> worker;
            case AccessChanged e -> worker;
            case AccessGranted e -> held(worker, 1);
            case AccessRevoked e -> held(worker, -1);
            case AssetIssued e -> held(worker, 1);
            case AssetReturned e -> held(worker, -1);
            case WorkerWithdrawn e -> worker.status(WorkerStatus.WITHDRAWN.name());
            case WorkerOffboardingStarted e -> worker.status(WorkerStatus.OFFBOARDING.name())
                    .describe(worker.name(), e.lastServiceDay(), worker.currency());
            case AccessRevocationOverdue e -> worker.raise(RiskFlag.LIVE_ACCESS_AFTER_EXIT);
            case WorkerExited e -> worker.status(WorkerStatus.EXITED.name()).amount(BigDecimal.ZERO, null);
            case WorkerPersonalDataErased e -> worker;
            case WorkerInductionRefused e -> worker;
            case WorkerSocialInsuranceProofRenewed e -> worker;
            case SocialInsuranceProofLapsed e -> worker;
        };
        return flagged(after);
    }

    private static EntityRow held(EntityRow worker, int delta) {
        BigDecimal held = worker.amount() == null ? BigDecimal.ZERO : worker.amount();
        return worker.amount(held.add(BigDecimal.valueOf(delta)).max(BigDecimal.ZERO), null);
    }

    /** Raised while something is held by a worker gone or past its last service day; lowered once nothing is. */
    private static EntityRow flagged(EntityRow worker) {
        boolean holds = worker.amount() != null && worker.amount().signum() > 0;
        if (!holds) {
            return worker.lower(RiskFlag.LIVE_ACCESS_AFTER_EXIT);
        }
        boolean gone = WorkerStatus.EXITED.name().equals(worker.status())
                || WorkerStatus.WITHDRAWN.name().equals(worker.status());
        return gone ? worker.raise(RiskFlag.LIVE_ACCESS_AFTER_EXIT) : worker;
    }
}
