package com.outsourcingledger.query.stream.envelope;

import com.outsourcingledger.query.stream.catalog.EventType;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * One event's CloudEvent, read from the store and ready to write: its attributes and its {@code data}, the
 * stored JSON ({@link RawJson}) or, where that cannot be copied, the payload object. The time is parsed from
 * its stored text when it is written, on the writing thread, which has the lighter share of the work.
 */
public record Envelope(long position, EventType type, String id, String source, String subject, Supplier<Instant> time,
                Long sequence, EnvelopeMetadata metadata, Object data) {
}
