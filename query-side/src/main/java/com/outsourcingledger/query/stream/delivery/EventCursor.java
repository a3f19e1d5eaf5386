package com.outsourcingledger.query.stream.delivery;

import com.outsourcingledger.platform.eventlog.EventSource;
import com.outsourcingledger.query.stream.envelope.StreamedEvent;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Duration;
import java.util.List;

/** One consumer's read of the store, handing out events in position order (see {@link OrderedRelease}). */
final class EventCursor implements AutoCloseable {

    private final EventSource source;
    private final OrderedRelease release;
    private final int maxHeld;

    EventCursor(EventSource source, OrderedRelease release, int maxHeld) {
        this.source = source;
        this.release = release;
        this.maxHeld = maxHeld;
    }

    /**
     * The next events in order, at most {@code max}; waits up to {@code wait} when none is ready, and returns
     * an empty list if none became ready.
     */
    List<StreamedEvent> next(int max, Duration wait) throws InterruptedException {
        List<StreamedEvent> ready = release.release(max);
        if (!ready.isEmpty()) {
            return ready;
        }
        if (release.held() >= maxHeld) {
            Thread.sleep(wait.toMillis());
        } else {
            for (TrackedEventMessage<?> message : source.read(Math.min(max, maxHeld - release.held()), wait)) {
                release.accept(message);
            }
        }
        return release.release(max);
    }

    /** The last position handed out: every event at or below it has been returned by {@link #next}. */
    long released() {
        return release.released();
    }

    @Override
    public void close() {
        source.close();
    }
}
