package com.outsourcingledger.api.risk;

import com.outsourcingledger.api.organization.Department;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Questions the risk-register read models answer, and their answers (§14). Internal departments only. */
public sealed interface RiskQuery {

    record FindRegisteredRisk(String riskId) implements RiskQuery {
    }

    /** The register filtered by subject, status, level, category and owner, any may be null; highest score first. */
    record FindRegisteredRisks(RiskSubjectKind subjectKind, String subjectId, RiskStatus status, RiskLevel level,
                               RiskCategory category, Department owner, int page, int size) implements RiskQuery {
    }

    /**
     * The review work list: open risks with a review date, soonest first; {@code overdueOnly}: only those whose
     * review day passed without a review. {@code owner} may be null.
     */
    record FindDueRiskReviews(boolean overdueOnly, Department owner, int page, int size) implements RiskQuery {
    }

    /** Open HIGH risks escalated to MANAGEMENT and not acknowledged yet, oldest escalation first. */
    record FindEscalatedRisks(int page, int size) implements RiskQuery {
    }

    /** The dashboard's counts of the register. */
    record FindRiskRegisterCounts() implements RiskQuery {
    }

    /** An assessment or a review's re-assessment, with the thresholds in force. */
    record RiskAssessmentView(int likelihood, int impact, int score, RiskLevel level, int highFromScore,
                              int mediumFromScore, String rationale, boolean review, String assessedBy,
                              Instant assessedAt) {
    }

    /** The response in force: planned, or as the last review kept or changed it. */
    record RiskResponseView(RiskResponseStrategy strategy, String controls, LocalDate reviewBy, int maxReviewMonths,
                            String decidedBy, Instant decidedAt) {
    }

    /** The last escalation; {@code direction} null while MANAGEMENT has not acknowledged it. */
    record RiskEscalationView(Department escalatedTo, RiskLevel level, Instant escalatedAt, String direction,
                              String acknowledgedBy, Instant acknowledgedAt) {
    }

    /**
     * {@code assessments}: every assessment and review, oldest first; {@code reviewOverdue}: the review day passed
     * without a review (cleared by the next review); {@code endReason}: why it was dismissed or closed.
     */
    record RegisteredRiskDetail(String riskId, RiskSubjectKind subjectKind, String subjectId, RiskCategory category,
                                Department owner, String title, String description, RiskStatus status,
                                RiskSuggestionSource suggestionSource, String sourceEventId, String registeredBy,
                                Instant registeredAt, RiskLevel level, Integer score,
                                List<RiskAssessmentView> assessments, RiskResponseView response,
                                boolean reviewOverdue, RiskEscalationView escalation, String reviewNotes,
                                String endReason, String endedBy, Instant endedAt, long sequence,
                                Instant lastChangedAt) {
    }

    record RegisteredRiskSummary(String riskId, RiskSubjectKind subjectKind, String subjectId, RiskCategory category,
                                 Department owner, String title, RiskStatus status, RiskLevel level, Integer score,
                                 RiskResponseStrategy strategy, LocalDate reviewBy, boolean reviewOverdue,
                                 boolean escalationAwaiting, Instant lastChangedAt) {
    }

    record RegisteredRiskPage(List<RegisteredRiskSummary> items, int page, int size, long totalItems) {
    }

    /**
     * {@code openByLevel}: open risks (neither dismissed nor closed) per level, assessed ones only;
     * {@code suggestionsOpen}: suggestions waiting for their owner.
     */
    record RiskRegisterCounts(Map<RiskLevel, Long> openByLevel, long escalationsAwaiting, long reviewsOverdue,
                              long suggestionsOpen) {
    }
}
