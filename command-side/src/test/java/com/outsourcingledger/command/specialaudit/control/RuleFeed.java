package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.specialaudit.ControlAnswer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Feeds a rule planted histories, one after the other as the store holds them, and answers for the audit year. */
final class RuleFeed {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Two years from the start of the audit year. */
    static final Term TERM = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    static final AuditPeriod YEAR = new AuditPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ZONE);

    private RuleFeed() {
    }

    @SafeVarargs
    static ControlAnswer answer(ControlRule rule, List<AuditedEvent>... histories) {
        Arrays.stream(histories).flatMap(List::stream).forEach(rule::accept);
        return rule.answer(YEAR);
    }

    /** The planted events of one type, in order. */
    static List<AuditedEvent> only(List<AuditedEvent> events, Class<?> type) {
        return events.stream().filter(e -> type.isInstance(e.payload())).toList();
    }

    static Instant at(int month, int day, int hour) {
        return LocalDate.of(2026, month, day).atTime(hour, 0).atZone(ZONE).toInstant();
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
