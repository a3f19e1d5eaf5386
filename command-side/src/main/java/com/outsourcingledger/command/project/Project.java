package com.outsourcingledger.command.project;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectCommand.*;
import com.outsourcingledger.api.project.ProjectEvent.*;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.refusal.ProjectRuleCodes;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static com.outsourcingledger.api.project.ProjectStatus.*;
import static com.outsourcingledger.command.project.ProjectRules.requireReason;
import static com.outsourcingledger.command.project.ProjectRules.requireStatus;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate(cache = "projectCache")
class Project {

    @AggregateIdentifier
    private String projectId;
    private ProjectStatus status;
    private ApprovalStep awaiting;
    private int round;
    private String sourcingId;
    private boolean contracted;
    private boolean activated;
    private boolean retenderOpen;
    private String lastEditor;
    private String submitter;

    @CommandHandler
    Project(DraftProject command, @MetaDataValue(MetadataKeys.USER) String user) {
        RequestRules.requireComplete(command.request());
        apply(new ProjectDrafted(command.projectId(), command.request(), user));
    }

    @CommandHandler
    void handle(ReviseProject command, @MetaDataValue(MetadataKeys.USER) String user) {
        requireStatus(ProjectRuleCodes.REVISION_NOT_DRAFT, projectId, status, "revision", DRAFT);
        RequestRules.requireComplete(command.request());
        apply(new ProjectRevised(projectId, command.request(), user));
    }

    @CommandHandler
    void handle(SubmitProject command, @MetaDataValue(MetadataKeys.USER) String user, Clock clock) {
        requireStatus(ProjectRuleCodes.SUBMISSION_NOT_DRAFT, projectId, status, "submission", DRAFT);
        ProjectRules.requireLastEditor(projectId, user, lastEditor);
        apply(new ProjectSubmitted(projectId, user, LocalDate.now(clock), round + 1));
    }

    @CommandHandler
    void handle(ReviewProject command, @MetaDataValue(MetadataKeys.USER) String user,
                @MetaDataValue(MetadataKeys.DEPARTMENT) String department, Clock clock) {
        ProjectRules.requireReviewable(projectId, status, awaiting, command, user, department, roundAuthors());
        LocalDate today = LocalDate.now(clock);
        apply(new ProjectReviewed(projectId, round, command.step(), command.opinion(), command.comment(),
                command.shamOutsourcingRisk(), user, Department.valueOf(department), today));
        if (command.opinion() == ReviewOpinion.APPROVE && command.step().next() == null) {
            apply(new ProjectEstablished(projectId, today));
        }
    }

    @CommandHandler
    void handle(CancelProject command, Clock clock) {
        requireStatus(ProjectRuleCodes.CANCELLATION_NOT_CANCELLABLE, projectId, status, "cancellation",
                DRAFT, SUBMITTED, ESTABLISHED, SOURCING, AWARDED);
        if (contracted) {
            throw ProjectRules.contractedBefore(projectId);
        }
        requireReason(ProjectRuleCodes.CANCELLATION_REASON_REQUIRED, "cancellation", command.reason());
        apply(new ProjectCancelled(projectId, command.reason(), LocalDate.now(clock),
                status == SOURCING ? sourcingId : null));
    }

    /** The round ended without an award: the project is ESTABLISHED again and may open a new round. */
    @CommandHandler
    void handle(CancelProjectSourcing command, Clock clock) {
        requireStatus(ProjectRuleCodes.SOURCING_CANCELLATION_NOT_SOURCING, projectId, status, "sourcing-cancellation",
                SOURCING);
        if (!command.sourcingId().equals(sourcingId)) {
            throw ProjectRules.otherSourcing(ProjectRuleCodes.SOURCING_CANCELLATION_OTHER_SOURCING, projectId,
                    sourcingId, command.sourcingId());
        }
        apply(new ProjectSourcingCancelled(projectId, sourcingId, command.reason(), LocalDate.now(clock),
                activated ? ACTIVE : contracted ? CONTRACTED : ESTABLISHED));
    }

    /** A repeated start for the same sourcing is a redelivery and changes nothing. */
    @CommandHandler
    void handle(StartProjectSourcing command) {
        if (status == SOURCING && command.sourcingId().equals(sourcingId)) {
            return;
        }
        if (!retenderOpen) {
            requireStatus(ProjectRuleCodes.SOURCING_NOT_ESTABLISHED, projectId, status, "sourcing", ESTABLISHED);
        }
        apply(new ProjectSourcingStarted(projectId, command.sourcingId()));
    }

