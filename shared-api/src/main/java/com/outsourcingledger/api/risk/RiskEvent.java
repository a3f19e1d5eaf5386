package com.outsourcingledger.api.risk;

import com.outsourcingledger.api.organization.Department;

import java.time.LocalDate;

/**
 * What happened to one registered risk (§14). Stored type names are forever: evolve with {@code @Revision} and
 * upcasters or {@code @AddedLater}, never by moving or renaming a record. Policy values (level thresholds, the
 * longest review interval) are recorded in the events that applied them.
 */
public sealed interface RiskEvent {

    String riskId();

    record RiskIdentified(String riskId, RiskSubjectKind subjectKind, String subjectId, RiskCategory category,
                          String title, String description, Department owner) implements RiskEvent {
    }

    record RiskSuggested(String riskId, RiskSubjectKind subjectKind, String subjectId, RiskCategory category,
                         String title, String description, Department owner, RiskSuggestionSource source,
                         String sourceEventId) implements RiskEvent {
    }

    record RiskSuggestionDismissed(String riskId, String reason) implements RiskEvent {
    }

    /** {@code score} = likelihood × impact; HIGH from {@code highFromScore}, MEDIUM from {@code mediumFromScore}. */
    record RiskAssessed(String riskId, int likelihood, int impact, int score, RiskLevel level, int highFromScore,
                        int mediumFromScore, String rationale) implements RiskEvent {
    }

    /** {@code maxReviewMonths}: the policy's longest review interval the date was held to. */
    record RiskResponsePlanned(String riskId, RiskSubjectKind subjectKind, String subjectId,
                               RiskResponseStrategy strategy, String controls, LocalDate reviewBy,
                               int maxReviewMonths) implements RiskEvent {
    }

    /** A HIGH risk, escalated to MANAGEMENT with the assessment or review that made it HIGH. */
    record RiskEscalated(String riskId, RiskSubjectKind subjectKind, String subjectId, RiskLevel level,
                         Department escalatedTo) implements RiskEvent {
    }

    record RiskEscalationAcknowledged(String riskId, String direction) implements RiskEvent {
    }

    record RiskReviewed(String riskId, RiskSubjectKind subjectKind, String subjectId, int likelihood, int impact,
                        int score, RiskLevel level, int highFromScore, int mediumFromScore,
                        RiskResponseStrategy strategy, String controls, LocalDate nextReviewBy, int maxReviewMonths,
                        String notes) implements RiskEvent {
    }

    /** Raised by the durable deadline at the end of the review day when no review came. */
    record RiskReviewOverdue(String riskId, RiskSubjectKind subjectKind, String subjectId, LocalDate reviewBy)
            implements RiskEvent {
    }

    record RiskClosed(String riskId, String reason) implements RiskEvent {
    }
}
