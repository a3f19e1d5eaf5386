package com.outsourcingledger.query.stream.delivery;

import com.outsourcingledger.query.sse.EventStreamProperties;
import com.outsourcingledger.query.stream.envelope.CloudEventWriter;
import com.outsourcingledger.query.stream.envelope.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import tools.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One subscriber: reads in order (one batch ahead) and writes server-sent events, each {@code id:} its position
 * and {@code data:} its CloudEvent, flushing once per batch. While idle it sends a comment every heartbeat; when a
 * filter has passed over events since the last id, the heartbeat carries an {@code id:} line alone, which
 * moves the client's Last-Event-ID without dispatching an event.
 */
public final class SseSubscription implements Runnable {

    public static final MediaType EVENT_STREAM = new MediaType("text", "event-stream", StandardCharsets.UTF_8);
    private static final Logger log = LoggerFactory.getLogger(SseSubscription.class);

    private final ReadAhead events;
    private final ResponseBodyEmitter emitter;
    private final CloudEventWriter writer;
    private final EventStreamProperties properties;
    private final Runnable onEnd;
    private volatile boolean open = true;
    private long lastId;
    private long released;

    SseSubscription(ReadAhead events, ResponseBodyEmitter emitter, CloudEventWriter writer,
                    EventStreamProperties properties, long after, Runnable onEnd) {
        this.events = events;
        this.emitter = emitter;
        this.writer = writer;
        this.properties = properties;
        this.onEnd = onEnd;
        this.lastId = after;
        this.released = after;
        emitter.onCompletion(() -> open = false);
        emitter.onTimeout(() -> open = false);
        emitter.onError(error -> open = false);
    }

    @Override
    public void run() {
        log.info("event stream subscriber joined after position {}", lastId);
        try (events) {
            emitter.send("retry: 2000\n: connected after position " + lastId + "\n\n", EVENT_STREAM);
            long lastWrite = System.nanoTime();
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(1 << 16);
            while (open) {
                chunk.reset();
                write(events.next(properties.poll()), chunk);
                if (chunk.size() == 0 && System.nanoTime() - lastWrite >= properties.heartbeat().toNanos()) {
                    String heartbeat = ": heartbeat\n";
                    if (released > lastId) {
                        lastId = released;
                        heartbeat += "id: " + lastId + "\n";
                    }
                    chunk.writeBytes((heartbeat + "\n").getBytes(StandardCharsets.US_ASCII));
                }
                if (chunk.size() > 0) {
                    emitter.send(chunk.toByteArray(), EVENT_STREAM);
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

    private void write(ReadAhead.Batch batch, ByteArrayOutputStream chunk) {
        if (batch == null) {
            return;
        }
        released = batch.released();
        try (JsonGenerator json = writer.framed(chunk)) {
            for (Envelope event : batch.envelopes()) {
                json.writeRaw("id: " + event.position() + "\ndata: ");
                writer.write(json, event);
                json.writeRaw("\n\n");
                lastId = event.position();
            }
        }
    }

    private void complete() {
        try {
            emitter.complete();
        } catch (RuntimeException alreadyCompleted) {
            log.trace("event stream already completed", alreadyCompleted);
        }
    }
}
