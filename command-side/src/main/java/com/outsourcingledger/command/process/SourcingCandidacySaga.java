package com.outsourcingledger.command.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.outsourcingledger.api.sourcing.SourcingCommand.RemoveCandidate;
import com.outsourcingledger.api.sourcing.SourcingEvent.CandidateRemoved;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingAwarded;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingCancelled;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingOpened;
import com.outsourcingledger.api.vendor.VendorEvent.VendorBlacklisted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorEliminated;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Takes a candidate that is eliminated or blacklisted out of every open sourcing: one saga per sourcing,
 * associated with each of its candidates, so a vendor sanction reaches every open round the vendor stands in.
 * It ends with the round (award or cancellation).
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class SourcingCandidacySaga {

    private String sourcingId;

    @Autowired
    private transient CommandGateway commands;

    @StartSaga
    @SagaEventHandler(associationProperty = "sourcingId")
    void on(SourcingOpened event) {
        sourcingId = event.sourcingId();
        event.candidateVendorIds().forEach(vendorId -> SagaLifecycle.associateWith("vendorId", vendorId));
    }

    @SagaEventHandler(associationProperty = "vendorId")
    void on(VendorEliminated event) {
        send(new RemoveCandidate(sourcingId, event.vendorId(), "ELIMINATED", event.reason()));
    }

    @SagaEventHandler(associationProperty = "vendorId")
    void on(VendorBlacklisted event) {
        send(new RemoveCandidate(sourcingId, event.vendorId(), "BLACKLISTED", event.reason()));
    }

    @SagaEventHandler(associationProperty = "sourcingId")
    void on(CandidateRemoved event) {
        SagaLifecycle.removeAssociationWith("vendorId", event.vendorId());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "sourcingId")
    void on(SourcingAwarded event) {
        // the round is decided; sanctions now concern the contract
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "sourcingId")
    void on(SourcingCancelled event) {
        // the round is over
    }

    private void send(Object command) {
        ProcessCommands.send(commands, command, getClass(), "sourcing " + sourcingId);
    }
}
