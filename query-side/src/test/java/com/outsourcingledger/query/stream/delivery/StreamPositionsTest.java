package com.outsourcingledger.query.stream.delivery;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Positions are 1-based on both stores; a resume token opens the stream on the first event after a position. */
class StreamPositionsTest {

    @Test
    void jdbcPositionIsTheGlobalIndexAndResumesWithoutGaps() {
        assertThat(StreamPositions.positionOf(GapAwareTrackingToken.newInstance(42, List.of(40L)))).isEqualTo(42);
        GapAwareTrackingToken resume = (GapAwareTrackingToken) StreamPositions.tokenAfter(42,
                GapAwareTrackingToken.newInstance(100, List.of()));
        assertThat(resume.getIndex()).isEqualTo(42);
        assertThat(resume.getGaps()).isEmpty();
    }

    @Test
    void anEventThatFillsAGapIsAtTheGapItFilledNotAtTheTokensIndex() {
        GapAwareTrackingToken before = GapAwareTrackingToken.newInstance(9, List.of(3L, 7L));
        assertThat(StreamPositions.positionOf(before, before.advanceTo(7, 10_000))).isEqualTo(7);
        assertThat(StreamPositions.positionOf(before, before.advanceTo(3, 10_000))).isEqualTo(3);
        assertThat(StreamPositions.positionOf(before, before.advanceTo(12, 10_000))).isEqualTo(12);
        assertThat(StreamPositions.positionOf(null, before)).isEqualTo(9);
    }

    @Test
    void axonServerPositionIsTheZeroBasedGlobalIndexPlusOne() {
        assertThat(StreamPositions.positionOf(new GlobalSequenceTrackingToken(0))).isEqualTo(1);
        assertThat(StreamPositions.positionOf(new GlobalSequenceTrackingToken(41))).isEqualTo(42);
        assertThat(StreamPositions.tokenAfter(42, new GlobalSequenceTrackingToken(99)))
                .isEqualTo(new GlobalSequenceTrackingToken(41));
    }

    @Test
    void aTokenAfterAPositionCoversExactlyThatPositionsEvent() {
        GlobalSequenceTrackingToken resume = (GlobalSequenceTrackingToken) StreamPositions.tokenAfter(42,
                new GlobalSequenceTrackingToken(99));
        assertThat(resume.covers(new GlobalSequenceTrackingToken(41))).isTrue();
        assertThat(resume.covers(new GlobalSequenceTrackingToken(42))).isFalse();
        assertThat(StreamPositions.positionOf(resume.next())).isEqualTo(43);
    }

    @Test
    void beforeEverythingIsPositionZero() {
        assertThat(StreamPositions.positionOf(null)).isZero();
        assertThat(new StreamPositions(null).after(0)).as("a stream from the tail").isNull();
    }
}
