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
 * What opening a sourcing needs to know of its project: its status, who wrote the request, its scope, whether a
 * RETENDER decision opened it to a new round while contracted, and the round a new one takes the claim over from
 * ({@code releasedSourcingId}: the one cancelled last, or the awarded one for a retender; null when none).
 */
record ProjectStanding(ProjectStatus status, Set<String> authors, ProjectScope scope, boolean retenderOpen,
                       String releasedSourcingId) {

    static ProjectStanding of(List<ProjectEvent> history) {
        Set<String> authors = new HashSet<>();
        ProjectScope scope = null;
        String current = null;
        String released = null;
        boolean retender = false;
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
                case ProjectSourcingStarted e -> {
                    current = e.sourcingId();
                    released = null;
                    retender = false;
                }
                case ProjectSourcingCancelled e -> {
                    released = e.sourcingId();
                    retender = e.returnedTo() != ProjectStatus.ESTABLISHED;
                }
                case ProjectRetenderOpened e -> {
                    released = current;
                    retender = true;
                }
                default -> {
                }
            }
        }
        return new ProjectStanding(ProjectStatusFold.of(history), Set.copyOf(authors), scope, retender, released);
    }
}
