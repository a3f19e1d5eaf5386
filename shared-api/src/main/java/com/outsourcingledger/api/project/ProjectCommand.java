package com.outsourcingledger.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Everything that can be asked of an outsourcing project. The acting user and department travel as message
 * metadata. Sourcing, award, contract and closure commands come from processes, not from people directly.
 */
public sealed interface ProjectCommand {

    String projectId();

    record DraftProject(@TargetAggregateIdentifier String projectId, ProjectRequest request) implements ProjectCommand {
    }

    record ReviseProject(@TargetAggregateIdentifier String projectId, ProjectRequest request) implements ProjectCommand {
    }

    record SubmitProject(@TargetAggregateIdentifier String projectId) implements ProjectCommand {
    }

    record CancelProject(@TargetAggregateIdentifier String projectId, String reason) implements ProjectCommand {
    }

    /** {@code shamOutsourcingRisk} belongs to the HR step and to no other. */
    record ReviewProject(@TargetAggregateIdentifier String projectId, ApprovalStep step, ReviewOpinion opinion,
                         String comment, ShamOutsourcingRisk shamOutsourcingRisk) implements ProjectCommand {
    }

    record StartProjectSourcing(@TargetAggregateIdentifier String projectId, String sourcingId)
            implements ProjectCommand {
    }

    record AwardProject(@TargetAggregateIdentifier String projectId, String sourcingId, String vendorId)
            implements ProjectCommand {
    }

    record MarkProjectContracted(@TargetAggregateIdentifier String projectId, String contractId)
            implements ProjectCommand {
    }

    record MarkProjectActive(@TargetAggregateIdentifier String projectId, String contractId)
            implements ProjectCommand {
    }

    record CloseProject(@TargetAggregateIdentifier String projectId) implements ProjectCommand {
    }

    /** Sent by the sourcing process when the project's sourcing round is cancelled. */
    record CancelProjectSourcing(@TargetAggregateIdentifier String projectId, String sourcingId, String reason)
            implements ProjectCommand {
    }

    /** Sent by the contracting process when a renewal review of one of the project's contracts decides RETENDER. */
    record OpenProjectRetender(@TargetAggregateIdentifier String projectId, String contractId)
            implements ProjectCommand {
    }
}
