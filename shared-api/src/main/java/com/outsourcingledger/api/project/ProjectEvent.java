package com.outsourcingledger.api.project;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.wire.AddedLater;

import java.time.LocalDate;

/**
 * What happened to an outsourcing project. Stored type names are forever: evolve with {@code @Revision} and
 * upcasters, never by moving or renaming a record.
 */
public sealed interface ProjectEvent {

    String projectId();

    record ProjectDrafted(String projectId, ProjectRequest request, String draftedBy) implements ProjectEvent {
    }

    record ProjectRevised(String projectId, ProjectRequest request, String revisedBy) implements ProjectEvent {
    }

    /** {@code round} counts submissions: a request returned for revision is submitted again in a new round. */
    record ProjectSubmitted(String projectId, String submittedBy, LocalDate submittedOn, int round)
            implements ProjectEvent {
    }

    /** One step of the approval chain; REJECT ends the request, RETURN sends it back to DRAFT. */
    record ProjectReviewed(String projectId, int round, ApprovalStep step, ReviewOpinion opinion, String comment,
                           ShamOutsourcingRisk shamOutsourcingRisk, String reviewer, Department department,
                           LocalDate reviewedOn) implements ProjectEvent {
    }

    record ProjectEstablished(String projectId, LocalDate establishedOn) implements ProjectEvent {
    }

    /** {@code sourcingId}: the sourcing round under way when the project was cancelled in SOURCING, else null. */
    record ProjectCancelled(String projectId, String reason, LocalDate cancelledOn, @AddedLater String sourcingId)
            implements ProjectEvent {
    }

    record ProjectSourcingStarted(String projectId, String sourcingId) implements ProjectEvent {
    }

    record ProjectAwarded(String projectId, String sourcingId, String vendorId, LocalDate awardedOn)
            implements ProjectEvent {
    }

    record ProjectContracted(String projectId, String contractId, LocalDate contractedOn) implements ProjectEvent {
    }

    record ProjectActivated(String projectId, String contractId, LocalDate activatedOn) implements ProjectEvent {
    }

    record ProjectClosed(String projectId, LocalDate closedOn) implements ProjectEvent {
    }

    /**
     * The round {@code sourcingId} was cancelled: the project returns to {@code returnedTo}, ESTABLISHED (or, for a
     * retender round, CONTRACTED or ACTIVE with the retender still open), ready for a new round.
     */
    record ProjectSourcingCancelled(String projectId, String sourcingId, String reason, LocalDate cancelledOn,
                                    ProjectStatus returnedTo) implements ProjectEvent {
    }

    /** A RETENDER decision on {@code contractId}: the project may open a new sourcing round while it runs. */
    record ProjectRetenderOpened(String projectId, String contractId, LocalDate openedOn) implements ProjectEvent {
    }
}
