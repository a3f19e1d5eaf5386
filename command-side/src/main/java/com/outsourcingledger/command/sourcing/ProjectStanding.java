package com.outsourcingledger.command.sourcing;

import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectEvent.*;
import com.outsourcingledger.api.project.ProjectScope;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.project.ReviewOpinion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What opening a sourcing needs to know of its project: its status, who wrote the request, and its scope. */
record ProjectStanding(ProjectStatus status, Set<String> authors, ProjectScope scope) {

    static ProjectStanding of(List<ProjectEvent> history) {
        ProjectStatus status = null;
        Set<String> authors = new HashSet<>();
        ProjectScope scope = null;
        for (ProjectEvent event : history) {
            switch (event) {
                case ProjectDrafted e -> {
                    status = ProjectStatus.DRAFT;
                    authors.add(e.draftedBy());
                    scope = e.request().scopeSummary();
                }
                case ProjectRevised e -> {
                    authors.add(e.revisedBy());
                    scope = e.request().scopeSummary();
                }
                case ProjectSubmitted e -> {
                    status = ProjectStatus.SUBMITTED;
                    authors.add(e.submittedBy());
                }
                case ProjectReviewed e when e.opinion() == ReviewOpinion.REJECT -> status = ProjectStatus.REJECTED;
                case ProjectReviewed e when e.opinion() == ReviewOpinion.RETURN -> status = ProjectStatus.DRAFT;
                case ProjectReviewed e -> {
                }
                case ProjectEstablished e -> status = ProjectStatus.ESTABLISHED;
                case ProjectCancelled e -> status = ProjectStatus.CANCELLED;
                case ProjectSourcingStarted e -> status = ProjectStatus.SOURCING;
                case ProjectAwarded e -> status = ProjectStatus.AWARDED;
                case ProjectContracted e -> status = ProjectStatus.CONTRACTED;
                case ProjectActivated e -> status = ProjectStatus.ACTIVE;
                case ProjectClosed e -> status = ProjectStatus.CLOSED;
            }
        }
        return new ProjectStanding(status, Set.copyOf(authors), scope);
    }
}
