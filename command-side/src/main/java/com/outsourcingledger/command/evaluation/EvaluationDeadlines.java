package com.outsourcingledger.command.evaluation;

import org.axonframework.deadline.DeadlineManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The evaluation's one durable deadline: scoring is due on {@code dueOn}, so it is overdue at the start of the next
 * day in the client's zone. A deadline that would already be due is scheduled for now, so it still fires.
 */
final class EvaluationDeadlines {

    static final String SCORING_DUE = "evaluation-scoring-due";

    record ScoringDue(LocalDate dueOn) {
    }

    private EvaluationDeadlines() {
    }

    static void scheduleScoringDue(DeadlineManager deadlines, LocalDate dueOn, Clock clock) {
        Instant at = dueOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant now = clock.instant();
        deadlines.schedule(at.isBefore(now) ? now : at, SCORING_DUE, new ScoringDue(dueOn));
    }
}
