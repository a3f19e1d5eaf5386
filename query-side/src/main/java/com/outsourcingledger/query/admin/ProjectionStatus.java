package com.outsourcingledger.query.admin;

import java.time.Instant;

/**
 * A projection's tracking processor: its position and the head of the event log (global indexes), whether a
 * rebuild is still replaying towards the head, its speed over the last seconds and the time it needs to reach the head at that speed.
 * While an atomic rebuild runs, the position is the rebuild's; {@code rebuild} tells the last rebuild on this node.
 */
public record ProjectionStatus(String name, boolean running, boolean replaying, boolean caughtUp, long position,
                               long head, double eventsPerSecond, Long secondsLeft, String error, Rebuild rebuild) {

    /**
     * The last rebuild of the projection on this node: {@code RUNNING}, {@code COMPLETED} (committed) or
     * {@code FAILED} (rolled back: the previous view and its tokens stay), how far it got, and what failed it.
     */
    public record Rebuild(String state, Instant startedAt, Instant finishedAt, long head, long position,
                          Failure failure) {
    }

    /** The event a rebuild could not apply ({@code eventId} null when the failure was not at an event). */
    public record Failure(String eventId, String eventType, Long position, String error) {
    }
}
