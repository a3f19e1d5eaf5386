package com.outsourcingledger.query.project;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectEvent.*;
import com.outsourcingledger.api.project.ProjectQuery.ApprovalView;
import com.outsourcingledger.api.project.ProjectQuery.ProjectDetail;
import com.outsourcingledger.api.project.ProjectRequest;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The project detail as a pure fold over the project's events, with the full approval trail of every round.
 * The live read model and any "as of an instant" reconstruction (auditors', through {@link ViewFold}) both go
 * through {@link #evolve}.
 */
@Component
public final class ProjectView implements ViewFold<ProjectDetail> {

    ProjectView() {
    }

    @Override
    public String aggregateType() {
        return AggregateKind.PROJECT.aggregateType();
    }

    @Override
    public Class<ProjectDetail> viewType() {
        return ProjectDetail.class;
    }

    @Override
    public ProjectDetail evolve(ProjectDetail current, Object event, Step step) {
        return evolve(current, (ProjectEvent) event, step);
    }

    /** {@code current} is null before the project's first event. */
    public static ProjectDetail evolve(ProjectDetail current, ProjectEvent event, Step step) {
        Draft d;
        if (current == null) {
            if (!(event instanceof ProjectDrafted drafted)) {
                throw new IllegalArgumentException("project " + event.projectId() + " has no draft before "
                        + event.getClass().getSimpleName());
            }
            d = new Draft();
            d.projectId = drafted.projectId();
            d.request = drafted.request();
            d.status = ProjectStatus.DRAFT;
            d.draftedBy = drafted.draftedBy();
        } else {
            d = new Draft(current);
            switch (event) {
                case ProjectDrafted e -> throw new IllegalArgumentException("project " + e.projectId() + " is already drafted");
                case ProjectRevised e -> {
                    d.request = e.request();
                    d.revisedBy.add(e.revisedBy());
                }
                case ProjectSubmitted e -> {
                    d.status = ProjectStatus.SUBMITTED;
                    d.submittedBy = e.submittedBy();
                    d.submittedOn = e.submittedOn();
                    d.round = e.round();
                    d.awaiting = ApprovalStep.first();
                }
                case ProjectReviewed e -> review(d, e, step.at());
                case ProjectEstablished e -> {
                    d.status = ProjectStatus.ESTABLISHED;
                    d.establishedOn = e.establishedOn();
                }
                case ProjectCancelled e -> {
                    d.status = ProjectStatus.CANCELLED;
                    d.cancellationReason = e.reason();
                    d.awaiting = null;
                }
                case ProjectSourcingStarted e -> {
                    d.status = ProjectStatus.SOURCING;
                    d.sourcingId = e.sourcingId();
                }
                case ProjectRetenderOpened e -> {
                }
                case ProjectSourcingCancelled e -> {
                    d.status = e.returnedTo();
                    d.sourcingId = null;
                    d.cancelledSourcingIds.add(e.sourcingId());
                }
                case ProjectAwarded e -> {
                    d.status = ProjectStatus.AWARDED;
                    d.awardedVendorId = e.vendorId();
                    d.awardedOn = e.awardedOn();
                }
                case ProjectContracted e -> {
                    d.status = ProjectStatus.CONTRACTED;
                    d.contractId = e.contractId();
                }
                case ProjectActivated e -> d.status = ProjectStatus.ACTIVE;
                case ProjectClosed e -> d.status = ProjectStatus.CLOSED;
            }
        }
        d.version = step.sequence();
        d.lastChangedAt = step.at();
        return d.freeze();
    }

    /**
     * Who may not review the current round, as the command side decides it: the request's last editor and the
     * round's submitter.
     */
    static Set<String> roundAuthors(ProjectDetail detail) {
        Set<String> authors = new HashSet<>();
        List<String> revisers = detail.revisedBy() == null ? List.of() : detail.revisedBy();
        authors.add(revisers.isEmpty() ? detail.draftedBy() : revisers.getLast());
        authors.add(detail.submittedBy());
        authors.remove(null);
        return authors;
    }

    private static void review(Draft d, ProjectReviewed e, Instant at) {
        d.approvals.add(new ApprovalView(e.round(), e.step(), e.department(), e.opinion(), e.comment(),
                e.shamOutsourcingRisk(), e.reviewer(), e.reviewedOn(), at));
        switch (e.opinion()) {
            case APPROVE -> d.awaiting = e.step().next();
            case REJECT -> {
                d.status = ProjectStatus.REJECTED;
                d.awaiting = null;
            }
            case RETURN -> {
                d.status = ProjectStatus.DRAFT;
                d.awaiting = null;
            }
        }
    }

    private static final class Draft {
        String projectId;
        ProjectRequest request;
        ProjectStatus status;
        String draftedBy;
        List<String> revisedBy = new ArrayList<>();
        String submittedBy;
        LocalDate submittedOn;
        int round;
        ApprovalStep awaiting;
        List<ApprovalView> approvals = new ArrayList<>();
        LocalDate establishedOn;
        String sourcingId;
        String awardedVendorId;
        LocalDate awardedOn;
        String contractId;
        String cancellationReason;
        List<String> cancelledSourcingIds = new ArrayList<>();
        long version;
        Instant lastChangedAt;

        Draft() {
        }

        Draft(ProjectDetail p) {
            projectId = p.projectId();
            request = p.request();
            status = p.status();
            draftedBy = p.draftedBy();
            revisedBy = new ArrayList<>(p.revisedBy());
            submittedBy = p.submittedBy();
            submittedOn = p.submittedOn();
            round = p.round();
            awaiting = p.awaitingStep();
            approvals = new ArrayList<>(p.approvals());
            establishedOn = p.establishedOn();
            sourcingId = p.sourcingId();
            awardedVendorId = p.awardedVendorId();
            awardedOn = p.awardedOn();
            contractId = p.contractId();
            cancellationReason = p.cancellationReason();
            cancelledSourcingIds = new ArrayList<>(p.cancelledSourcingIds());
        }

        ProjectDetail freeze() {
            ApprovalStep awaitingStep = status == ProjectStatus.SUBMITTED ? awaiting : null;
            Department awaitingDepartment = awaitingStep == null ? null : awaitingStep.department();
            return new ProjectDetail(projectId, request, status, draftedBy, List.copyOf(revisedBy), submittedBy,
                    submittedOn, round, awaitingStep, awaitingDepartment, List.copyOf(approvals), establishedOn,
                    sourcingId, awardedVendorId, awardedOn, contractId, cancellationReason, cancelledSourcingIds, version,
                    lastChangedAt);
        }
    }
}
