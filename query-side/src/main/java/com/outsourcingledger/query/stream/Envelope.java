package com.outsourcingledger.query.stream;

/**
 * One event's CloudEvent, read from the store and ready to write: its attributes and its {@code data}, the
 * stored JSON ({@link RawJson}) or, where that cannot be copied, the payload object.
 */
record Envelope(long position, EventType type, String id, String source, String subject, String time, Long sequence,
                EnvelopeMetadata metadata, Object data) {
}
