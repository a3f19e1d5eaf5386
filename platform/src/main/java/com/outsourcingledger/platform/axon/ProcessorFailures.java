package com.outsourcingledger.platform.axon;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each event processor of this node last failed to apply and has not yet passed: the event (when known),
 * its position and the error. A failure stays until the processor commits a batch past its position, so health
 * can say which processor is stuck, where and why, for as long as it is.
 * <p>
 * A failure first seen at a batch's commit cannot name its event (the batch writes all its events at once);
 * the processor then works {@linkplain #oneEventAtATime one event at a time} until it has passed the failure,
 * so the retry fails at the very event and names it.
 */
public final class ProcessorFailures {

    /** A processor that cannot pass an event: which, where, what and since when. */
    public record Failure(String processor, String eventId, String eventType, Long position, String error,
                          Instant since, boolean pinpointed) {
    }

    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public ProcessorFailures(Clock clock) {
        this.clock = clock;
    }

    /** The processor failed while applying this very event. */
    void failedAt(String processor, String eventId, String eventType, Long position, Throwable error) {
        failures.compute(processor, (name, previous) -> new Failure(name, eventId, eventType, position,
                describe(error), since(previous, eventId), true));
    }

    /** The processor's batch failed as a whole (at its commit), between these positions. */
    void failedBatch(String processor, Long firstPosition, Throwable error) {
        failures.compute(processor, (name, previous) -> previous != null && previous.pinpointed()
                ? previous
                : new Failure(name, null, null, firstPosition, describe(error), since(previous, null), false));
    }

    /** The processor committed everything up to this position. */
    void passed(String processor, long position) {
        failures.computeIfPresent(processor, (name, failure) ->
                failure.position() == null || failure.position() <= position ? null : failure);
    }

    /** Whether the processor should write each event at once, to find the one it cannot apply. */
    public boolean oneEventAtATime(String processor) {
        return failures.containsKey(processor);
    }

    /** The failures not yet passed, by processor. */
    public Map<String, Failure> current() {
        return Map.copyOf(failures);
    }

    private Instant since(Failure previous, String eventId) {
        return previous != null && (eventId == null || eventId.equals(previous.eventId()) || previous.eventId() == null)
                ? previous.since() : clock.instant();
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) + "…" : message;
    }
}
