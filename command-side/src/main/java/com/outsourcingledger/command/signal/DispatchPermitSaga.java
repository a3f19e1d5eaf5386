package com.outsourcingledger.command.signal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationAdded;
import com.outsourcingledger.command.lookup.VendorPermits;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.outsourcingledger.command.lookup.EventSources.sourceOf;

/**
 * The LABOR_DISPATCH_PERMIT signal of one contract (§13): a saga per contract, associated with its vendor like the
 * vendor sanction saga, because the sign joins two streams: a contract signed with a vendor that holds a
 * labor-dispatch permit (looked up in the vendor's stream, both events named), and a permit put on file while the
 * contract is SIGNED or ACTIVE (one signal per contract for that one vendor event). It ends with the contract.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class DispatchPermitSaga {

    private static final ShamSignalType TYPE = ShamSignalType.LABOR_DISPATCH_PERMIT;

    private String contractId;
    private String vendorId;
    private boolean running;

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient VendorPermits permits;

    @StartSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractDrafted event) {
        contractId = event.contractId();
        vendorId = event.vendorId();
        SagaLifecycle.associateWith("vendorId", vendorId);
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractSigned event, DomainEventMessage<?> message) {
        running = true;
        permits.laborDispatchPermit(vendorId).ifPresent(permit -> SignalRaising.raise(commands,
                SignalRaising.signalIdOf(TYPE, message.getIdentifier()), contractId, TYPE,
                "Contract " + contractId + " was signed with vendor " + vendorId + ", which holds a labor-dispatch"
                        + " permit", List.of(sourceOf(message), permit)));
    }

    @SagaEventHandler(associationProperty = "vendorId")
    void on(QualificationAdded event, DomainEventMessage<?> message) {
        if (running && event.type() == QualificationType.LABOR_DISPATCH_PERMIT) {
            SignalRaising.raise(commands, SignalRaising.signalIdOf(TYPE, message.getIdentifier(), contractId),
                    contractId, TYPE, "Vendor " + vendorId + " put a labor-dispatch permit on file while contract "
                            + contractId + " runs", List.of(sourceOf(message)));
        }
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractActivated event) {
        running = true;
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractSuspended event) {
        running = false;
    }

    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractResumed event) {
        running = true;
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractExpired event) {
        running = false;
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractTerminated event) {
        running = false;
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractDraftWithdrawn event) {
        running = false;
    }
}
