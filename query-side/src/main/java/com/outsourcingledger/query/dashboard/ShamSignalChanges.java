package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.ShamOutsourcingRiskAssessed;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectEvent.ProjectReviewed;
import com.outsourcingledger.api.signal.ShamSignalEvent;
import com.outsourcingledger.api.signal.ShamSignalEvent.*;
import com.outsourcingledger.api.signal.ShamSignalStatus;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityKey;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityRow;

/**
 * What sham-outsourcing events change on the dashboard (§13): a row per signal whose status is counted (the open
 * ones lead the dashboard), a row per contract whose status is its current risk level (the HIGH ones lead it too),
 * and a row per project holding the level its HR review named, from which each of its contracts starts. A row's
 * {@code name} holds the contract id (signal) or project id (contract's level).
 */
final class ShamSignalChanges {

    private ShamSignalChanges() {
    }

    /** {@code signal} is null before it is raised. */
    static EntityRow signal(EntityRow signal, ShamSignalEvent event, long sequence) {
        if (signal == null) {
            return event instanceof ShamSignalRaised e
                    ? EntityRow.created(DashboardRows.SHAM_SIGNAL, e.signalId(), e.contractId(), e.vendorId(),
                    ShamSignalStatus.OPEN.name(), null, null, sequence)
                    : null;
        }
        return switch (event) {
            case ShamSignalRaised e -> signal;
            case ShamSignalLegalOpinionRecorded e -> signal;
            case ShamSignalDismissed e -> signal.status(ShamSignalStatus.DISMISSED.name());
            case ShamSignalConfirmed e -> signal.status(ShamSignalStatus.CONFIRMED.name());
        };
    }

    /** The project's level as its HR review names it; null (nothing changes) for any other project event. */
    static EntityRow projectRisk(EntityRow project, ProjectEvent event, long sequence) {
        if (!(event instanceof ProjectReviewed e) || e.step() != ApprovalStep.HR_COMPLIANCE
                || e.shamOutsourcingRisk() == null) {
            return null;
        }
        return project == null
                ? EntityRow.created(DashboardRows.PROJECT_RISK, e.projectId(), e.projectId(), null,
                e.shamOutsourcingRisk().name(), null, null, sequence)
                : project.status(e.shamOutsourcingRisk().name());
    }

    /** A contract's level: its project's as drafted (no row while that is unknown), then each re-assessment. */
    static EntityRow contractRisk(DashboardBatch batch, EntityRow contract, ContractEvent event, long sequence) {
        return switch (event) {
            case ContractDrafted e when contract == null && e.projectId() != null -> {
                EntityKey project = new EntityKey(DashboardRows.PROJECT_RISK, e.projectId());
                batch.fetch(project);
                yield batch.entities.get(project).map(p -> EntityRow.created(DashboardRows.SHAM_RISK,
                        e.contractId(), e.projectId(), e.vendorId(), p.status(), null, null, sequence)).orElse(null);
            }
            case ShamOutsourcingRiskAssessed e -> contract == null
                    ? EntityRow.created(DashboardRows.SHAM_RISK, e.contractId(), null, e.vendorId(),
                    e.risk().name(), null, null, sequence)
                    : contract.status(e.risk().name());
            default -> null;
        };
    }
}
