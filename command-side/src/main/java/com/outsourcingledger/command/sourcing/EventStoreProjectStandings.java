package com.outsourcingledger.command.sourcing;

import com.outsourcingledger.api.project.ProjectEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

/**
 * Reads the project's own event stream, so the project's status is never stale when sourcing opens; the claim
 * commits or rolls back with the sourcing's first event (ON CONFLICT DO NOTHING keeps a PostgreSQL
 * transaction usable when the project is already claimed). A new round takes the claim over from the round the
 * project released (cancelled, or awarded before a RETENDER), compare-and-set, so of two new rounds opened at once
 * only one gets it.
 */
@Component
class EventStoreProjectStandings implements ProjectStandings {

    private final EventStore events;
    private final JdbcClient jdbc;

    EventStoreProjectStandings(EventStore events, DataSource dataSource) {
        this.events = events;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Optional<ProjectStanding> find(String projectId) {
        List<ProjectEvent> history = events.readEvents(projectId).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(ProjectEvent.class::isInstance)
                .map(ProjectEvent.class::cast)
                .toList();
        return history.isEmpty() ? Optional.empty() : Optional.of(ProjectStanding.of(history));
    }

    @Override
    public void claim(String projectId, String sourcingId, String releasedSourcingId) {
        int inserted = jdbc.sql("INSERT INTO project_sourcing (project_id, sourcing_id) VALUES (:project, :sourcing)"
                        + " ON CONFLICT DO NOTHING")
                .param("project", projectId).param("sourcing", sourcingId)
                .update();
        if (inserted == 0 && releasedSourcingId != null) {
            inserted = jdbc.sql("UPDATE project_sourcing SET sourcing_id = :sourcing"
                            + " WHERE project_id = :project AND sourcing_id = :cancelled")
                    .param("project", projectId).param("sourcing", sourcingId).param("cancelled", releasedSourcingId)
                    .update();
        }
        if (inserted == 0) {
            String holder = jdbc.sql("SELECT sourcing_id FROM project_sourcing WHERE project_id = :project")
                    .param("project", projectId).query(String.class).single();
            if (!holder.equals(sourcingId)) {
                throw SourcingRules.alreadySourcing(projectId, holder);
            }
        }
    }
}
