package com.outsourcingledger.system;

import com.launchdarkly.eventsource.ConnectStrategy;
import com.launchdarkly.eventsource.ErrorStrategy;
import com.launchdarkly.eventsource.EventSource;
import com.launchdarkly.eventsource.FaultEvent;
import com.launchdarkly.eventsource.StartedEvent;
import com.launchdarkly.eventsource.StreamEvent;
import com.launchdarkly.eventsource.MessageEvent;
import com.launchdarkly.eventsource.StreamClosedByCallerException;
import com.launchdarkly.eventsource.StreamException;
import com.outsourcingledger.api.wire.EventWireFormat;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A subscriber to the event stream through an off-the-shelf SSE client (LaunchDarkly's okhttp-eventsource),
 * which reconnects on its own after a disconnect and sends the Last-Event-ID it saw, as integrators' clients do.
 */
final class StreamSubscriber implements AutoCloseable {

    private final EventSource source;
    private final List<MessageEvent> received = new CopyOnWriteArrayList<>();
    private final List<String> faults = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean closed;
    private volatile int connections;

    private StreamSubscriber(EventSource source) {
        this.source = source;
        this.reader = Thread.ofPlatform().name("subscriber").daemon().start(this::read);
    }

    static StreamSubscriber start(URI uri, String user, String lastEventId) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + LedgerClient.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        EventSource.Builder builder = new EventSource.Builder(ConnectStrategy.http(uri)
                .header("Authorization", "Basic " + credentials)
                .readTimeout(30, TimeUnit.SECONDS))
                .errorStrategy(ErrorStrategy.alwaysContinue())
                .retryDelay(100, TimeUnit.MILLISECONDS);
        if (lastEventId != null) {
            builder.lastEventId(lastEventId);
        }
        return new StreamSubscriber(builder.build());
    }

    private void read() {
        while (!closed) {
            try {
                StreamEvent event = source.readAnyEvent();
                if (event instanceof MessageEvent message) {
                    received.add(message);
                } else if (event instanceof StartedEvent) {
                    connections++;
                } else if (event instanceof FaultEvent fault) {
                    faults.add(fault.getCause().toString());
                }
            } catch (StreamClosedByCallerException interrupted) {
                // reconnects on the next read
            } catch (StreamException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    /** Drops the connection; the client reconnects by itself with the last id it received. */
    void disconnect() {
        source.interrupt();
    }

    /** Connections made after the first, by {@link #disconnect()} or because a connection failed. */
    int reconnections() {
        return Math.max(0, connections - 1);
    }

    List<String> faults() {
        return List.copyOf(faults);
    }

    String lastEventId() {
        return source.getLastEventId();
    }

    List<MessageEvent> messages() {
        return List.copyOf(received);
    }

    List<JsonNode> events() {
        return received.stream().map(m -> EventWireFormat.jsonMapper().readTree(m.getData())).toList();
    }

    List<JsonNode> awaitEvents(Predicate<List<JsonNode>> done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonNode> events = events();
            if (done.test(events)) {
                return events;
            }
            Thread.sleep(50);
        }
        return events();
    }

    @Override
    public void close() {
        closed = true;
        source.close();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
