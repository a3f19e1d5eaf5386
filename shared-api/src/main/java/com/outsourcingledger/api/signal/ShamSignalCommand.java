package com.outsourcingledger.api.signal;

import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A sham-outsourcing signal on one contract: raised by the ledger, triaged by HR with LEGAL consulted (§13). */
public sealed interface ShamSignalCommand {

    String signalId();

    /** Sent by the signal detection process only; the id is derived from the source event, so a redelivery
     * raises nothing twice. */
    record RaiseShamSignal(@TargetAggregateIdentifier String signalId, String contractId, ShamSignalType type,
                           String description, List<SignalSource> sources) implements ShamSignalCommand {
    }

    /** LEGAL's opinion, required before HR concludes the triage. */
    record RecordLegalOpinionOnSignal(@TargetAggregateIdentifier String signalId, String opinion)
            implements ShamSignalCommand {
    }

    /** HR: not a sham-outsourcing sign after all, with the reason. */
    record DismissShamSignal(@TargetAggregateIdentifier String signalId, String reason) implements ShamSignalCommand {
    }

    /**
     * HR: confirmed, with the response and the contract's sham-outsourcing risk as re-assessed on this
     * confirmation (recorded on the contract).
     */
    record ConfirmShamSignal(@TargetAggregateIdentifier String signalId, ShamSignalResponse response,
                             String explanation, ShamOutsourcingRisk reassessedRisk) implements ShamSignalCommand {
    }
}
