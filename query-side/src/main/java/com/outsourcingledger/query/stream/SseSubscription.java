package com.outsourcingledger.query.stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One subscriber: reads in order and writes server-sent events, each {@code id:} its position and
 * {@code data:} its CloudEvent, flushing once per batch. While idle it sends a comment every heartbeat; when a
 * filter has passed over events since the last id, the heartbeat carries an {@code id:} line alone, which
 * moves the client's Last-Event-ID without dispatching an event.
 */
final class SseSubscription implements Runnable {

    static final MediaType EVENT_STREAM = new MediaType("text", "event-stream", StandardCharsets.UTF_8);
    private static final Logger log = LoggerFactory.getLogger(SseSubscription.class);

    private final EventCursor cursor;
    private final ResponseBodyEmitter emitter;
    private final EventFilter filter;
    private final CloudEventWriter writer;
    private final EventStreamProperties properties;
    private final Runnable onEnd;
    private volatile boolean open = true;
    private long lastId;

    SseSubscription(EventCursor cursor, ResponseBodyEmitter emitter, EventFilter filter, CloudEventWriter writer,
                    EventStreamProperties properties, long after, Runnable onEnd) {
        this.cursor = cursor;
        this.emitter = emitter;
        this.filter = filter;
        this.writer = writer;
        this.properties = properties;
        this.onEnd = onEnd;
        this.lastId = after;
        emitter.onCompletion(() -> open = false);
        emitter.onTimeout(() -> open = false);
        emitter.onError(error -> open = false);
    }

    @Override
    public void run() {
        log.info("event stream subscriber joined after position {}", lastId);
        try (cursor) {
            emitter.send("retry: 2000\n: connected after position " + lastId + "\n\n", EVENT_STREAM);
            long lastWrite = System.nanoTime();
            while (open) {
                StringBuilder chunk = events(cursor.next(properties.batchSize(), properties.poll()));
                if (chunk.isEmpty() && System.nanoTime() - lastWrite >= properties.heartbeat().toNanos()) {
                    chunk.append(": heartbeat\n");
                    if (cursor.released() > lastId) {
                        lastId = cursor.released();
                        chunk.append("id: ").append(lastId).append('\n');
                    }
                    chunk.append('\n');
                }
                if (!chunk.isEmpty()) {
                    emitter.send(chunk.toString(), EVENT_STREAM);
                    lastWrite = System.nanoTime();
                }
            }
        } catch (IOException | IllegalStateException disconnected) {
            log.info("event stream subscriber left after position {}", lastId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("event stream failed after position {}", lastId, e);
        } finally {
            onEnd.run();
            complete();
        }
    }

    private StringBuilder events(List<StreamedEvent> batch) {
        StringBuilder chunk = new StringBuilder();
        for (StreamedEvent event : batch) {
            EventType type = writer.typeOf(event);
            if (filter.matches(type)) {
                chunk.append("id: ").append(event.position()).append("\ndata: ")
                        .append(writer.toJson(event, type)).append("\n\n");
                lastId = event.position();
            }
        }
        return chunk;
    }

    private void complete() {
        try {
            emitter.complete();
        } catch (RuntimeException alreadyCompleted) {
            log.trace("event stream already completed", alreadyCompleted);
        }
    }
}
