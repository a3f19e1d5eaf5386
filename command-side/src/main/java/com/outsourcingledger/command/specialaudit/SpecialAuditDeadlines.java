package com.outsourcingledger.command.specialaudit;

import org.axonframework.deadline.DeadlineManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A special audit's durable deadlines: each finding is overdue at the start of the day after its due day; a closed
 * audit's successor is overdue at the start of the day after {@code nextDueBy}. Opening any audit cancels the
 * successor deadline of every closed one ({@link #cancelNextDue}): the next audit is under way. A deadline that would
 * already be due is scheduled for now, so it still fires.
 */
final class SpecialAuditDeadlines {

    static final String FINDING_DUE = "special-audit-finding-due";
    static final String NEXT_AUDIT_DUE = "special-audit-next-due";

    record FindingDue(String findingId, LocalDate dueOn) {
    }

    record NextAuditDue(LocalDate dueBy) {
    }

    private SpecialAuditDeadlines() {
    }

    static void scheduleFindingDue(DeadlineManager deadlines, String findingId, LocalDate dueOn, Clock clock) {
        deadlines.schedule(startOfDayAfter(dueOn, clock), FINDING_DUE, new FindingDue(findingId, dueOn));
    }

    static void scheduleNextAuditDue(DeadlineManager deadlines, LocalDate dueBy, Clock clock) {
        deadlines.schedule(startOfDayAfter(dueBy, clock), NEXT_AUDIT_DUE, new NextAuditDue(dueBy));
    }

    /** Across every audit: only a closed audit holds this deadline, and a new opening answers it. */
    static void cancelNextDue(DeadlineManager deadlines) {
        deadlines.cancelAll(NEXT_AUDIT_DUE);
    }

    private static Instant startOfDayAfter(LocalDate day, Clock clock) {
        Instant at = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant now = clock.instant();
        return at.isBefore(now) ? now : at;
    }
}
