package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.ShamOutsourcingRiskAssessed;
import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectEvent.ProjectReviewed;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.signal.ShamSignalEvent.ShamSignalDismissed;
import com.outsourcingledger.api.signal.ShamSignalEvent.ShamSignalRaised;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.signal.SignalSource;

import java.util.List;

import static com.outsourcingledger.query.dashboard.DashboardSamples.TODAY;

/**
 * Sham-outsourcing history for the dashboard: two projects reviewed by HR (MEDIUM, HIGH), a contract of each and one
 * of a project whose review named no level, three signals of which one dismissed, and the contracts re-assessed
 * (c-1 to HIGH on a confirmed signal, c-2 down to LOW): two open signals, one HIGH contract.
 */
final class DashboardSignalSamples {

    private DashboardSignalSamples() {
    }

    static List<Object> signals() {
        return List.of(hrReview("p-1", ShamOutsourcingRisk.MEDIUM), hrReview("p-2", ShamOutsourcingRisk.HIGH),
                drafted("c-1", "p-1", "v-1"), drafted("c-2", "p-2", "v-1"), drafted("c-3", "p-9", "v-2"),
                raised("s-1", "c-1", "v-1"), raised("s-2", "c-1", "v-1"), raised("s-3", "c-2", "v-1"),
                new ShamSignalDismissed("s-3", "c-2", "v-1", "误报"),
                new ShamOutsourcingRiskAssessed("c-1", "v-1", ShamOutsourcingRisk.HIGH,
                        ShamRiskOccasion.SIGNAL_CONFIRMED, "s-1", "确认"),
                new ShamOutsourcingRiskAssessed("c-2", "v-1", ShamOutsourcingRisk.LOW, ShamRiskOccasion.AD_HOC, null,
                        "复评"));
    }

    static ProjectReviewed hrReview(String projectId, ShamOutsourcingRisk risk) {
        return new ProjectReviewed(projectId, 1, ApprovalStep.HR_COMPLIANCE, ReviewOpinion.APPROVE, "同意", risk,
                "hr", Department.HR, TODAY);
    }

    static ContractDrafted drafted(String contractId, String projectId, String vendorId) {
        ContractDrafted d = DashboardSamples.contractDrafted(contractId, vendorId, TODAY.plusYears(1));
        return new ContractDrafted(contractId, projectId, vendorId, d.title(), d.term(), d.content());
    }

    static ShamSignalRaised raised(String signalId, String contractId, String vendorId) {
        return new ShamSignalRaised(signalId, contractId, vendorId, "p-1", ShamSignalType.PER_HEAD_PRICING, "按人头计价",
                List.of(new SignalSource("e-" + signalId, "Contract", contractId, 0, "ContractDrafted")));
    }
}
