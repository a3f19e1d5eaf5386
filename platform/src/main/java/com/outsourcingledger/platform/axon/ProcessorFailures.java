package com.outsourcingledger.platform.axon;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each event processor (segment) of this node last failed to apply and has not yet passed: the event (when known),
 * its position and the error. A failure stays until the processor commits a batch past its position, so health
 * can say which processor is stuck, where and why, for as long as it is.
 * <p>
 * A failure first seen at a batch's commit cannot name its event (the batch writes all its events at once);
 * the processor then works {@linkplain #oneEventAtATime one event at a time} until it has passed the failure,
 * so the retry fails at the very event and names it.
 */
public final class ProcessorFailures {

    /** A processor that cannot pass an event: which, where, what and since when. */
    public record Failure(String processor, int segment, String eventId, String eventType, Long position,
                          String error, Instant since, boolean pinpointed) {
    }

    private record Key(String processor, int segment) {
    }

    private final Map<Key, Failure> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public ProcessorFailures(Clock clock) {
        this.clock = clock;
    }

    /** The processor failed while applying this very event. */
    void failedAt(String processor, int segment, String eventId, String eventType, Long position, Throwable error) {
        failures.compute(new Key(processor, segment), (key, previous) -> new Failure(processor, segment, eventId,
                eventType, position, describe(error), since(previous, eventId), true));
    }

    /** The processor's batch failed as a whole (at its commit), between these positions. */
    void failedBatch(String processor, int segment, Long firstPosition, Throwable error) {
        failures.compute(new Key(processor, segment), (key, previous) -> previous != null && previous.pinpointed()
                ? previous
                : new Failure(processor, segment, null, null, firstPosition, describe(error), since(previous, null),
                false));
    }

    /** The processor's segment committed everything up to this position. */
    void passed(String processor, int segment, long position) {
        failures.computeIfPresent(new Key(processor, segment), (key, failure) ->
                failure.position() == null || failure.position() <= position ? null : failure);
    }

    /** Whether the processor's segment should write each event at once, to find the one it cannot apply. */
    public boolean oneEventAtATime(String processor, int segment) {
        return failures.containsKey(new Key(processor, segment));
    }

    /** The failures of this processor not yet passed, one per stuck segment, earliest position first. */
    public List<Failure> of(String processor) {
        return failures.values().stream().filter(f -> f.processor().equals(processor))
                .sorted(Comparator.comparing(Failure::position, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private Instant since(Failure previous, String eventId) {
        return previous != null && (eventId == null || eventId.equals(previous.eventId()) || previous.eventId() == null)
                ? previous.since() : clock.instant();
    }

    /** A failure as operators read it: its root cause's type and message, at most 1,000 characters. */
    public static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) + "…" : message;
    }
}
