package com.outsourcingledger.command.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.outsourcingledger.api.contract.ContractCommand.IssueEvaluationRectificationNotice;
import com.outsourcingledger.api.contract.ContractEvent.ContractClosed;
import com.outsourcingledger.api.contract.ContractEvent.ContractDraftWithdrawn;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.RectificationFailed;
import com.outsourcingledger.api.evaluation.EvaluationEvent.PerformanceBelowStandard;
import com.outsourcingledger.api.vendor.VendorCommand.WarnVendor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The consequences of a contract's performance (DOMAIN §9, §10), one saga per contract until it closes: a confirmed
 * below-standard evaluation asks the contract for a rectification notice (the contract itself opens a PIP on the
 * second consecutive period), and a failed rectification warns the vendor. The contract refuses a second notice for
 * the same evaluation, and the saga remembers the failures it warned about, so a redelivered event changes nothing.
 * A failure recorded before failures counted (no below-standard period) warns nobody.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class PerformanceConsequenceSaga {

    private String contractId;
    private String vendorId;
    private Set<String> warned = new HashSet<>();

    @Autowired
    private transient CommandGateway commands;

    @StartSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractDrafted event) {
        contractId = event.contractId();
        vendorId = event.vendorId();
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(PerformanceBelowStandard event) {
        String grade = event.grade() == null ? null : event.grade().name();
        send(new IssueEvaluationRectificationNotice(contractId, event.evaluationId(), event.period(), grade));
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(RectificationFailed event) {
        if (event.belowStandardPeriod() != null && warned.add(event.noticeId())) {
            send(new WarnVendor(vendorId, "Rectification notice " + event.noticeId() + " of contract " + contractId
                    + " failed: " + event.notes(),
                    List.of("contract/" + contractId + "/rectification-notice/" + event.noticeId())));
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractClosed event) {
        // nothing more can fail or fall below standard
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractDraftWithdrawn event) {
        // the draft was never signed; it has no performance
    }

    private void send(Object command) {
        ProcessCommands.send(commands, command, getClass(), "contract " + contractId + " of vendor " + vendorId);
    }
}
