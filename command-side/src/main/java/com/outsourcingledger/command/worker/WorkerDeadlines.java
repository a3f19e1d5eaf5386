package com.outsourcingledger.command.worker;

import org.axonframework.deadline.DeadlineManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The worker's durable deadlines: by the end of the last service day (the start of the next day in the client's
 * zone) every grant is revoked and every asset returned; and the day the latest social-insurance proof lapses, the
 * first day of the month more than the grace months after the month it covers. A deadline that would already be due
 * is scheduled for now, so it still fires.
 */
final class WorkerDeadlines {

    static final String REVOCATION_DUE = "worker-access-revocation-due";
    static final String PROOF_LAPSE = "worker-social-insurance-proof-lapse";

    record RevocationDue(LocalDate lastServiceDay) {
    }

    record ProofLapse(String coveredMonth, LocalDate lapsesOn, int graceMonths) {
    }

    private WorkerDeadlines() {
    }

    static void scheduleRevocationDue(DeadlineManager deadlines, LocalDate lastServiceDay, Clock clock) {
        deadlines.cancelAllWithinScope(REVOCATION_DUE);
        deadlines.schedule(at(lastServiceDay.plusDays(1), clock), REVOCATION_DUE, new RevocationDue(lastServiceDay));
    }

    /** Replaces the one pending for an earlier proof: each renewal moves the lapse. */
    static void scheduleProofLapse(DeadlineManager deadlines, YearMonth covered, int graceMonths, Clock clock) {
        LocalDate lapsesOn = covered.plusMonths(graceMonths + 1L).atDay(1);
        deadlines.cancelAllWithinScope(PROOF_LAPSE);
        deadlines.schedule(at(lapsesOn, clock), PROOF_LAPSE, new ProofLapse(covered.toString(), lapsesOn,
                graceMonths));
    }

    private static Instant at(LocalDate day, Clock clock) {
        Instant at = day.atStartOfDay(clock.getZone()).toInstant();
        Instant now = clock.instant();
        return at.isBefore(now) ? now : at;
    }
}
