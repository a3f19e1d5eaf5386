package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.ClearContractFlag;
import com.outsourcingledger.api.contract.ContractCommand.FlagContractForVendorSuspension;
import com.outsourcingledger.api.contract.ContractCommand.SanctionContractForVendor;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.SuspensionGround;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.command.lookup.VendorStatuses;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import static com.outsourcingledger.api.contract.ContractStatus.*;
import static com.outsourcingledger.command.contract.ContractRules.requireStatus;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What the vendor's sanctions do to the contract: a suspension flags it until the flag is cleared; a blacklisting
 * or elimination suspends it and recommends its termination; either cancels a renewal awaiting its co-review.
 * Nothing is signed, resumed or renewed while it is flagged or while the vendor is not ADMITTED.
 */
class VendorSanctions {

    private final Contract contract;
    private String vendorId;
    private boolean flagged;
    private Renewal renewal;

    VendorSanctions(Contract contract) {
        this.contract = contract;
    }

    /** The renewal a sanction cancels when a RENEW awaits its co-review. */
    void watch(Renewal renewal) {
        this.renewal = renewal;
    }

    @CommandHandler
    void handle(FlagContractForVendorSuspension command) {
        requireStatus(ContractRuleCodes.FLAG_WRONG_STATUS, contract.id(), contract.status(), "flag",
                DRAFTING, IN_REVIEW, APPROVED, SIGNED, ACTIVE, SUSPENDED);
        if (flagged) {
            throw Refusal.conflict(ContractRuleCodes.FLAG_ALREADY_FLAGGED,
                    "Contract " + contract.id() + " is already flagged");
        }
        apply(new ContractFlagged(contract.id(), command.vendorId(), command.reason()));
        renewal.cancelPending("Vendor " + command.vendorId() + " was SUSPENDED: " + command.reason());
    }

    @CommandHandler
    void handle(ClearContractFlag command) {
        if (!flagged) {
            throw Refusal.conflict(ContractRuleCodes.FLAG_NOT_FLAGGED, "Contract " + contract.id() + " is not flagged");
        }
        apply(new ContractFlagCleared(contract.id(), command.vendorId(), command.reason()));
    }

    @CommandHandler
    void handle(SanctionContractForVendor command) {
        ContractStatus status = contract.status();
        requireStatus(ContractRuleCodes.VENDOR_SANCTION_WRONG_STATUS, contract.id(), status, "vendor-sanction",
                DRAFTING, IN_REVIEW, APPROVED, SIGNED, ACTIVE, SUSPENDED);
        String explanation = "Vendor " + command.vendorId() + " was " + command.sanction() + ": " + command.reason();
        if (status == SIGNED || status == ACTIVE) {
            apply(new ContractSuspended(contract.id(), SuspensionGround.VENDOR_SANCTIONED, explanation));
        }
        apply(new TerminationRecommended(contract.id(), TerminationReason.VENDOR_SANCTIONED, explanation));
        renewal.cancelPending(explanation);
    }

    void requireSignable(String flaggedRule, String notAdmittedRule, VendorStatuses standings) {
        if (flagged) {
            throw Refusal.conflict(flaggedRule,
                    "Contract " + contract.id() + " is flagged because vendor " + vendorId + " is suspended");
        }
        requireAdmitted(notAdmittedRule, standings);
    }

    void requireAdmitted(String rule, VendorStatuses standings) {
        ContractRules.requireAdmitted(rule, vendorId, standings);
    }

    @EventSourcingHandler
    void on(ContractDrafted event) {
        vendorId = event.vendorId();
    }

    @EventSourcingHandler
    void on(ContractFlagged event) {
        flagged = true;
    }

    @EventSourcingHandler
    void on(ContractFlagCleared event) {
        flagged = false;
    }
}
