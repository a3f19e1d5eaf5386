package com.outsourcingledger.query.stream.delivery;

import com.outsourcingledger.query.stream.envelope.StreamedEvent;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Hands events out in strictly increasing position, and never past a position that may still be filled.
 * <p>
 * The JDBC store takes a position from a sequence when a transaction inserts, but the event becomes visible
 * only when that transaction commits, so a later position can be seen first. Axon's gap-aware token lists the
 * positions below its index not seen yet (gaps) and keeps asking for them. This class holds back every event
 * above an open gap until the gap is filled (the late event is then handed out first) or the gap has been open
 * for {@code gapTimeout} after the event above it was stored: a rolled-back insert leaves a gap that is never
 * filled. Axon Server assigns positions at commit, so its tokens have no gaps and nothing is held back.
 */
final class OrderedRelease {

    private static final Logger log = LoggerFactory.getLogger(OrderedRelease.class);

    private final TreeMap<Long, StreamedEvent> held = new TreeMap<>();
    private final Duration gapTimeout;
    private final Clock clock;
    private SortedSet<Long> gaps = Collections.emptySortedSet();
    private TrackingToken lastToken;
    private long released;
    private long dropped;

    OrderedRelease(long after, Duration gapTimeout, Clock clock) {
        this.released = after;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    /** The events of one read, in the order the store handed them out (each token follows the one before). */
    void accept(TrackedEventMessage<?> message) {
        long position = StreamPositions.positionOf(lastToken, message.trackingToken());
        lastToken = message.trackingToken();
        gaps = lastToken instanceof GapAwareTrackingToken gapAware ? gapAware.getGaps() : Collections.emptySortedSet();
        if (position <= released) {
            dropped++;
            log.warn("event {} at position {} committed more than {} after position {} was handed out; it is not "
                    + "delivered in order", message.getIdentifier(), position, gapTimeout, released);
            return;
        }
        held.put(position, new StreamedEvent(position, message));
    }

    /** The events that may go out now, in order, at most {@code max}. */
    List<StreamedEvent> release(int max) {
        List<StreamedEvent> out = new ArrayList<>();
        while (!held.isEmpty() && out.size() < max) {
            StreamedEvent next = held.firstEntry().getValue();
            if (openGapBelow(next.position()) && !expired(next)) {
                break;
            }
            held.pollFirstEntry();
            released = next.position();
            out.add(next);
        }
        return out;
    }

    private boolean openGapBelow(long position) {
        return released + 1 < position && !gaps.subSet(released + 1, position).isEmpty();
    }

    private boolean expired(StreamedEvent event) {
        return event.message().getTimestamp().plus(gapTimeout).isBefore(clock.instant());
    }

    int held() {
        return held.size();
    }

    long released() {
        return released;
    }

    long dropped() {
        return dropped;
    }
}
