package com.outsourcingledger.query.stream.delivery;

import com.outsourcingledger.platform.axon.GlobalPositions;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The public position of an event and the tracking token to resume after it, for both stores. Positions start
 * at 1 in both: the JDBC store's global index (which starts at 1), Axon Server's global index plus one (which
 * starts at 0). Position 0 is "before everything".
 */
final class StreamPositions {

    private final StreamableMessageSource<?> store;

    StreamPositions(StreamableMessageSource<?> store) {
        this.store = store;
    }

    /** The highest position a token covers: the event's own position, except for one that filled a gap. */
    static long positionOf(TrackingToken token) {
        return GlobalPositions.positionOf(token);
    }

    /**
     * The position of the event that moved a stream from {@code previous} to {@code token}. A gap-aware token's
     * index is the highest position seen, so an event that fills a gap (a transaction that committed after
     * higher positions were read) keeps the index where it was: its position is the gap it removed, the highest
     * one (Axon only ever drops older gaps along with it). {@code previous} is null for a stream's first event,
     * which never fills a gap: a stream opens with a token without gaps.
     */
    static long positionOf(TrackingToken previous, TrackingToken token) {
        if (previous instanceof GapAwareTrackingToken before && token instanceof GapAwareTrackingToken after
                && after.getIndex() <= before.getIndex()) {
            SortedSet<Long> filled = new TreeSet<>(before.getGaps());
            filled.removeAll(after.getGaps());
            if (filled.isEmpty()) {
                throw new IllegalStateException("token " + after + " after " + before + " neither advances nor fills a gap");
            }
            return filled.last();
        }
        return positionOf(token);
    }

    /**
     * The token that opens a stream on the first event after {@code position}. On the JDBC store it has no gaps:
     * the stream only ever hands out a position once nothing below it can still arrive (see {@link OrderedRelease}),
     * so everything at or below a position a client holds is settled.
     */
    TrackingToken after(long position) {
        if (position <= 0) {
            return null;
        }
        return tokenAfter(position, store.createHeadToken());
    }

    static TrackingToken tokenAfter(long position, TrackingToken sample) {
        if (sample instanceof GlobalSequenceTrackingToken) {
            return new GlobalSequenceTrackingToken(position - 1);
        }
        return GapAwareTrackingToken.newInstance(position, List.of());
    }

    long head() {
        return positionOf(store.createHeadToken());
    }
}
