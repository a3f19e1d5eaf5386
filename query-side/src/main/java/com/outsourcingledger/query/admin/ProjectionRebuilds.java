package com.outsourcingledger.query.admin;

import com.outsourcingledger.api.refusal.ProjectionRuleCodes;
import com.outsourcingledger.platform.axon.GlobalPositions;
import com.outsourcingledger.platform.LedgerProperties;
import com.outsourcingledger.platform.axon.ProcessorFailures;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.api.refusal.Refusal;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds a projection from the start of the event log in one transaction ({@link AtomicRebuild}): its readers see
 * the previous view until the rebuilt one commits, and keep it when the rebuild cannot pass an event. The position
 * (the rebuild's while one runs, else the processor's) is sampled every second, so the status can tell the speed and
 * the time left.
 */
@Component
class ProjectionRebuilds implements DisposableBean {

    /** The audit index's processing group (AuditIndexProjection). */
    static final String AUDIT_INDEX = "audit-index";
    private static final int WINDOW = 10;
    private static final Duration CLAIM_WAIT = Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ProcessorFailures failures;
    private final TokenStore tokenStore;
    private final PlatformTransactionManager transactions;
    private final ProcessorSkips skips;
    private final LedgerProperties properties;
    private final Clock clock;
    private final Map<String, AtomicRebuild> rebuilds = new ConcurrentHashMap<>();
    private final Map<String, Deque<Sample>> samples = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "projection-progress");
        thread.setDaemon(true);
        return thread;
    });

    private record Sample(long nanos, long position) {
    }

    ProjectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore, ProcessorFailures failures,
                       TokenStore tokenStore, PlatformTransactionManager transactions, ProcessorSkips skips,
                       LedgerProperties properties, Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.failures = failures;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.skips = skips;
        this.properties = properties;
        this.clock = clock;
        sampler.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    List<ProjectionStatus> all() {
        long head = head();
        return processors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(p -> status(p.getKey(), p.getValue(), head))
                .toList();
    }

    ProjectionStatus status(String name) {
        return status(name, processor(name), head());
    }

    synchronized ProjectionStatus rebuild(String name) {
        StreamingEventProcessor processor = processor(name);
        if (!processor.supportsReset()) {
            throw Refusal.conflict(ProjectionRuleCodes.REBUILD_UNSUPPORTED,
                    "Projection " + name + " has handlers that cannot be replayed");
        }
        ProcessorFailures.Failure failure = failures.of(name).stream().findFirst().orElse(null);
        if (failure != null) {
            throw Refusal.conflict(ProjectionRuleCodes.REBUILD_STUCK, "Projection " + name
                    + " cannot apply event " + failure.eventId() + " at position " + failure.position()
                    + "; a rebuild would stop at the same event. Fix the cause or skip the event"
                    + " (POST /admin/projections/" + name + "/skips) first");
        }
        AtomicRebuild running = rebuilds.get(name);
        if (running != null && running.running()) {
            throw Refusal.conflict(ProjectionRuleCodes.REBUILD_RUNNING,
                    "Projection " + name + " is being rebuilt: follow it at /admin/projections/" + name);
        }
        if (name.equals(AUDIT_INDEX) || !(processor instanceof TrackingEventProcessor tracking)) {
            replayInPlace(name, processor);
        } else {
            rebuildAtomically(name, tracking);
        }
        return status(name);
    }

    /**
     * The audit index has no reset handler (its replay skips what it indexed, and is never emptied), so it replays in
     * place: reset its token and let the processor run through the log again.
     */
    private void replayInPlace(String name, StreamingEventProcessor processor) {
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (IllegalStateException | UnableToClaimTokenException e) {
            throw claimedElsewhere(name, e);
        } finally {
            samples.remove(name);
            processor.start();
        }
    }

    private void rebuildAtomically(String name, TrackingEventProcessor processor) {
        processor.shutDown();
        samples.remove(name);
        AtomicRebuild rebuild = new AtomicRebuild(name, processor, tokenStore, transactions, skips,
                properties.eventBatch(), clock);
        rebuilds.put(name, rebuild);
        try {
            rebuild.start(CLAIM_WAIT);
        } catch (UnableToClaimTokenException e) {
            throw claimedElsewhere(name, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Refusal claimedElsewhere(String name, RuntimeException e) {
        return Refusal.conflict(ProjectionRuleCodes.REBUILD_CLAIMED,
                "Projection " + name + " is being processed elsewhere and cannot be reset: " + e.getMessage());
    }

    private Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> streaming = new java.util.HashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor s) {
                streaming.put(name, s);
            }
        });
        return streaming;
    }

    private StreamingEventProcessor processor(String name) {
        StreamingEventProcessor processor = processors().get(name);
        if (processor == null) {
            throw new ResourceNotFoundException(ProjectionRuleCodes.NOT_FOUND, "projection", name);
        }
        return processor;
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return GlobalPositions.positionOf(head);
    }

    /** The rebuild's own position while one runs (its processor is shut down), else the processor's. */
    private long position(String name, StreamingEventProcessor processor) {
        AtomicRebuild rebuild = rebuilds.get(name);
        return rebuild != null && rebuild.running() ? rebuild.position()
                : position(processor.processingStatus().values());
    }

    private static long position(Collection<EventTrackerStatus> segments) {
        return segments.stream().mapToLong(s -> GlobalPositions.positionOf(s.getTrackingToken())).min().orElse(0);
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        AtomicRebuild rebuild = rebuilds.get(name);
        boolean rebuilding = rebuild != null && rebuild.running();
        long position = position(name, processor);
        // Axon keeps a replay token until an event newer than the reset arrives; at the head the rebuild is done.
        boolean replaying = rebuilding
                || position < head && segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        ProcessorFailures.Failure failure = failures.of(name).stream().findFirst().orElse(null);
        boolean caughtUp = failure == null && !rebuilding && !segments.isEmpty()
                && segments.stream().allMatch(s -> s.isCaughtUp() && !s.isErrorState());
        String error = failure != null
                ? "cannot apply event " + (failure.eventId() == null ? "(being located)" : failure.eventId())
                + " at position " + failure.position() + ": " + failure.error()
                : segments.stream().filter(EventTrackerStatus::isErrorState)
                .map(s -> String.valueOf(s.getError())).findFirst().orElse(null);
        double rate = rate(name);
        long left = Math.max(0, head - position);
        Long secondsLeft = left == 0 ? Long.valueOf(0) : rate > 0 ? Long.valueOf((long) Math.ceil(left / rate)) : null;
        return new ProjectionStatus(name, processor.isRunning(), replaying, caughtUp, position, head,
                Math.round(rate * 10) / 10.0, secondsLeft, error, rebuild == null ? null : rebuild.status());
    }

    private double rate(String name) {
        Deque<Sample> window = samples.get(name);
        if (window == null) {
            return 0;
        }
        synchronized (window) {
            if (window.size() < 2) {
                return 0;
            }
            Sample first = window.peekFirst();
            Sample last = window.peekLast();
            return (last.position() - first.position()) * 1e9 / (last.nanos() - first.nanos());
        }
    }

    private void sample() {
        try {
            long now = System.nanoTime();
            processors().forEach((name, processor) -> {
                Deque<Sample> window = samples.computeIfAbsent(name, n -> new ArrayDeque<>());
                synchronized (window) {
                    window.addLast(new Sample(now, position(name, processor)));
                    while (window.size() > WINDOW) {
                        window.removeFirst();
                    }
                }
            });
        } catch (RuntimeException ignored) {
            // a sample lost while processors restart; the next one follows in a second
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        sampler.shutdownNow();
        for (AtomicRebuild rebuild : rebuilds.values()) {
            rebuild.cancel(Duration.ofSeconds(10));
        }
    }
}
