package com.outsourcingledger.query.signal;

import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.signal.ShamSignalQuery.ContractShamRisk;
import com.outsourcingledger.api.signal.ShamSignalQuery.ShamRiskAssessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract's stored risk level: the answer itself, whether the contract was re-assessed on its own (after which
 * its project's HR review no longer sets the level), and the contract event last folded in.
 */
record ShamRiskDocument(ContractShamRisk risk, boolean assessed, long sequence, Instant lastChangedAt) {

    /** A contract as drafted: its level is its project's HR assessment, when one is known. */
    static ShamRiskDocument drafted(String contractId, String projectId, String vendorId,
                                    ShamRiskAssessment projectReview, long sequence, Instant at) {
        List<ShamRiskAssessment> history = projectReview == null ? List.of() : List.of(projectReview);
        return new ShamRiskDocument(of(contractId, projectId, vendorId, history), false, sequence, at);
    }

    /** The project's HR review, while the contract was never re-assessed: it replaces the initial level. */
    ShamRiskDocument reviewed(ShamRiskAssessment projectReview) {
        if (assessed) {
            return this;
        }
        return new ShamRiskDocument(of(risk.contractId(), risk.projectId(), risk.vendorId(), List.of(projectReview)),
                false, sequence, lastChangedAt);
    }

    /** A {@code ShamOutsourcingRiskAssessed}, appended to the history. */
    ShamRiskDocument assessed(ShamRiskAssessment assessment, long newSequence) {
        List<ShamRiskAssessment> history = new ArrayList<>(risk.history());
        history.add(assessment);
        return new ShamRiskDocument(of(risk.contractId(), risk.projectId(), risk.vendorId(), history), true,
                newSequence, assessment.assessedAt());
    }

    int rank() {
        return risk.level() == null ? 0 : risk.level().ordinal() + 1;
    }

    static ShamOutsourcingRisk ofRank(int rank) {
        return rank <= 0 ? null : ShamOutsourcingRisk.values()[rank - 1];
    }

    private static ContractShamRisk of(String contractId, String projectId, String vendorId,
                                       List<ShamRiskAssessment> history) {
        ShamRiskAssessment last = history.isEmpty() ? null : history.getLast();
        ShamOutsourcingRisk level = last == null ? null : last.risk();
        ShamRiskOccasion occasion = last == null ? null : last.occasion();
        return new ContractShamRisk(contractId, projectId, vendorId, level, occasion,
                last == null ? null : last.signalId(), last == null ? null : last.assessedBy(),
                last == null ? null : last.assessedAt(), history.size(), List.copyOf(history));
    }
}