    /** RETENDER on a running contract: a new round may open while the project stays CONTRACTED or ACTIVE. */
    @CommandHandler
    void handle(OpenProjectRetender command, Clock clock) {
        if (retenderOpen) {
            return;
        }
        requireStatus(ProjectRuleCodes.RETENDER_NOT_CONTRACTED, projectId, status, "retender", CONTRACTED, ACTIVE);
        apply(new ProjectRetenderOpened(projectId, command.contractId(), LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(AwardProject command, Clock clock) {
        if (status == AWARDED && command.sourcingId().equals(sourcingId)) {
            return;
        }
        requireStatus(ProjectRuleCodes.AWARD_NOT_SOURCING, projectId, status, "award", SOURCING);
        if (!command.sourcingId().equals(sourcingId)) {
            throw ProjectRules.otherSourcing(ProjectRuleCodes.AWARD_OTHER_SOURCING, projectId, sourcingId,
                    command.sourcingId());
        }
        apply(new ProjectAwarded(projectId, sourcingId, command.vendorId(), LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(MarkProjectContracted command, Clock clock) {
        if (status == CONTRACTED || status == ACTIVE) {
            return;
        }
        requireStatus(ProjectRuleCodes.CONTRACTING_NOT_AWARDED, projectId, status, "contracting", AWARDED);
        apply(new ProjectContracted(projectId, command.contractId(), LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(MarkProjectActive command, Clock clock) {
        if (status == ACTIVE) {
            return;
        }
        requireStatus(ProjectRuleCodes.ACTIVATION_NOT_CONTRACTED, projectId, status, "activation", CONTRACTED);
        apply(new ProjectActivated(projectId, command.contractId(), LocalDate.now(clock)));
    }

    /**
     * Sent once every contract of the project is CLOSED. A project can close from CONTRACTED as well as ACTIVE:
     * a contract terminated after signing but before its service started closes without ever being active.
     */
    @CommandHandler
    void handle(CloseProject command, Clock clock) {
        requireStatus(ProjectRuleCodes.CLOSURE_NOT_CONTRACTED, projectId, status, "closure", CONTRACTED, ACTIVE);
        apply(new ProjectClosed(projectId, LocalDate.now(clock)));
    }

    /**
     * Who wrote the version under review: its last editor and its submitter, one user since submissions are by the
     * last editor (older rounds may name two). Every other user of the department may review it, so a round never
     * leaves the department without a reviewer.
     */
    private Set<String> roundAuthors() {
        Set<String> authors = new HashSet<>();
        authors.add(lastEditor);
        authors.add(submitter);
        authors.remove(null);
        return authors;
    }

    @EventSourcingHandler
    void on(ProjectDrafted event) {
        projectId = event.projectId();
        status = DRAFT;
        lastEditor = event.draftedBy();
    }

    @EventSourcingHandler
    void on(ProjectRevised event) {
        lastEditor = event.revisedBy();
    }

    @EventSourcingHandler
    void on(ProjectSubmitted event) {
        status = SUBMITTED;
        round = event.round();
        awaiting = ApprovalStep.first();
        submitter = event.submittedBy();
    }

    @EventSourcingHandler
    void on(ProjectReviewed event) {
        switch (event.opinion()) {
            case APPROVE -> awaiting = event.step().next();
            case REJECT -> {
                status = REJECTED;
                awaiting = null;
            }
            case RETURN -> {
                status = DRAFT;
                awaiting = null;
            }
        }
    }

    @EventSourcingHandler
    void on(ProjectEstablished event) {
        status = ESTABLISHED;
    }

    @EventSourcingHandler
    void on(ProjectCancelled event) {
        status = CANCELLED;
    }

    @EventSourcingHandler
    void on(ProjectSourcingStarted event) {
        status = SOURCING;
        sourcingId = event.sourcingId();
        retenderOpen = false;
    }

    @EventSourcingHandler
    void on(ProjectRetenderOpened event) {
        retenderOpen = true;
    }

    @EventSourcingHandler
    void on(ProjectSourcingCancelled event) {
        status = event.returnedTo();
        sourcingId = null;
        retenderOpen = event.returnedTo() != ESTABLISHED;
    }

    @EventSourcingHandler
    void on(ProjectAwarded event) {
        status = AWARDED;
    }

    @EventSourcingHandler
    void on(ProjectContracted event) {
        status = CONTRACTED;
        contracted = true;
    }

    @EventSourcingHandler
    void on(ProjectActivated event) {
        status = ACTIVE;
        activated = true;
    }

    @EventSourcingHandler
    void on(ProjectClosed event) {
        status = CLOSED;
    }

    Project() {
        // for Axon: the state is rebuilt from events
    }
}
