package com.outsourcingledger.query.audit.chain;

/** An audit index row: the event as first seen, where it sits in the log, and the chain hashes it extends. */
public record IndexedEvent(long chainIndex, long globalPosition, StoredEvent event, String eventDigest,
                    String aggregateChain, String logChain) {
}
