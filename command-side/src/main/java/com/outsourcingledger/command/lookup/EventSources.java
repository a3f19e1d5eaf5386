package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.signal.SignalSource;
import org.axonframework.eventhandling.DomainEventMessage;

/** How a stored event is named as the source of a sham-outsourcing signal: its id, aggregate, place and name. */
public final class EventSources {

    private EventSources() {
    }

    public static SignalSource sourceOf(DomainEventMessage<?> event) {
        return new SignalSource(event.getIdentifier(), event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getPayloadType().getSimpleName());
    }
}
