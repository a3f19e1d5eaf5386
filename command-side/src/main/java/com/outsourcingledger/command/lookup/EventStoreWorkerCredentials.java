package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.worker.WorkerEvent.WorkerBadgeIssued;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerFiled;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerFilingSubmitted;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link WorkerCredentials} from the worker's own event stream, read when asked. */
@Component
class EventStoreWorkerCredentials implements WorkerCredentials {

    private final EventStore events;

    EventStoreWorkerCredentials(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<Credential> before(String workerId, long sequence) {
        DomainEventStream stream = events.readEvents(workerId);
        String contractId = null;
        String vendorId = null;
        DomainEventMessage<?> filing = null;
        boolean badged = false;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getSequenceNumber() >= sequence) {
                break;
            }
            switch (event.getPayload()) {
                case WorkerFilingSubmitted e -> {
                    contractId = e.contractId();
                    vendorId = e.vendorId();
                    filing = filing == null ? event : filing;
                }
                case WorkerFiled e -> {
                    contractId = e.contractId();
                    vendorId = e.vendorId();
                    filing = event;
                }
                case WorkerBadgeIssued e -> badged = true;
                default -> {
                    // nothing else tells what the worker held
                }
            }
        }
        return filing == null ? Optional.empty()
                : Optional.of(new Credential(contractId, vendorId, EventSources.sourceOf(filing), badged));
    }
}
