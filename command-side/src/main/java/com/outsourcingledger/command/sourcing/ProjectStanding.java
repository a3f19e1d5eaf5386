package com.outsourcingledger.command.sourcing;

import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectEvent.*;
import com.outsourcingledger.api.project.ProjectScope;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.command.lookup.ProjectStatusFold;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What opening a sourcing needs to know of its project: its status, who wrote the request, its scope, and the
 * round it cancelled last ({@code cancelledSourcingId}, null when none), whose claim a new round takes over.
 */
record ProjectStanding(ProjectStatus status, Set<String> authors, ProjectScope scope, String cancelledSourcingId) {

    static ProjectStanding of(List<ProjectEvent> history) {
        Set<String> authors = new HashSet<>();
        ProjectScope scope = null;
        String cancelled = null;
        for (ProjectEvent event : history) {
            switch (event) {
                case ProjectDrafted e -> {
                    authors.add(e.draftedBy());
                    scope = e.request().scopeSummary();
                }
                case ProjectRevised e -> {
                    authors.add(e.revisedBy());
                    scope = e.request().scopeSummary();
                }
                case ProjectSubmitted e -> authors.add(e.submittedBy());
                case ProjectSourcingStarted e -> cancelled = null;
                case ProjectSourcingCancelled e -> cancelled = e.sourcingId();
                default -> {
                }
            }
        }
        return new ProjectStanding(ProjectStatusFold.of(history), Set.copyOf(authors), scope, cancelled);
    }
}
