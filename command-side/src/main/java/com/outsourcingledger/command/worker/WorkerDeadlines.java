package com.outsourcingledger.command.worker;

import org.axonframework.deadline.DeadlineManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The worker's one durable deadline: by the end of the last service day (the start of the next day in the client's
 * zone) every grant is revoked and every asset returned. A deadline that would already be due is scheduled for now,
 * so it still fires.
 */
final class WorkerDeadlines {

    static final String REVOCATION_DUE = "worker-access-revocation-due";

    record RevocationDue(LocalDate lastServiceDay) {
    }

    private WorkerDeadlines() {
    }

    static void scheduleRevocationDue(DeadlineManager deadlines, LocalDate lastServiceDay, Clock clock) {
        Instant at = lastServiceDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant now = clock.instant();
        deadlines.cancelAllWithinScope(REVOCATION_DUE);
        deadlines.schedule(at.isBefore(now) ? now : at, REVOCATION_DUE, new RevocationDue(lastServiceDay));
    }
}
