package com.outsourcingledger.system;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery guarantee, checked on what a subscriber received against what the store holds. */
final class StreamAssertions {

    private StreamAssertions() {
    }

    /**
     * At least once, no skips: every stored event arrived, in position order. Positions strictly increase on a
     * connection, so they step back only where the client reconnected, and never past what it had received;
     * without a reconnection nothing arrives twice.
     */
    static void deliveredExactlyOnceInOrderPerConnection(StreamSubscriber subscriber, List<JsonNode> received,
                                                         List<String> store) {
        List<String> entries = received.stream()
                .map(e -> e.get("position").asLong() + ":" + e.get("id").asString()).toList();
        List<Long> stepsBack = new ArrayList<>();
        for (int i = 1; i < received.size(); i++) {
            long position = received.get(i).get("position").asLong();
            if (position <= received.get(i - 1).get("position").asLong()) {
                stepsBack.add(position);
            }
        }
        assertThat(stepsBack).as("positions that did not increase; reconnections " + subscriber.reconnections()
                + ", faults " + subscriber.faults()).hasSizeLessThanOrEqualTo(subscriber.reconnections());
        assertThat(new ArrayList<>(new LinkedHashSet<>(entries)))
                .as("what a subscriber received, against the store").containsExactlyElementsOf(store);
        if (subscriber.reconnections() == 0) {
            assertThat(entries).as("nothing twice on one connection").containsExactlyElementsOf(store);
        }
    }
}
