package com.outsourcingledger.command.specialaudit.control;

import java.time.Instant;

/**
 * A stored event as the checklist's controls read it: its identifier (the evidence an exception links to), the
 * aggregate it belongs to, when it was stored, its payload and who acted (department and user from its metadata;
 * null for the ledger's own processes and deadlines).
 */
public record AuditedEvent(String eventId, String aggregateType, String aggregateId, long sequence,
                           Instant timestamp, Object payload, String department, String user) {
}
