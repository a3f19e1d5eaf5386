package com.outsourcingledger.query.stream.delivery;

import com.outsourcingledger.query.stream.catalog.EventType;
import com.outsourcingledger.query.stream.envelope.CloudEventWriter;
import com.outsourcingledger.query.stream.envelope.Envelope;
import com.outsourcingledger.query.stream.envelope.StreamedEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * One subscriber's reading, on a thread of its own and at most one batch ahead of the thread that writes: reads
 * the cursor, keeps what the filter lets through and reads those into envelopes, so that the store is read and
 * the next events are prepared while the batch before goes out over the network. Batches keep the cursor's
 * order; the reader stops and closes the cursor when this is closed, also when it had not started yet.
 */
final class ReadAhead implements AutoCloseable {

    /** The envelopes of the events of one read that the filter let through, and the last position read. */
    record Batch(List<Envelope> envelopes, long released) {
    }

    private final BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(1);
    private final EventCursor cursor;
    private final CloudEventWriter writer;
    private final EventFilter filter;
    private volatile Throwable failure;
    private boolean closed;
    private Thread reader;

    ReadAhead(EventCursor cursor, CloudEventWriter writer, EventFilter filter, int batchSize, Duration wait,
              Executor executor) {
        this.cursor = cursor;
        this.writer = writer;
        this.filter = filter;
        executor.execute(() -> read(batchSize, wait));
    }

    private void read(int batchSize, Duration wait) {
        if (!start()) {
            return;
        }
        try (cursor) {
            while (!Thread.currentThread().isInterrupted()) {
                List<StreamedEvent> events = cursor.next(batchSize, wait);
                if (!events.isEmpty()) {
                    ready.put(new Batch(envelopes(events), events.getLast().position()));
                }
            }
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            stop();
        }
    }

    private List<Envelope> envelopes(List<StreamedEvent> events) {
        List<Envelope> envelopes = new ArrayList<>(events.size());
        for (StreamedEvent event : events) {
            EventType type = writer.typeOf(event);
            if (filter.matches(type)) {
                envelopes.add(writer.envelope(event, type));
            }
        }
        return envelopes;
    }

    private synchronized boolean start() {
        if (closed) {
            cursor.close();
            return false;
        }
        reader = Thread.currentThread();
        return true;
    }

    private synchronized void stop() {
        reader = null;
    }

    /** The next batch in order, or null when none was ready within {@code wait}; fails once the reader has. */
    Batch next(Duration wait) throws InterruptedException {
        Batch batch = ready.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
        if (batch == null && failure != null) {
            throw new RuntimeException("reading the event store failed", failure);
        }
        return batch;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (reader != null) {
            reader.interrupt();
        }
    }
}
