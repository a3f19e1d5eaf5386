package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs rules over planted events as the checklist generator runs them over the store: in store order (planted in
 * time order) up to the end of the period's last day.
 */
final class PlantedChecklist {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PlantedChecklist() {
    }

    /** The last whole calendar year: always past, so an audit may be opened on it. */
    static AuditPeriod lastYear() {
        int year = LocalDate.now(ZONE).getYear() - 1;
        return new AuditPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), ZONE);
    }

    static Instant endOf(AuditPeriod period) {
        return period.to().plusDays(1).atStartOfDay(period.zone()).toInstant();
    }

    /** Time order, a history's own order kept for events at the same instant: as they would have been stored. */
    static List<AuditedEvent> inStoreOrder(List<AuditedEvent> events) {
        List<AuditedEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(AuditedEvent::timestamp));
        return ordered;
    }

    static List<AuditedEvent> everything(ControlPlant plant, AuditPeriod period) {
        return Stream.concat(plant.clean(period).stream(), plant.violation(period).stream()).toList();
    }

    static List<ControlAnswer> answers(List<ControlRule> rules, List<AuditedEvent> events, AuditPeriod period) {
        Instant end = endOf(period);
        inStoreOrder(events).stream().filter(e -> e.timestamp().isBefore(end))
                .forEach(e -> rules.forEach(rule -> rule.accept(e)));
        return rules.stream().map(rule -> rule.answer(period)).toList();
    }

    static List<ControlException> exceptions(List<ControlAnswer> answers) {
        return answers.stream().flatMap(a -> a.exceptions().stream()).toList();
    }
}
