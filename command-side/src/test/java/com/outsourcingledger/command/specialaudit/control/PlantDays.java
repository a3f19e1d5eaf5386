package com.outsourcingledger.command.specialaudit.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/**
 * The days the worker, settlement, PIP and incident plants are laid out on: their deciding events fall on one
 * day inside any period, at most ten days after its start; what leads up to it may come before the period.
 */
final class PlantDays {

    private PlantDays() {
    }

    static LocalDate decidingDay(AuditPeriod period) {
        LocalDate tenDaysIn = period.from().plusDays(10);
        return tenDaysIn.isAfter(period.to()) ? period.to() : tenDaysIn;
    }

    /** The events of a plant's histories as the store holds them: in the order they happened. */
    static List<AuditedEvent> inStoreOrder(List<AuditedEvent> events) {
        return events.stream().sorted(Comparator.comparing(AuditedEvent::timestamp)).toList();
    }

    static Instant at(AuditPeriod period, LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(period.zone()).toInstant();
    }
}
