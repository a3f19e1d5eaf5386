package com.outsourcingledger.query.stream;

import org.axonframework.eventhandling.TrackedEventMessage;

/** An event read from the store with its public position. */
record StreamedEvent(long position, TrackedEventMessage<?> message) {
}
