package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.ContractQuery.ContractDetail;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.risk.RiskFlag;

import java.util.EnumSet;
import java.util.Set;

/** The risk flags a contract carries, read from its detail; an ended contract carries none. */
final class ContractRisks {

    private static final Set<ContractStatus> ENDED =
            EnumSet.of(ContractStatus.EXPIRED, ContractStatus.TERMINATED, ContractStatus.CLOSED);

    private ContractRisks() {
    }

    static Set<RiskFlag> of(ContractDetail contract) {
        Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        if (ENDED.contains(contract.status())) {
            return flags;
        }
        if (contract.slaReviewOverdue()) {
            flags.add(RiskFlag.SLA_REVIEW_DUE);
        }
        if (contract.flagged()) {
            flags.add(RiskFlag.FLAGGED);
        }
        if (!contract.terminationRecommendations().isEmpty()) {
            flags.add(RiskFlag.TERMINATION_RECOMMENDED);
        }
        if (contract.renewal() != null && contract.renewal().reviewOpen()) {
            flags.add(RiskFlag.EXPIRY_APPROACHING);
        }
        return flags;
    }
}
