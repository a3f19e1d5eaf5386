package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.RecordAssetsRecovered;
import com.outsourcingledger.api.contract.ContractCommand.RecordFinalSettlement;
import com.outsourcingledger.api.contract.ContractCommand.RecordKnowledgeTransfer;
import com.outsourcingledger.api.contract.ContractCommand.RecordWorkerAccessRevoked;
import com.outsourcingledger.api.contract.ContractEvent.AssetsRecoveredRecorded;
import com.outsourcingledger.api.contract.ContractEvent.ContractClosed;
import com.outsourcingledger.api.contract.ContractEvent.ContractExpired;
import com.outsourcingledger.api.contract.ContractEvent.ContractTerminated;
import com.outsourcingledger.api.contract.ContractEvent.FinalSettlementRecorded;
import com.outsourcingledger.api.contract.ContractEvent.KnowledgeTransferRecorded;
import com.outsourcingledger.api.contract.ContractEvent.WorkerAccessRevoked;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import static com.outsourcingledger.api.contract.ContractStatus.EXPIRED;
import static com.outsourcingledger.api.contract.ContractStatus.TERMINATED;
import static com.outsourcingledger.command.contract.ContractRules.requireStatus;
import static com.outsourcingledger.command.contract.ContractRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The four exit steps (项目交接计划) an expired or terminated contract needs recorded before it closes; the final
 * settlement is the paid final settlement, recorded by the settlement process. Access
 * revoked after the last service day is recorded as late, a violation on record, so the contract can still close.
 */
class ExitChecklist {

    enum Step { KNOWLEDGE_TRANSFER, ASSETS_RECOVERED, ACCESS_REVOKED, FINAL_SETTLEMENT }

    private final Contract contract;
    private final EnumSet<Step> done = EnumSet.noneOf(Step.class);
    private LocalDate lastServiceDay;

    ExitChecklist(Contract contract) {
        this.contract = contract;
    }

    @CommandHandler
    void handle(RecordKnowledgeTransfer command, Clock clock) {
        requireOpen(Step.KNOWLEDGE_TRANSFER);
        apply(new KnowledgeTransferRecorded(contract.id(), LocalDate.now(clock), command.notes()));
        closeIfComplete(clock);
    }

    @CommandHandler
    void handle(RecordAssetsRecovered command, Clock clock) {
        requireOpen(Step.ASSETS_RECOVERED);
        apply(new AssetsRecoveredRecorded(contract.id(), LocalDate.now(clock), command.notes()));
        closeIfComplete(clock);
    }

    @CommandHandler
    void handle(RecordWorkerAccessRevoked command, Clock clock) {
        requireOpen(Step.ACCESS_REVOKED);
        LocalDate today = LocalDate.now(clock);
        LocalDate revokedOn = command.revokedOn() == null ? today : command.revokedOn();
        if (revokedOn.isAfter(today)) {
            throw Refusal.unprocessable(ContractRuleCodes.EXIT_ACCESS_REVOCATION_IN_FUTURE,
                    "Access is recorded as revoked once it is, not ahead on " + revokedOn);
        }
        boolean late = revokedOn.isAfter(lastServiceDay);
        apply(new WorkerAccessRevoked(contract.id(), revokedOn, lastServiceDay, command.notes(), late));
        closeIfComplete(clock);
    }

    @CommandHandler
    void handle(RecordFinalSettlement command, Clock clock) {
        requireOpen(Step.FINAL_SETTLEMENT);
        if (command.settlementId() == null) {
            throw Refusal.unprocessable(ContractRuleCodes.EXIT_SETTLEMENT_NOT_BY_SETTLEMENT, "The final settlement"
                    + " of contract " + contract.id() + " is recorded when its settlement " + contract.id()
                    + ":settlement:final is paid, not with an amount of its own");
        }
        if (command.amount() == null || command.amount().amount().signum() < 0) {
            throw Refusal.unprocessable(ContractRuleCodes.EXIT_SETTLEMENT_AMOUNT_REQUIRED,
                    "A final settlement states its amount, zero or more");
        }
        ContractContents.requireCurrency(ContractRuleCodes.EXIT_SETTLEMENT_CURRENCY_MISMATCH, contract.content(),
                command.amount(), "final settlement");
        requireText(ContractRuleCodes.EXIT_REFERENCE_REQUIRED, "exit", "reference", command.reference());
        apply(new FinalSettlementRecorded(contract.id(), command.amount(), command.reference(), LocalDate.now(clock),
                command.settlementId()));
        closeIfComplete(clock);
    }

    private void requireOpen(Step step) {
        requireStatus(ContractRuleCodes.EXIT_WRONG_STATUS, contract.id(), contract.status(), "exit", EXPIRED,
                TERMINATED);
        if (done.contains(step)) {
            throw Refusal.conflict(ContractRuleCodes.EXIT_ALREADY_RECORDED,
                    "Contract " + contract.id() + " already has " + step + " recorded");
        }
    }

    private void closeIfComplete(Clock clock) {
        if (done.size() == Step.values().length) {
            apply(new ContractClosed(contract.id(), LocalDate.now(clock)));
        }
    }

    @EventSourcingHandler
    void on(ContractExpired event) {
        lastServiceDay = event.endDate();
    }

    @EventSourcingHandler
    void on(ContractTerminated event) {
        lastServiceDay = event.lastServiceDay();
    }

    @EventSourcingHandler
    void on(KnowledgeTransferRecorded event) {
        done.add(Step.KNOWLEDGE_TRANSFER);
    }

    @EventSourcingHandler
    void on(AssetsRecoveredRecorded event) {
        done.add(Step.ASSETS_RECOVERED);
    }

    @EventSourcingHandler
    void on(WorkerAccessRevoked event) {
        done.add(Step.ACCESS_REVOKED);
    }

    @EventSourcingHandler
    void on(FinalSettlementRecorded event) {
        done.add(Step.FINAL_SETTLEMENT);
    }
}
