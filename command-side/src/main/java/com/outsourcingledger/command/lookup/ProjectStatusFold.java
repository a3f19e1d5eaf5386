package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectEvent.*;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.project.ReviewOpinion;

import java.util.List;

import static com.outsourcingledger.api.project.ProjectStatus.*;

/** A project's status after its events, as the project aggregate decides it; the one fold the lookups share. */
public final class ProjectStatusFold {

    private ProjectStatusFold() {
    }

    /** Null for an empty history. */
    public static ProjectStatus of(List<? extends ProjectEvent> history) {
        ProjectStatus status = null;
        for (ProjectEvent event : history) {
            status = after(status, event);
        }
        return status;
    }

    /** Every project event is named here, so a new one does not compile until someone decides what it does. */
    public static ProjectStatus after(ProjectStatus current, ProjectEvent event) {
        return switch (event) {
            case ProjectDrafted e -> DRAFT;
            case ProjectRevised e -> current;
            case ProjectSubmitted e -> SUBMITTED;
            case ProjectReviewed e when e.opinion() == ReviewOpinion.REJECT -> REJECTED;
            case ProjectReviewed e when e.opinion() == ReviewOpinion.RETURN -> DRAFT;
            case ProjectReviewed e -> current;
            case ProjectEstablished e -> ESTABLISHED;
            case ProjectCancelled e -> CANCELLED;
            case ProjectSourcingStarted e -> SOURCING;
            case ProjectSourcingCancelled e -> e.returnedTo();
            case ProjectRetenderOpened e -> current;
            case ProjectAwarded e -> AWARDED;
            case ProjectContracted e -> CONTRACTED;
            case ProjectActivated e -> ACTIVE;
            case ProjectClosed e -> CLOSED;
        };
    }
}
