package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectEvent.*;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityRow;

import java.math.RoundingMode;
import java.util.Set;

/**
 * What a project event changes on the dashboard: the project's status, its budget and the department its request
 * waits for.
 */
final class ProjectChanges {

    static final String QUEUE = "PROJECT_REVIEW";

    private ProjectChanges() {
    }

    /** {@code project} is null before the draft. */
    static EntityRow apply(EntityRow project, ProjectEvent event, long sequence) {
        if (project == null) {
            return event instanceof ProjectDrafted e
                    ? budget(EntityRow.created(DashboardRows.PROJECT, e.projectId(), e.request().name(), null,
                    ProjectStatus.DRAFT.name(), null, null, sequence), e.request().budget())
                    : null;
        }
        return switch (event) {
            case ProjectDrafted e -> project;
            case ProjectRevised e -> budget(project.describe(e.request().name(), null, null), e.request().budget());
            case ProjectSubmitted e -> awaiting(project.status(ProjectStatus.SUBMITTED.name()), ApprovalStep.first());
            case ProjectReviewed e -> switch (e.opinion()) {
                case APPROVE -> awaiting(project, e.step().next());
                case REJECT -> awaiting(project.status(ProjectStatus.REJECTED.name()), null);
                case RETURN -> awaiting(project.status(ProjectStatus.DRAFT.name()), null);
            };
            case ProjectEstablished e -> awaiting(project.status(ProjectStatus.ESTABLISHED.name()), null);
            case ProjectCancelled e -> awaiting(project.status(ProjectStatus.CANCELLED.name()), null);
            case ProjectSourcingStarted e -> project.status(ProjectStatus.SOURCING.name());
            case ProjectSourcingCancelled e -> project.status(e.returnedTo().name());
            case ProjectRetenderOpened e -> project;
            case ProjectAwarded e -> project.status(ProjectStatus.AWARDED.name());
            case ProjectContracted e -> project.status(ProjectStatus.CONTRACTED.name());
            case ProjectActivated e -> project.status(ProjectStatus.ACTIVE.name());
            case ProjectClosed e -> project.status(ProjectStatus.CLOSED.name());
        };
    }

    private static EntityRow budget(EntityRow project, Money budget) {
        return budget == null ? project.amount(null, null)
                : project.amount(budget.amount().setScale(2, RoundingMode.HALF_UP), budget.currency());
    }

    private static EntityRow awaiting(EntityRow project, ApprovalStep step) {
        return project.awaiting(step == null ? Set.of() : Set.of(QUEUE + ":" + step.department().name()));
    }
}
