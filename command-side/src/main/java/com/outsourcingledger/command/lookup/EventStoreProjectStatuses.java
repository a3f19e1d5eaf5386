package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectStatus;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link ProjectStatuses} from the project's own event stream, read when asked. */
@Component
class EventStoreProjectStatuses implements ProjectStatuses {

    private final EventStore events;

    EventStoreProjectStatuses(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<ProjectStatus> statusOf(String projectId) {
        return Optional.ofNullable(ProjectStatusFold.of(events.readEvents(projectId).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(ProjectEvent.class::isInstance)
                .map(ProjectEvent.class::cast)
                .toList()));
    }
}
