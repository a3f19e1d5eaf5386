package com.outsourcingledger.platform.axon;

/**
 * The events an operator decided a processor must pass without applying them, each with an audit record kept
 * by the implementation. The way out for a processor stuck on an event it can never apply.
 */
@FunctionalInterface
public interface SkippedEvents {

    /** No event is skipped (an application without a skip list). */
    SkippedEvents NONE = (processor, eventId) -> false;

    boolean isSkipped(String processor, String eventId);
}
