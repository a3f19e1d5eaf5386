package com.outsourcingledger.query.projection;

/**
 * A projection's tracking processor: its position and the head of the event log (global indexes), whether a
 * rebuild is still replaying towards the head, its speed over the last seconds and the time it needs to reach the head at that speed.
 */
public record ProjectionStatus(String name, boolean running, boolean replaying, boolean caughtUp, long position,
                               long head, double eventsPerSecond, Long secondsLeft, String error) {
}
