package com.outsourcingledger.query.sse;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param heartbeat      how long a subscriber may go without a byte: an SSE comment is sent after this idle time.
 *                       A client that left is only noticed when a write fails (the second after it left), so this
 *                       also bounds how long a departed client holds its slot: two heartbeats
 * @param gapTimeout     how long an event is held back above a position that may still be filled by a transaction
 *                       that has not committed yet; matches Axon's JDBC gap timeout (60 s)
 * @param maxSubscribers concurrent SSE subscribers; more are refused with 503
 * @param maxHeld        events one subscriber holds back at most while waiting for a gap to fill
 * @param batchSize      events written to a subscriber between flushes, at most
 */
@ConfigurationProperties("ledger.event-stream")
public record EventStreamProperties(Duration heartbeat, Duration gapTimeout, int maxSubscribers, int maxHeld,
                                    int batchSize) {

    public EventStreamProperties {
        heartbeat = heartbeat == null ? Duration.ofSeconds(2) : heartbeat;
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
        maxSubscribers = maxSubscribers <= 0 ? 32 : maxSubscribers;
        maxHeld = maxHeld <= 0 ? 10_000 : maxHeld;
        batchSize = batchSize <= 0 ? 500 : batchSize;
    }

    /** How long a read waits for new events before it checks held events, heartbeats and disconnects. */
    public Duration poll() {
        return heartbeat.compareTo(Duration.ofMillis(200)) < 0 ? heartbeat : Duration.ofMillis(200);
    }
}
