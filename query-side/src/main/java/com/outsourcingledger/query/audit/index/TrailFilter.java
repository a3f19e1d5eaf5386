package com.outsourcingledger.query.audit.index;

import java.time.Instant;

/** Which events a cross-aggregate trail holds; every given criterion must match. */
public record TrailFilter(String correlationId, String user, String type, String aggregateType, Instant from, Instant to) {
}
