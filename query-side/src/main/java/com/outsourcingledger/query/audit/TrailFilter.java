package com.outsourcingledger.query.audit;

import java.time.Instant;

/** Which events a cross-aggregate trail holds; every given criterion must match. */
record TrailFilter(String correlationId, String user, String type, String aggregateType, Instant from, Instant to) {
}
