package com.outsourcingledger.command.specialaudit.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Instants for planting: the deciding events of a plant fall on the morning of the period's first day. */
final class PlantingClock {

    private PlantingClock() {
    }

    /** Nine o'clock, in the audit's zone, on the period's first day. */
    static Instant morning(AuditPeriod period) {
        return period.from().atTime(9, 0).atZone(period.zone()).toInstant();
    }

    static Instant at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(hour, 0).atZone(zone).toInstant();
    }

    /** Just after midnight, as a durable deadline due on {@code day} fires. */
    static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().plusSeconds(1);
    }
}
