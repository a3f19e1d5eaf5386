package com.outsourcingledger.platform.eventlog;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The event source of the tracking processors, reading each processor's stream ahead on a thread of its own: while
 * the processor handles one batch and writes its read model, the next events are fetched from the database and
 * decoded, where otherwise the processor would wait for the query after every batch. The order and the tokens are
 * the underlying stream's; at most {@code capacity} events are held per stream.
 * <p>
 * A processor that waited for events lingers: once the first one is there, it is told so only after {@code linger},
 * so that the events that arrive meanwhile are handled in the same batch, one transaction, instead of each in its
 * own. A processor with events waiting, as in a replay, never lingers. Off unless {@code ledger.processor-linger} is
 * set: in the command-throughput benchmark 10 ms saved transactions but not CPU, and delayed visibility.
 */
public final class ReadAheadEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ReadAheadEventSource.class);
    private static final long STEP_MILLIS = 100;

    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final int capacity;

    private final Duration linger;

    public ReadAheadEventSource(StreamableMessageSource<TrackedEventMessage<?>> source, int capacity) {
        this(source, capacity, Duration.ZERO);
    }

    public ReadAheadEventSource(StreamableMessageSource<TrackedEventMessage<?>> source, int capacity,
                                Duration linger) {
        this.source = source;
        this.capacity = capacity;
        this.linger = linger;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new ReadAheadStream(source.openStream(token), capacity, linger.toNanos());
    }

    @Override
    public TrackingToken createTailToken() {
        return source.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return source.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return source.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return source.createTokenSince(duration);
    }

    /** One consumer's stream; its methods are called by that consumer's thread only, as Axon's streams are. */
    static final class ReadAheadStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> source;
        private final BlockingQueue<TrackedEventMessage<?>> read;
        private final Thread reader;
        private volatile boolean closed;
        private volatile RuntimeException failure;
        private TrackedEventMessage<?> next;

        private final long lingerNanos;

        ReadAheadStream(BlockingStream<TrackedEventMessage<?>> source, int capacity) {
            this(source, capacity, 0);
        }

        ReadAheadStream(BlockingStream<TrackedEventMessage<?>> source, int capacity, long lingerNanos) {
            this.lingerNanos = lingerNanos;
            this.source = source;
            this.read = new ArrayBlockingQueue<>(capacity);
            this.reader = Thread.ofPlatform().daemon().name("event-read-ahead").start(this::readAhead);
        }

        private void readAhead() {
            try {
                while (!closed) {
                    if (source.hasNextAvailable((int) STEP_MILLIS, TimeUnit.MILLISECONDS)) {
                        TrackedEventMessage<?> message = source.nextAvailable();
                        while (!closed && !read.offer(message, STEP_MILLIS, TimeUnit.MILLISECONDS)) {
                            // the consumer is behind: wait for room
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                if (!closed) {
                    failure = e instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException("reading the event stream failed", e);
                }
                if (e instanceof Error error) {
                    throw error;
                }
            } finally {
                try {
                    source.close();
                } catch (RuntimeException e) {
                    log.debug("closing the event stream failed", e);
                }
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            if (next == null) {
                next = read.poll();
                if (next == null) {
                    throwIfFailed();
                }
            }
            return Optional.ofNullable(next);
        }

        /** Waits in steps, so that a failure of the reader is reported at once rather than after the timeout. */
        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            boolean waited = next == null && read.isEmpty();
            while (next == null) {
                throwIfFailed();
                long left = deadline - System.nanoTime();
                next = read.poll(Math.max(0, Math.min(left, TimeUnit.MILLISECONDS.toNanos(STEP_MILLIS))),
                        TimeUnit.NANOSECONDS);
                if (next == null && left <= 0) {
                    throwIfFailed();
                    return false;
                }
            }
            if (waited && timeout > 0 && lingerNanos > 0) {
                TimeUnit.NANOSECONDS.sleep(lingerNanos);
            }
            return true;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (next == null) {
                next = read.poll(STEP_MILLIS, TimeUnit.MILLISECONDS);
                if (next == null) {
                    throwIfFailed();
                }
            }
            TrackedEventMessage<?> message = next;
            next = null;
            return message;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            source.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            closed = true;
            read.clear();
        }

        private void throwIfFailed() {
            RuntimeException failed = failure;
            if (failed != null) {
                throw failed;
            }
        }

        /** Whether the reading thread still runs; it ends shortly after the stream is closed or fails. */
        boolean reading() {
            return reader.isAlive();
        }
    }
}
