package com.outsourcingledger.query.audit.index;

import com.outsourcingledger.platform.axon.GlobalPositions;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

import java.util.Arrays;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The global positions a reader of the log has received: every one up to {@code head} except the {@code gaps}.
 * The JDBC store takes a position when a transaction inserts, but the event appears only when it commits, so a
 * higher position can be read first; Axon's gap-aware token then keeps the lower one as a gap until it fills.
 * A token only says how far its reader has got, not where the event it came with is stored: an event that fills a
 * gap leaves the head where it was. Its own position is the gap it removed (Axon Server's tokens have no gaps).
 */
public record ReceivedPositions(long head, SortedSet<Long> gaps) {

    public static final ReceivedPositions NOTHING = new ReceivedPositions(-1, Collections.emptySortedSet());

    /** Where a reader stands after the event that came with {@code token}, in the audit index's positions. */
    public static ReceivedPositions of(TrackingToken token) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return new ReceivedPositions(gapAware.getIndex(), gapAware.getGaps());
        }
        // Axon Server's tokens have no gaps; its zero-based index is numbered from 1 like the stream's positions.
        return new ReceivedPositions(GlobalPositions.positionOf(current), Collections.emptySortedSet());
    }

    static ReceivedPositions of(long head, String gaps) {
        return new ReceivedPositions(head, gaps.isEmpty() ? Collections.emptySortedSet()
                : Arrays.stream(gaps.split(",")).map(Long::valueOf).collect(Collectors.toCollection(TreeSet::new)));
    }

    /**
     * The position of the event that took a reader from here to {@code next}: the new head, or, when the head
     * stayed, the gap it filled (the highest one that went: Axon drops only older gaps along with it).
     */
    public long positionOf(ReceivedPositions next) {
        if (next.head > head) {
            return next.head;
        }
        SortedSet<Long> filled = new TreeSet<>(gaps);
        filled.removeAll(next.gaps);
        if (filled.isEmpty()) {
            throw new IllegalStateException("the log was read at positions up to " + next.head + " without " + next.gaps
                    + " after up to " + head + " without " + gaps + ": the event neither advanced nor filled a gap");
        }
        return filled.last();
    }

    public boolean covers(long position) {
        return position <= head && !gaps.contains(position);
    }

    String gapsText() {
        return gaps.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
