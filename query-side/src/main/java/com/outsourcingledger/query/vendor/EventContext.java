package com.outsourcingledger.query.vendor;

import java.time.Instant;

/**
 * What the fold needs to know about an event besides its payload: when it was stored, who caused it and its
 * position in the vendor's stream.
 */
public record EventContext(Instant at, String user, long sequence) {
}
