package com.outsourcingledger.query.stream.delivery;

import com.outsourcingledger.query.sse.EventStreamProperties;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.platform.eventlog.EventLog;
import com.outsourcingledger.platform.eventlog.EventSource;
import com.outsourcingledger.query.privacy.PersonalDataRendering;
import com.outsourcingledger.query.stream.catalog.EventCatalog;
import com.outsourcingledger.query.stream.catalog.EventType;
import com.outsourcingledger.query.stream.envelope.CloudEventWriter;
import com.outsourcingledger.query.stream.envelope.StreamedEvent;
import com.outsourcingledger.query.sse.SubscriptionsFull;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import tools.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Opens reads of the store for subscribers (each on its own stream, read on one thread and written on another,
 * at most {@code maxSubscribers} at once) and for page requests.
 */
public class EventStreamService {

    /** How long a page waits, at most, for events up to the head the store reported (a gap may never fill). */
    private static final Duration PAGE_PATIENCE = Duration.ofSeconds(2);

    /** Events a page request looks at, at most, whatever its filter; nextAfter tells where it stopped. */
    static final int MAX_SCANNED_PER_PAGE = 10_000;

    private final EventLog log;
    private final Duration pollDelay;
    private final StreamPositions positions;
    private final CloudEventWriter writer;
    private final EventStreamProperties properties;
    private final Clock clock;
    private final Semaphore subscribers;
    private final ExecutorService executor = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("event-stream-", 0).daemon().factory());

    public EventStreamService(EventStore eventStore, EventStorageEngine engine, Duration pollDelay, EventCatalog catalog,
                       Serializer serializer, PersonalDataRendering personalData, EventStreamProperties properties,
                       Clock clock) {
        this.log = new EventLog(eventStore, engine);
        this.pollDelay = pollDelay;
        this.positions = new StreamPositions(eventStore);
        this.writer = new CloudEventWriter(catalog, serializer, personalData);
        this.properties = properties;
        this.clock = clock;
        this.subscribers = new Semaphore(properties.maxSubscribers());
    }

    EventCursor open(long after) {
        return new EventCursor(EventSource.of(log, positions.after(after), pollDelay),
                new OrderedRelease(after, properties.gapTimeout(), clock), properties.maxHeld());
    }

    public ResponseBodyEmitter subscribe(long after, EventFilter filter) {
        if (!subscribers.tryAcquire()) {
            throw new SubscriptionsFull(properties.maxSubscribers());
        }
        try {
            ResponseBodyEmitter emitter = new ResponseBodyEmitter(-1L);
            ReadAhead events = new ReadAhead(open(after), writer, filter, properties.batchSize(), properties.poll(),
                    executor);
            executor.execute(new SseSubscription(events, emitter, writer, properties, after, subscribers::release));
            return emitter;
        } catch (RuntimeException e) {
            subscribers.release();
            throw e;
        }
    }

    /**
     * {@code {"events": [...], "nextAfter": n, "headPosition": h}} as JSON; {@code h} is the store's head (or an
     * event read past it meanwhile), never the position asked after.
     */
    public byte[] page(long after, int limit, EventFilter filter) throws InterruptedException {
        long head = positions.head();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        long nextAfter = after;
        long highestRead = 0;
        try (JsonGenerator json = EventWireFormat.jsonMapper().createGenerator(out);
             EventCursor cursor = open(after)) {
            json.writeStartObject();
            json.writeName("events");
            json.writeStartArray();
            int returned = 0;
            int scanned = 0;
            long patience = System.nanoTime() + PAGE_PATIENCE.toNanos();
            while (returned < limit && scanned < MAX_SCANNED_PER_PAGE) {
                // A streaming source (Axon Server) fills its buffer asynchronously: up to the head the store
                // reported, a page waits for the events it knows exist instead of answering empty.
                Duration wait = nextAfter < head
                        ? Duration.ofNanos(Math.max(0, patience - System.nanoTime())) : Duration.ZERO;
                List<StreamedEvent> batch = cursor.next(Math.min(limit - returned, MAX_SCANNED_PER_PAGE - scanned),
                        wait);
                if (batch.isEmpty()) {
                    break;
                }
                for (StreamedEvent event : batch) {
                    highestRead = Math.max(highestRead, event.position());
                    EventType type = writer.typeOf(event);
                    if (filter.matches(type)) {
                        writer.write(json, writer.envelope(event, type));
                        returned++;
                    }
                }
                scanned += batch.size();
                nextAfter = cursor.released();
            }
            json.writeEndArray();
            json.writeNumberProperty("nextAfter", nextAfter);
            json.writeNumberProperty("headPosition", Math.max(head, highestRead));
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    /** Subscriptions holding a slot now. */
    public int activeSubscribers() {
        return properties.maxSubscribers() - subscribers.availablePermits();
    }

    /** Ends every subscription, each completing its response: the app is stopping. */
    public void shutDown() {
        executor.shutdownNow();
    }
}
