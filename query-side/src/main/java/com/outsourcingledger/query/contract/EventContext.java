package com.outsourcingledger.query.contract;

import java.time.Instant;

/** What the fold needs to know about an event besides its payload: when, by whom, and its stream position. */
public record EventContext(Instant at, String user, long sequence) {
}
