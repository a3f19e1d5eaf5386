package com.outsourcingledger.command.risk;

import org.axonframework.deadline.DeadlineManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The risk's one durable deadline: its review is due on {@code reviewBy}, so it is overdue at the start of the next
 * day in the client's zone. A review or a new response replaces it; closing the risk cancels it.
 */
final class RiskDeadlines {

    static final String REVIEW_DUE = "risk-review-due";

    record ReviewDue(LocalDate reviewBy) {
    }

    private RiskDeadlines() {
    }

    static void rescheduleReview(DeadlineManager deadlines, LocalDate reviewBy, Clock clock) {
        deadlines.cancelAllWithinScope(REVIEW_DUE);
        Instant at = reviewBy.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant now = clock.instant();
        deadlines.schedule(at.isBefore(now) ? now : at, REVIEW_DUE, new ReviewDue(reviewBy));
    }

    static void cancelReview(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(REVIEW_DUE);
    }
}
