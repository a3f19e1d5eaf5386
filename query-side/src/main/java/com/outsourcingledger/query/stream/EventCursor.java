package com.outsourcingledger.query.stream;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One consumer's read of the store, through Axon's streaming API so that it works on the JDBC store and on
 * Axon Server alike, handing out events in position order (see {@link OrderedRelease}).
 */
final class EventCursor implements AutoCloseable {

    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final OrderedRelease release;
    private final int maxHeld;

    EventCursor(BlockingStream<TrackedEventMessage<?>> stream, OrderedRelease release, int maxHeld) {
        this.stream = stream;
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
        } else if (stream.hasNextAvailable((int) wait.toMillis(), TimeUnit.MILLISECONDS)) {
            for (int read = 0; read < max && release.held() < maxHeld; read++) {
                release.accept(stream.nextAvailable());
                if (!stream.hasNextAvailable()) {
                    break;
                }
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
        stream.close();
    }
}
