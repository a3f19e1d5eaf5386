package com.outsourcingledger.query.stream.envelope;

import org.axonframework.eventhandling.TrackedEventMessage;

/** An event read from the store with its public position. */
public record StreamedEvent(long position, TrackedEventMessage<?> message) {
}
