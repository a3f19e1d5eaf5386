package com.outsourcingledger.platform.axon;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * One numbering of the event log for every reader the ledger publishes positions from (the audit index, the
 * event stream and its pages), on both stores: positions start at 1. The JDBC store's global index starts at 1;
 * Axon Server's starts at 0 and is shifted by one. Position 0 is "before everything".
 */
public final class GlobalPositions {

    private GlobalPositions() {
    }

    /** The highest position a token covers (for a gap-aware token, the highest read, below which gaps may remain). */
    public static long positionOf(TrackingToken token) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        return switch (current) {
            case null -> 0;
            case GapAwareTrackingToken gapAware -> gapAware.getIndex();
            case GlobalSequenceTrackingToken global -> global.getGlobalIndex() + 1;
            default -> current.position().orElseThrow(
                    () -> new IllegalStateException("a token without a position: " + token));
        };
    }
}
