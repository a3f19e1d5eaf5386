package com.outsourcingledger.command.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.outsourcingledger.api.contract.ContractCommand.IssueRectificationNotice;
import com.outsourcingledger.api.contract.ContractCommand.RecordFinalSettlement;
import com.outsourcingledger.api.contract.ContractCommand.ReserveSettlementAmount;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.input.DerivedIds;
import com.outsourcingledger.api.refusal.RuleViolation;
import com.outsourcingledger.api.refusal.SettlementRuleCodes;
import com.outsourcingledger.api.settlement.SettlementCommand.WithdrawSettlementApproval;
import com.outsourcingledger.api.settlement.SettlementEvent.PaymentRecorded;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementApproved;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementHeld;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementRequested;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Carries one settlement's consequences to its contract, one saga per settlement until it is paid: an approval is
 * reserved against the contract's total (refused over the cap, the approval is withdrawn and the settlement
 * returned); a failed compliance spot check opens a COMPLIANCE rectification notice on the contract (today an
 * {@code IssueRectificationNotice} without a metric, due in {@link #RECTIFICATION_DAYS}; a hold for an employment
 * compliance check's violation has its notice from {@link ComplianceProcess}); the final settlement,
 * once paid, is recorded as the contract's exit step.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class SettlementProcess {

    /** The contract policy's default rectification days, for a notice opened by a failed compliance check. */
    static final int RECTIFICATION_DAYS = 30;

    private String settlementId;
    private String contractId;
    private boolean finalSettlement;
    private int holds;

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient Clock clock;

    static String noticeIdFor(String settlementId, int hold) {
        return DerivedIds.fit("compliance:" + settlementId + ":" + hold);
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "settlementId")
    void on(SettlementRequested event) {
        settlementId = event.settlementId();
        contractId = event.contractId();
        finalSettlement = event.finalSettlement();
    }

    @SagaEventHandler(associationProperty = "settlementId")
    void on(SettlementHeld event) {
        if (event.complianceCheckId() != null) {
            return;
        }
        holds++;
        send(new IssueRectificationNotice(contractId, noticeIdFor(settlementId, holds), null,
                "Employment compliance (settlement " + settlementId + "): " + event.reason(),
                LocalDate.now(clock).plusDays(RECTIFICATION_DAYS), RectificationTrigger.COMPLIANCE, false, List.of()));
    }

    @SagaEventHandler(associationProperty = "settlementId")
    void on(SettlementApproved event) {
        ProcessCommands.attempt(commands, new ReserveSettlementAmount(contractId, settlementId, event.amount(),
                        event.penalties()), getClass(), subject())
                .filter(refusal -> !(refusal instanceof RuleViolation violation
                        && SettlementRuleCodes.RESERVATION_ALREADY_RESERVED.equals(violation.rule())))
                .ifPresent(refusal -> send(new WithdrawSettlementApproval(settlementId,
                        "The contract refused the approved amount: " + reasonOf(refusal))));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "settlementId")
    void on(PaymentRecorded event) {
        if (finalSettlement) {
            send(new RecordFinalSettlement(contractId, event.amount(), event.reference(), settlementId));
        }
    }

    private static String reasonOf(Object refusal) {
        return refusal instanceof RuleViolation violation ? violation.rule() + ": " + violation.detail()
                : String.valueOf(refusal);
    }

    private String subject() {
        return "settlement " + settlementId + " of contract " + contractId;
    }

    private void send(Object command) {
        ProcessCommands.send(commands, command, getClass(), subject());
    }
}
