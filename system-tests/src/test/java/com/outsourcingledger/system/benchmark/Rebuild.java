package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.system.LedgerClient;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection rebuilt through {@code POST /admin/projections/{name}/rebuild}, timed until its status shows the
 * position at the head and the processor caught up.
 *
 * @param seconds from the request until the projection caught up
 * @param head    the global position it caught up at: the events it replayed
 */
record Rebuild(double seconds, long head) {

    static Rebuild of(String base, String projection, Duration poll) throws InterruptedException {
        LedgerClient client = new LedgerClient();
        URI status = URI.create(base + "/admin/projections/" + projection);
        long start = System.nanoTime();
        LedgerClient.Response accepted = client.post(URI.create(status + "/rebuild"), "management", Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        while (true) {
            JsonNode now = client.get(status, "management").json();
            if (now.get("position").asLong() >= now.get("head").asLong() && now.get("caughtUp").asBoolean()) {
                return new Rebuild((System.nanoTime() - start) / 1e9, now.get("head").asLong());
            }
            if (now.get("error") != null && !now.get("error").isNull()) {
                throw new AssertionError(projection + " failed: " + now);
            }
            Thread.sleep(poll.toMillis());
        }
    }

    double eventsPerSecond() {
        return head / seconds;
    }
}
