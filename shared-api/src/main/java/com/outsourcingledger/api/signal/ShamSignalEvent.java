package com.outsourcingledger.api.signal;

import com.outsourcingledger.api.project.ShamOutsourcingRisk;

import java.util.List;

/**
 * What happened to one sham-outsourcing signal (§13). Stored type names are forever: evolve with {@code @Revision}
 * and upcasters or {@code @AddedLater}, never by moving or renaming a record.
 */
public sealed interface ShamSignalEvent {

    String signalId();

    record ShamSignalRaised(String signalId, String contractId, String vendorId, String projectId,
                            ShamSignalType type, String description, List<SignalSource> sources)
            implements ShamSignalEvent {
    }

    record ShamSignalLegalOpinionRecorded(String signalId, String contractId, String opinion)
            implements ShamSignalEvent {
    }

    record ShamSignalDismissed(String signalId, String contractId, String vendorId, String reason)
            implements ShamSignalEvent {
    }

    record ShamSignalConfirmed(String signalId, String contractId, String vendorId, ShamSignalType type,
                               ShamSignalResponse response, String explanation, ShamOutsourcingRisk reassessedRisk)
            implements ShamSignalEvent {
    }
}
