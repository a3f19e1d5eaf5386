package com.outsourcingledger.api.wire;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MultiSourceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token stores write processors' tokens with the same serializer; a replay (projection rebuild) leaves a
 * ReplayToken whose fields are typed by class name. Jackson 3 refuses such types by default, which killed the
 * processor at its next token claim.
 */
class TrackingTokenWireFormatTest {

    private final Serializer serializer = EventWireFormat.serializer();

    static Stream<TrackingToken> tokens() {
        GapAwareTrackingToken gapAware = GapAwareTrackingToken.newInstance(42, List.of(37L, 40L));
        return Stream.of(
                gapAware,
                new GlobalSequenceTrackingToken(7),
                ReplayToken.createReplayToken(gapAware),
                ReplayToken.createReplayToken(gapAware, GapAwareTrackingToken.newInstance(3, List.of())),
                new MultiSourceTrackingToken(Map.of("a", new GlobalSequenceTrackingToken(1), "b", gapAware)));
    }

    @ParameterizedTest
    @MethodSource("tokens")
    void everyTrackingTokenSurvivesTheTokenStoreRoundTrip(TrackingToken token) {
        SerializedObject<byte[]> stored = serializer.serialize(token, byte[].class);
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(token);
    }
}
