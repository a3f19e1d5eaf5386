package com.outsourcingledger.command.contract;

import org.axonframework.deadline.DeadlineManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Durable deadlines of one contract, each due at the start of a day in the client's zone. A deadline that
 * would already be due is scheduled for now, so it still fires. Each payload repeats the date it guards, so
 * a deadline that outlived a renewal changes nothing.
 */
final class ContractDeadlines {

    static final String ACTIVATION = "contract-activation";
    static final String EXPIRY_APPROACHING = "contract-expiry-approaching";
    static final String EXPIRY = "contract-expiry";
    static final String SLA_REVIEW = "contract-sla-review";
    static final String PIP_PLAN = "contract-pip-plan";

    record ActivationDue(LocalDate start) {
    }

    /** {@code leadMonths}: the policy value that set it; null in a deadline stored before it was carried. */
    record ExpiryApproachingDue(LocalDate end, Integer leadMonths) {
    }

    record ExpiryDue(LocalDate end) {
    }

    record SlaReviewDeadline(LocalDate dueOn) {
    }

    record PipPlanDue(String pipId, LocalDate planDueOn) {
    }

    private ContractDeadlines() {
    }

    static void scheduleActivation(DeadlineManager deadlines, LocalDate start, Clock clock) {
        schedule(deadlines, ACTIVATION, startOf(start, clock), new ActivationDue(start), clock);
    }

    static void scheduleEnd(DeadlineManager deadlines, LocalDate end, ContractPolicy policy, Clock clock) {
        int lead = policy.renewalReviewMonthsBeforeEnd();
        schedule(deadlines, EXPIRY_APPROACHING, startOf(end.minusMonths(lead), clock), new ExpiryApproachingDue(end, lead),
                clock);
        schedule(deadlines, EXPIRY, startOf(end.plusDays(1), clock), new ExpiryDue(end), clock);
    }

    static void scheduleSlaReview(DeadlineManager deadlines, LocalDate dueOn, Clock clock) {
        schedule(deadlines, SLA_REVIEW, startOf(dueOn, clock), new SlaReviewDeadline(dueOn), clock);
    }

    /** Due the day after the plan was due: the vendor has the whole due day. */
    static void schedulePipPlan(DeadlineManager deadlines, String pipId, LocalDate planDueOn, Clock clock) {
        schedule(deadlines, PIP_PLAN, startOf(planDueOn.plusDays(1), clock), new PipPlanDue(pipId, planDueOn), clock);
    }

    static void cancelAll(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(ACTIVATION);
        deadlines.cancelAllWithinScope(EXPIRY_APPROACHING);
        deadlines.cancelAllWithinScope(EXPIRY);
        deadlines.cancelAllWithinScope(SLA_REVIEW);
        deadlines.cancelAllWithinScope(PIP_PLAN);
    }

    private static void schedule(DeadlineManager deadlines, String name, Instant at, Object payload, Clock clock) {
        deadlines.cancelAllWithinScope(name);
        Instant now = clock.instant();
        deadlines.schedule(at.isBefore(now) ? now : at, name, payload);
    }

    static Instant startOf(LocalDate day, Clock clock) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
