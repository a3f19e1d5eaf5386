package com.outsourcingledger.api.sourcing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Map;

/** Everything that can be asked of a sourcing (寻源/评标) for one project. */
public sealed interface SourcingCommand {

    String sourcingId();

    /** {@code policy} may be null for the standard policy. */
    record OpenSourcing(@TargetAggregateIdentifier String sourcingId, String projectId,
                        List<String> candidateVendorIds, List<PanelMember> panel, ScoringPolicy policy)
            implements SourcingCommand {
    }

    record SubmitScoreSheet(@TargetAggregateIdentifier String sourcingId, String vendorId,
                            Map<Criterion, Integer> scores, String comment) implements SourcingCommand {
    }

    record ConsolidateScores(@TargetAggregateIdentifier String sourcingId) implements SourcingCommand {
    }

    /** {@code justification} is required unless the vendor is ranked first. */
    record AwardSourcing(@TargetAggregateIdentifier String sourcingId, String vendorId, String justification)
            implements SourcingCommand {
    }

    record CancelSourcing(@TargetAggregateIdentifier String sourcingId, String reason) implements SourcingCommand {
    }

    /** Sent by the candidacy process when a candidate vendor is eliminated or blacklisted. */
    record RemoveCandidate(@TargetAggregateIdentifier String sourcingId, String vendorId, String sanction,
                           String reason) implements SourcingCommand {
    }
}
