package com.outsourcingledger.command.compliance;

import org.axonframework.deadline.DeadlineManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The check's one durable deadline: the proofs are due on {@code dueOn}, so what is still missing is overdue at the
 * start of the next day in the client's zone. A deadline that would already be due is scheduled for now, so it
 * still fires.
 */
final class ComplianceDeadlines {

    static final String PROOFS_DUE = "compliance-proofs-due";

    record ProofsDue(LocalDate dueOn) {
    }

    private ComplianceDeadlines() {
    }

    static void scheduleProofsDue(DeadlineManager deadlines, LocalDate dueOn, Clock clock) {
        Instant at = dueOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant now = clock.instant();
        deadlines.schedule(at.isBefore(now) ? now : at, PROOFS_DUE, new ProofsDue(dueOn));
    }
}
