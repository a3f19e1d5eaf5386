package com.outsourcingledger.command.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.outsourcingledger.api.contract.ContractCommand.ClearContractFlag;
import com.outsourcingledger.api.contract.ContractCommand.FlagContractForVendorSuspension;
import com.outsourcingledger.api.contract.ContractCommand.SanctionContractForVendor;
import com.outsourcingledger.api.contract.ContractEvent.ContractClosed;
import com.outsourcingledger.api.contract.ContractEvent.ContractDraftWithdrawn;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.ContractExpired;
import com.outsourcingledger.api.contract.ContractEvent.ContractTerminated;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmitted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorBlacklisted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorEliminated;
import com.outsourcingledger.api.vendor.VendorEvent.VendorReinstated;
import com.outsourcingledger.api.vendor.VendorEvent.VendorSuspended;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ties one contract to the status of its vendor for as long as the contract runs (until it expires, is
 * terminated, closes, or its draft is withdrawn): a suspended vendor flags the contract (no signing, no
 * renewal) until it is reinstated; an eliminated or blacklisted vendor gets the contract suspended with
 * termination recommended. One saga per contract, associated with both
 * the contract and the vendor, so a vendor event reaches every running contract of that vendor.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class VendorSanctionSaga {

    private String contractId;
    private String vendorId;
    private boolean flagged;

    @Autowired
    private transient CommandGateway commands;

    @StartSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractDrafted event) {
        contractId = event.contractId();
        vendorId = event.vendorId();
        SagaLifecycle.associateWith("vendorId", vendorId);
    }

    @SagaEventHandler(associationProperty = "vendorId")
    void on(VendorSuspended event) {
        if (!flagged) {
            flagged = true;
            send(new FlagContractForVendorSuspension(contractId, vendorId, event.reason()));
        }
    }

    @SagaEventHandler(associationProperty = "vendorId")
    void on(VendorReinstated event) {
        if (flagged) {
            flagged = false;
            send(new ClearContractFlag(contractId, vendorId, event.reason()));
        }
    }

    /** A vendor eliminated and then admitted again no longer holds the flag of its old suspension. */
    @SagaEventHandler(associationProperty = "vendorId")
    void on(VendorAdmitted event) {
        if (flagged) {
            flagged = false;
            send(new ClearContractFlag(contractId, vendorId, "Vendor admitted again"));
        }
    }

    @SagaEventHandler(associationProperty = "vendorId")
    void on(VendorEliminated event) {
        send(new SanctionContractForVendor(contractId, vendorId, "ELIMINATED", event.reason()));
    }

    @SagaEventHandler(associationProperty = "vendorId")
    void on(VendorBlacklisted event) {
        send(new SanctionContractForVendor(contractId, vendorId, "BLACKLISTED", event.reason()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractExpired event) {
        // the contract no longer runs; its vendor's status no longer concerns it
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractTerminated event) {
        // the contract no longer runs; its vendor's status no longer concerns it
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractClosed event) {
        // normally ended already on expiry or termination
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "contractId")
    void on(ContractDraftWithdrawn event) {
        // the draft was given up before signing; there is no contract left to flag or sanction
    }

    private void send(Object command) {
        ProcessCommands.send(commands, command, getClass(), "contract " + contractId + " of vendor " + vendorId);
    }
}
