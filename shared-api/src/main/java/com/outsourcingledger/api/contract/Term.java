package com.outsourcingledger.api.contract;

import java.time.LocalDate;
import java.util.Objects;

/** The service term, both days included. */
public record Term(LocalDate start, LocalDate end) {

    public Term {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A term ends after it starts, not " + start + " to " + end);
        }
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
