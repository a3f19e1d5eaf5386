package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Feeds rules the events of a period as the checklist generator does: in order, up to the end of its last day. */
final class PlantedRules {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final AuditPeriod YEAR_2026 = new AuditPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ZONE);

    private PlantedRules() {
    }

    static ControlAnswer answer(ControlRule rule, AuditPeriod period, List<AuditedEvent> events) {
        Instant end = period.to().plusDays(1).atStartOfDay(period.zone()).toInstant();
        events.stream().filter(e -> e.timestamp().isBefore(end)).forEach(rule::accept);
        return rule.answer(period);
    }

    static List<ControlAnswer> answers(AuditPeriod period, List<AuditedEvent> events) {
        return ControlRules.fresh().stream().map(rule -> answer(rule, period, events)).toList();
    }

    static ControlAnswer answerOf(AuditControl control, List<ControlAnswer> answers) {
        return answers.stream().filter(a -> a.control() == control).findFirst().orElseThrow();
    }
}
