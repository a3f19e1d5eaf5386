package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ContractQuery.ExitView;

import java.time.LocalDate;

/** The exit part of {@link ContractView}'s fold: which exit steps are recorded, and whether access went late. */
final class ExitSteps {

    private ExitSteps() {
    }

    static ExitView opened(LocalDate lastServiceDay) {
        return new ExitView(lastServiceDay, null, null, null, null, null, false);
    }

    static ExitView after(ExitView x, ContractEvent event) {
        return switch (event) {
            case KnowledgeTransferRecorded e -> new ExitView(x.lastServiceDay(), e.recordedOn(), x.assetsRecoveredOn(),
                    x.accessRevokedOn(), x.finalSettlement(), x.closedOn(), x.accessRevokedLate());
            case AssetsRecoveredRecorded e -> new ExitView(x.lastServiceDay(), x.knowledgeTransferredOn(), e.recordedOn(),
                    x.accessRevokedOn(), x.finalSettlement(), x.closedOn(), x.accessRevokedLate());
            case WorkerAccessRevoked e -> new ExitView(x.lastServiceDay(), x.knowledgeTransferredOn(),
                    x.assetsRecoveredOn(), e.revokedOn(), x.finalSettlement(), x.closedOn(), Boolean.TRUE.equals(e.late()));
            case FinalSettlementRecorded e -> new ExitView(x.lastServiceDay(), x.knowledgeTransferredOn(),
                    x.assetsRecoveredOn(), x.accessRevokedOn(), e.amount(), x.closedOn(), x.accessRevokedLate());
            case ContractClosed e -> new ExitView(x.lastServiceDay(), x.knowledgeTransferredOn(), x.assetsRecoveredOn(),
                    x.accessRevokedOn(), x.finalSettlement(), e.closedOn(), x.accessRevokedLate());
            default -> x;
        };
    }
}
