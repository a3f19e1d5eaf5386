package com.outsourcingledger.command.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.outsourcingledger.api.compliance.ComplianceCheckCommand.OpenComplianceCheck;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.ComplianceProofsRequested;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.EmploymentComplianceVerified;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.EmploymentComplianceViolationFound;
import com.outsourcingledger.api.compliance.ComplianceCheckOccasion;
import com.outsourcingledger.api.compliance.ComplianceProof;
import com.outsourcingledger.api.contract.ContractCommand.IssueRectificationNotice;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.input.DerivedIds;
import com.outsourcingledger.api.refusal.ComplianceRuleCodes;
import com.outsourcingledger.api.refusal.RuleViolation;
import com.outsourcingledger.api.settlement.SettlementCommand.HoldSettlementForCompliance;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementRequested;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * One employment-compliance check's consequences (§13, §11 step 3), one saga per check until it is concluded: each
 * settlement request opens the check of its cycle ({@link #checkIdFor}), asking for every
 * proof by the policy's due date; a violation found opens a COMPLIANCE rectification notice on the contract, due in
 * the contract policy's {@link SettlementProcess#RECTIFICATION_DAYS}, and holds the check's settlement, if any. A
 * redelivered event meets the check already open, the notice already issued and the hold already taken; a check
 * the contract refuses (one no longer in force, at its final settlement) ends the saga.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class ComplianceProcess {

    private static final String SETTLEMENT = ":settlement:";

    private String checkId;

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient Clock clock;

    /** {@code {contractId}:settlement:{period}} checked as {@code {contractId}:compliance:{period}}. */
    static String checkIdFor(String settlementId) {
        return DerivedIds.fit(settlementId.contains(SETTLEMENT) ? settlementId.replace(SETTLEMENT, ":compliance:")
                : "compliance:" + settlementId);
    }

    /** The notice is named as its check: ids are unique per contract and fit where a notice id goes. */
    static String noticeIdFor(String checkId) {
        return checkId;
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "settlementId")
    void on(SettlementRequested event) {
        checkId = checkIdFor(event.settlementId());
        SagaLifecycle.associateWith("checkId", checkId);
        ProcessCommands.attempt(commands, new OpenComplianceCheck(checkId, event.contractId(),
                        ComplianceCheckOccasion.SETTLEMENT_CYCLE, event.settlementId(), event.period(),
                        List.of(ComplianceProof.values()), null), getClass(), "compliance check " + checkId)
                .filter(refusal -> !(refusal instanceof RuleViolation violation
                        && ComplianceRuleCodes.OPEN_ALREADY_OPEN.equals(violation.rule())))
                .ifPresent(refusal -> SagaLifecycle.end());
    }

    /** An ad hoc check starts its saga here; a settlement's check has one already. */
    @StartSaga
    @SagaEventHandler(associationProperty = "checkId")
    void on(ComplianceProofsRequested event) {
        checkId = event.checkId();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "checkId")
    void on(EmploymentComplianceVerified event) {
        // concluded: nothing follows
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "checkId")
    void on(EmploymentComplianceViolationFound event) {
        String reason = "Employment compliance check " + checkId + " found a " + event.kind() + " violation: "
                + event.findings();
        send(new IssueRectificationNotice(event.contractId(), noticeIdFor(checkId), null, reason,
                LocalDate.now(clock).plusDays(SettlementProcess.RECTIFICATION_DAYS), RectificationTrigger.COMPLIANCE,
                false, event.evidenceRefs() == null ? List.of() : event.evidenceRefs()));
        if (event.settlementId() != null) {
            send(new HoldSettlementForCompliance(event.settlementId(), checkId, reason));
        }
    }

    private void send(Object command) {
        ProcessCommands.send(commands, command, getClass(), "compliance check " + checkId);
    }
}
