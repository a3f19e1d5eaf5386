package com.outsourcingledger.query.stream.delivery;

import com.outsourcingledger.query.stream.envelope.StreamedEvent;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class OrderedReleaseTest {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_GAP_OFFSET = 10_000;
    private final OrderedRelease release = new OrderedRelease(0, GAP_TIMEOUT, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void holdsBackEventsAboveAnOpenGapAndHandsOutTheLateEventFirstOnceItCommits() {
        GapAwareTrackingToken four = GapAwareTrackingToken.newInstance(1, List.of()).advanceTo(3, MAX_GAP_OFFSET)
                .advanceTo(4, MAX_GAP_OFFSET);
        release.accept(event(1, gaps(), NOW));
        release.accept(event(3, gaps(2), NOW));
        release.accept(tracked(four, NOW));
        assertThat(positions(release.release(10))).containsExactly(1L);

        release.accept(tracked(four.advanceTo(2, MAX_GAP_OFFSET), NOW));
        assertThat(positions(release.release(10))).containsExactly(2L, 3L, 4L);
        assertThat(release.released()).isEqualTo(4);
    }

    /** As Axon's JDBC store hands them out: the late events carry the index of the newest event seen. */
    @Test
    void lateEventsFillingGapsKeepTheirOwnPositionsAndReplaceNothing() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(1, List.of());
        release.accept(tracked(token, NOW));
        for (long position : new long[] {3, 5, 6}) {
            token = token.advanceTo(position, MAX_GAP_OFFSET);
            release.accept(tracked(token, NOW));
        }
        assertThat(positions(release.release(10))).containsExactly(1L);
        token = token.advanceTo(4, MAX_GAP_OFFSET);
        release.accept(tracked(token, NOW));
        assertThat(release.release(10)).isEmpty();
        token = token.advanceTo(2, MAX_GAP_OFFSET);
        release.accept(tracked(token, NOW));
        assertThat(positions(release.release(10))).containsExactly(2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void givesUpAGapOnceTheEventAboveItIsOlderThanTheGapTimeout() {
        release.accept(event(1, gaps(), NOW.minusSeconds(120)));
        release.accept(event(3, gaps(2), NOW.minus(GAP_TIMEOUT).minusMillis(1)));
        assertThat(positions(release.release(10))).containsExactly(1L, 3L);
    }

    @Test
    void aLateEventBelowWhatWasHandedOutIsNotHandedOutOutOfOrder() {
        release.accept(event(3, gaps(1, 2), NOW.minusSeconds(600)));
        assertThat(positions(release.release(10))).containsExactly(3L);
        release.accept(tracked(GapAwareTrackingToken.newInstance(3, gaps(1, 2)).advanceTo(2, MAX_GAP_OFFSET), NOW));
        assertThat(release.release(10)).isEmpty();
        assertThat(release.dropped()).isEqualTo(1);
    }

    @Test
    void aGapBelowTheResumePositionHoldsNothingBack() {
        OrderedRelease resumed = new OrderedRelease(10, GAP_TIMEOUT, Clock.fixed(NOW, ZoneOffset.UTC));
        resumed.accept(event(11, gaps(5), NOW));
        assertThat(positions(resumed.release(10))).containsExactly(11L);
    }

    @Test
    void axonServerTokensHaveNoGapsSoNothingIsHeldBack() {
        release.accept(tracked(new GlobalSequenceTrackingToken(4), NOW));
        release.accept(tracked(new GlobalSequenceTrackingToken(6), NOW));
        assertThat(positions(release.release(10))).containsExactly(5L, 7L);
    }

    @Test
    void releasesAtMostTheRequestedNumberInOrder() {
        for (long p = 1; p <= 5; p++) {
            release.accept(event(p, gaps(), NOW));
        }
        assertThat(positions(release.release(2))).containsExactly(1L, 2L);
        assertThat(positions(release.release(10))).containsExactly(3L, 4L, 5L);
    }

    private static Set<Long> gaps(long... positions) {
        Set<Long> gaps = new TreeSet<>();
        for (long position : positions) {
            gaps.add(position);
        }
        return gaps;
    }

    private static TrackedEventMessage<?> event(long position, Set<Long> gaps, Instant at) {
        return tracked(GapAwareTrackingToken.newInstance(position, gaps), at);
    }

    private static TrackedEventMessage<?> tracked(TrackingToken token, Instant at) {
        return new GenericTrackedDomainEventMessage<>(token,
                new GenericDomainEventMessage<>("Vendor", "v-1", 0, "payload", MetaData.emptyInstance(),
                        java.util.UUID.randomUUID().toString(), at));
    }

    private static List<Long> positions(List<StreamedEvent> events) {
        return events.stream().map(StreamedEvent::position).toList();
    }
}
