package com.outsourcingledger.command.specialaudit.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The days a special audit examines, both included, in the ledger's zone. */
public record AuditPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    /** Whether an instant falls on one of the period's days. */
    public boolean contains(Instant instant) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
