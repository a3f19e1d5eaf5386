package com.outsourcingledger.command.contract;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A fixed clock that a test can move to a later fixed instant between two commands. */
final class MutableClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void setTo(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new MutableClock(now, otherZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
