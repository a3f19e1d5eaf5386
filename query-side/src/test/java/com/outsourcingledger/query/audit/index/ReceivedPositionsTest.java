package com.outsourcingledger.query.audit.index;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit index numbers the log as the event stream does, from 1 on both stores: on Axon Server (global
 * sequence tokens, zero-based) it used to record the store's first event at 0, one below the stream's position
 * for the same event, and {@code /audit/events?after=0} could never return it.
 */
class ReceivedPositionsTest {

    @Test
    void axonServerTokensAreNumberedFromOne() {
        assertThat(ReceivedPositions.of(new GlobalSequenceTrackingToken(0)).head()).isEqualTo(1);
        assertThat(ReceivedPositions.of(new GlobalSequenceTrackingToken(41)).head()).isEqualTo(42);
        assertThat(ReceivedPositions.of(ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(9),
                new GlobalSequenceTrackingToken(3))).head()).isEqualTo(4);
        assertThat(ReceivedPositions.NOTHING.positionOf(ReceivedPositions.of(new GlobalSequenceTrackingToken(0))))
                .isEqualTo(1);
    }

    @Test
    void jdbcTokensKeepTheirGlobalIndexAndGaps() {
        ReceivedPositions read = ReceivedPositions.of(GapAwareTrackingToken.newInstance(7, List.of(5L)));
        assertThat(read.head()).isEqualTo(7);
        assertThat(read.covers(5)).isFalse();
        assertThat(read.positionOf(ReceivedPositions.of(GapAwareTrackingToken.newInstance(7, List.of()))))
                .as("the late event fills its own position").isEqualTo(5);
    }
}
