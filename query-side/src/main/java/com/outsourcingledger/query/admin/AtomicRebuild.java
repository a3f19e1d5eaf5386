package com.outsourcingledger.query.admin;

import com.outsourcingledger.platform.axon.GlobalPositions;
import com.outsourcingledger.platform.axon.EventHandlingGuard;
import com.outsourcingledger.platform.axon.ProcessorFailures;
import com.outsourcingledger.platform.axon.SkippedEvents;
import com.outsourcingledger.query.readmodel.TableStatistics;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One rebuild of a projection that its readers never see half done: the reset handlers, the replay of every event
 * from the start of the log up to the head seen when it starts, and the new token of every segment run in one
 * database transaction on a thread of its own, while the processor is shut down on this node and its segments are
 * claimed (row locks) by the transaction. Readers keep seeing the previous view until it commits. An event the
 * projection cannot apply, unless skipped, rolls it all back: the previous view and tokens stay, the processor
 * starts again where it was, and the failure names the event.
 * <p>
 * The handlers get the events as the tracking processor hands them: {@code ledger.event-batch} at a time in a
 * {@link BatchingUnitOfWork} (without a transaction of its own: the handlers' JDBC joins the rebuild's), marked as a
 * replay of everything up to the head. A batch that fails is rolled back to a savepoint and applied again one event
 * at a time ({@link EventHandlingGuard#ONE_EVENT_AT_A_TIME}), so that the failure is at its very event.
 */
final class AtomicRebuild {

    private static final Logger log = LoggerFactory.getLogger(AtomicRebuild.class);

    private final String name;
    private final TrackingEventProcessor processor;
    private final TokenStore tokens;
    private final TransactionTemplate transaction;
    private final SkippedEvents skipped;
    private final int batchSize;
    private final Clock clock;
    private final CompletableFuture<Void> claimed = new CompletableFuture<>();
    private final Instant startedAt;
    private volatile String state = "RUNNING";
    private volatile long head;
    private volatile long position;
    private volatile ProjectionStatus.Failure failure;
    private volatile Instant finishedAt;
    private volatile boolean cancelled;
    private Thread thread;

    AtomicRebuild(String name, TrackingEventProcessor processor, TokenStore tokens,
                  PlatformTransactionManager transactions, SkippedEvents skipped, int batchSize, Clock clock) {
        this.name = name;
        this.processor = processor;
        this.tokens = tokens;
        // no timeout: the rebuild is as long as the log, and a batch's timeout does not apply to it
        this.transaction = new TransactionTemplate(transactions);
        this.skipped = skipped;
        this.batchSize = batchSize;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /**
     * Starts the rebuild (the processor must be shut down on this node) and waits until its transaction holds every
     * segment; throws what refused a claim, e.g. another node's.
     */
    void start(Duration claimTimeout) throws Exception {
        thread = Thread.ofPlatform().daemon().name("rebuild-" + name).start(this::run);
        try {
            claimed.get(claimTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            log.warn("Rebuild of {} has not claimed its segments within {}; it goes on", name, claimTimeout);
        }
    }

    boolean running() {
        return state.equals("RUNNING");
    }

    long position() {
        return position;
    }

    ProjectionStatus.Rebuild status() {
        return new ProjectionStatus.Rebuild(state, startedAt, finishedAt, head, position, failure);
    }

    /** The application stops: the rebuild rolls back at its next event, and the processor stays down. */
    void cancel(Duration wait) throws InterruptedException {
        cancelled = true;
        if (thread != null) {
            thread.join(wait);
        }
    }

    private void run() {
        try {
            TableStatistics.inOneTransaction(() -> transaction.executeWithoutResult(this::rebuild));
            state = "COMPLETED";
            log.info("Rebuilt {} up to position {} in one transaction", name, position);
        } catch (RuntimeException | Error e) {
            if (failure == null) {
                failure = new ProjectionStatus.Failure(null, null, null, ProcessorFailures.describe(e));
            }
            state = "FAILED";
            claimed.completeExceptionally(e);
            log.warn("Rebuild of {} rolled back, the previous view stays: {}", name, failure, e);
        } finally {
            finishedAt = clock.instant();
            if (!cancelled) {
                processor.start();
            }
        }
    }

    private void rebuild(TransactionStatus status) {
        int[] segmentIds = tokens.fetchSegments(name);
        if (segmentIds.length == 0) {
            throw new IllegalStateException("Projection " + name + " has no token yet");
        }
        for (int segment : segmentIds) {
            tokens.fetchToken(name, segment);
        }
        TrackingToken headToken = processor.getMessageSource().createHeadToken();
        head = GlobalPositions.positionOf(headToken);
        claimed.complete(null);

        EventHandlerInvoker invoker = processor.eventHandlerInvoker();
        invoker.performReset();
        List<Segment> segments = new ArrayList<>();
        for (int segment : segmentIds) {
            segments.add(Segment.computeSegment(segment, segmentIds));
        }
        TrackingToken token = ReplayToken.createReplayToken(headToken, null);
        if (headToken != null) {
            token = replay(status, invoker, segments, token);
        }
        for (int segment : segmentIds) {
            tokens.storeToken(token, name, segment);
            tokens.releaseClaim(name, segment);
        }
    }

    /** Applies every event up to the head; returns the token after the last. */
    private TrackingToken replay(TransactionStatus status, EventHandlerInvoker invoker, List<Segment> segments,
                                 TrackingToken token) {
        long read = -1;
        List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
        try (BlockingStream<? extends TrackedEventMessage<?>> stream = processor.getMessageSource().openStream(null)) {
            while (read < head) {
                if (cancelled) {
                    throw new IllegalStateException("the application is stopping");
                }
                if (!stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    continue;
                }
                TrackedEventMessage<?> message = stream.nextAvailable();
                token = token instanceof ReplayToken replay ? replay.advancedTo(message.trackingToken())
                        : message.trackingToken();
                read = GlobalPositions.positionOf(message.trackingToken());
                TrackedEventMessage<?> replayed = message.withTrackingToken(token);
                if (segments.stream().anyMatch(segment -> invoker.canHandle(replayed, segment))) {
                    batch.add(replayed);
                }
                if (batch.size() >= batchSize) {
                    apply(status, invoker, segments, batch);
                    batch.clear();
                }
                if (batch.isEmpty()) {
                    position = read;
                }
            }
            apply(status, invoker, segments, batch);
            position = read;
            return token;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** One batch within a savepoint; when it fails, again one event at a time to fail at the very event. */
    private void apply(TransactionStatus status, EventHandlerInvoker invoker, List<Segment> segments,
                       List<TrackedEventMessage<?>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Object savepoint = status.createSavepoint();
        Throwable failed = handle(invoker, segments, batch, false);
        if (failed != null) {
            status.rollbackToSavepoint(savepoint);
            failed = handle(invoker, segments, batch, true);
            if (failed != null) {
                if (failure == null) {
                    failure = new ProjectionStatus.Failure(null, null, position(batch.getFirst()),
                            "a batch failed from this position: " + ProcessorFailures.describe(failed));
                }
                throw new IllegalStateException("Rebuild of " + name + " cannot apply event " + failure.eventId(),
                        failed);
            }
        }
        status.releaseSavepoint(savepoint);
    }

    private Throwable handle(EventHandlerInvoker invoker, List<Segment> segments, List<TrackedEventMessage<?>> batch,
                             boolean oneAtATime) {
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        if (oneAtATime) {
            unitOfWork.resources().put(EventHandlingGuard.ONE_EVENT_AT_A_TIME, Boolean.TRUE);
        }
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            TrackedEventMessage<?> message = unitOfWork.getMessage();
            if (skipped.isSkipped(name, message.getIdentifier())) {
                log.warn("Rebuild of {} skips event {} ({}) at {}, as an operator decided", name,
                        message.getIdentifier(), message.getPayloadType().getSimpleName(), position(message));
                return null;
            }
            try {
                for (Segment segment : segments) {
                    invoker.handle(message, segment);
                }
            } catch (Exception | Error e) {
                if (oneAtATime) {
                    failure = new ProjectionStatus.Failure(message.getIdentifier(), message.getPayloadType().getName(),
                            position(message), ProcessorFailures.describe(e));
                }
                throw e;
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        return result.optionalExceptionResult().orElse(null);
    }

    private static Long position(TrackedEventMessage<?> message) {
        TrackingToken token = message.trackingToken();
        TrackingToken current = token instanceof ReplayToken replay ? replay.getCurrentToken() : token;
        return current == null ? null : GlobalPositions.positionOf(current);
    }
}
