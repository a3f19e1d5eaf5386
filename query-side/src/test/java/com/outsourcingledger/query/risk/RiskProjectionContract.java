package com.outsourcingledger.query.risk;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.risk.RiskCategory;
import com.outsourcingledger.api.risk.RiskEvent;
import com.outsourcingledger.api.risk.RiskEvent.*;
import com.outsourcingledger.api.risk.RiskLevel;
import com.outsourcingledger.api.risk.RiskQuery.*;
import com.outsourcingledger.api.risk.RiskResponseStrategy;
import com.outsourcingledger.api.risk.RiskStatus;
import com.outsourcingledger.api.risk.RiskSubjectKind;
import com.outsourcingledger.api.risk.RiskSuggestionSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The risk-register projection driven through its handlers against a real database, as the app drives it. */
abstract class RiskProjectionContract {

    static final Instant T0 = Instant.parse("2026-04-10T02:00:00Z");
    static final LocalDate REVIEW = LocalDate.of(2026, 10, 10);

    private final Map<String, Long> sequences = new HashMap<>();
    private long clock;
    private RiskProjection projection;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        projection = new RiskProjection(dataSource());
        projection.reset();
    }

    private void apply(RiskEvent... events) {
        for (RiskEvent event : events) {
            long sequence = sequences.merge(event.riskId(), 1L, Long::sum) - 1;
            projection.on(event, T0.plusSeconds(clock++), sequence, "user-" + event.riskId() + "-" + sequence);
        }
    }

    private static RiskIdentified identified(String riskId, RiskSubjectKind kind, String subjectId,
                                             RiskCategory category) {
        return new RiskIdentified(riskId, kind, subjectId, category, "风险 " + riskId, "描述", category.owner());
    }

    private static RiskAssessed assessed(String riskId, int likelihood, int impact) {
        int score = likelihood * impact;
        RiskLevel level = score >= 15 ? RiskLevel.HIGH : score >= 6 ? RiskLevel.MEDIUM : RiskLevel.LOW;
        return new RiskAssessed(riskId, likelihood, impact, score, level, 15, 6, "依据");
    }

    private static RiskResponsePlanned planned(String riskId, RiskResponseStrategy strategy, LocalDate reviewBy) {
        return new RiskResponsePlanned(riskId, RiskSubjectKind.CONTRACT, "c-1", strategy, "控制措施", reviewBy, 12);
    }

    private RegisteredRiskDetail risk(String riskId) {
        return projection.handle(new FindRegisteredRisk(riskId)).orElseThrow();
    }

    @Test
    void servesTheDetailThroughAssessmentEscalationResponseReviewAndClosing() {
        apply(identified("r-1", RiskSubjectKind.CONTRACT, "c-1", RiskCategory.EMPLOYMENT), assessed("r-1", 4, 4),
                new RiskEscalated("r-1", RiskSubjectKind.CONTRACT, "c-1", RiskLevel.HIGH, Department.MANAGEMENT));
        RegisteredRiskDetail escalated = risk("r-1");
        assertThat(escalated).extracting(RegisteredRiskDetail::status, RegisteredRiskDetail::level,
                RegisteredRiskDetail::score, RegisteredRiskDetail::owner, RegisteredRiskDetail::registeredBy)
                .containsExactly(RiskStatus.ASSESSED, RiskLevel.HIGH, 16, Department.HR, "user-r-1-0");
        assertThat(escalated.escalation().direction()).isNull();

        apply(new RiskEscalationAcknowledged("r-1", "立即整改"), planned("r-1", RiskResponseStrategy.AVOID, REVIEW),
                new RiskReviewOverdue("r-1", RiskSubjectKind.CONTRACT, "c-1", REVIEW));
        assertThat(risk("r-1").escalation()).extracting(RiskEscalationView::direction,
                RiskEscalationView::acknowledgedBy).containsExactly("立即整改", "user-r-1-3");
        assertThat(risk("r-1").response().strategy()).isEqualTo(RiskResponseStrategy.AVOID);
        assertThat(risk("r-1").reviewOverdue()).isTrue();

        apply(new RiskReviewed("r-1", RiskSubjectKind.CONTRACT, "c-1", 1, 2, 2, RiskLevel.LOW, 15, 6,
                        RiskResponseStrategy.ACCEPT, "监控", REVIEW.plusMonths(12), 12, "已缓解"),
                new RiskClosed("r-1", "合同终止"));
        RegisteredRiskDetail closed = risk("r-1");
        assertThat(closed).extracting(RegisteredRiskDetail::status, RegisteredRiskDetail::level,
                RegisteredRiskDetail::reviewOverdue, RegisteredRiskDetail::endReason, RegisteredRiskDetail::endedBy)
                .containsExactly(RiskStatus.CLOSED, RiskLevel.LOW, false, "合同终止", "user-r-1-7");
        assertThat(closed.assessments()).extracting(RiskAssessmentView::score, RiskAssessmentView::review)
                .containsExactly(tuple(16, false), tuple(2, true));
        assertThat(closed.response().reviewBy()).isEqualTo(REVIEW.plusMonths(12));
        assertThat(closed.sequence()).isEqualTo(7);
        assertThat(projection.handle(new FindRegisteredRisk("r-9"))).isEmpty();
    }

    @Test
    void keepsASuggestionWithItsSourceUntilDismissed() {
        apply(new RiskSuggested("r-1", RiskSubjectKind.VENDOR, "v-1", RiskCategory.FINANCIAL, "年审有疑虑", "d",
                Department.FINANCE, RiskSuggestionSource.ANNUAL_REVIEW_CONCERNS, "evt-1"));
        assertThat(risk("r-1")).extracting(RegisteredRiskDetail::status, RegisteredRiskDetail::suggestionSource,
                RegisteredRiskDetail::sourceEventId).containsExactly(RiskStatus.SUGGESTED,
                RiskSuggestionSource.ANNUAL_REVIEW_CONCERNS, "evt-1");
        assertThat(projection.handle(new FindRiskRegisterCounts()).suggestionsOpen()).isEqualTo(1);

        apply(new RiskSuggestionDismissed("r-1", "已知"));
        assertThat(risk("r-1").status()).isEqualTo(RiskStatus.DISMISSED);
        assertThat(projection.handle(new FindRiskRegisterCounts()).suggestionsOpen()).isZero();
    }

    @Test
    void filtersTheRegisterHighestScoreFirst() {
        apply(identified("r-1", RiskSubjectKind.CONTRACT, "c-1", RiskCategory.EMPLOYMENT), assessed("r-1", 2, 3),
                identified("r-2", RiskSubjectKind.CONTRACT, "c-1", RiskCategory.LEGAL), assessed("r-2", 5, 4),
                identified("r-3", RiskSubjectKind.VENDOR, "v-1", RiskCategory.FINANCIAL),
                identified("r-4", RiskSubjectKind.PROJECT, "p-1", RiskCategory.OPERATIONAL), assessed("r-4", 1, 1));

        assertThat(projection.handle(new FindRegisteredRisks(null, null, null, null, null, null, 0, 20)).items())
                .extracting(RegisteredRiskSummary::riskId).containsExactly("r-2", "r-1", "r-4", "r-3");
        assertThat(projection.handle(new FindRegisteredRisks(RiskSubjectKind.CONTRACT, "c-1", null, null, null,
                null, 0, 20)).items()).extracting(RegisteredRiskSummary::riskId).containsExactly("r-2", "r-1");
        assertThat(projection.handle(new FindRegisteredRisks(null, null, null, RiskLevel.MEDIUM, null, null, 0, 20))
                .items()).extracting(RegisteredRiskSummary::riskId).containsExactly("r-1");
        assertThat(projection.handle(new FindRegisteredRisks(null, null, RiskStatus.IDENTIFIED, null, null, null, 0,
                20)).items()).extracting(RegisteredRiskSummary::riskId).containsExactly("r-3");
        assertThat(projection.handle(new FindRegisteredRisks(null, null, null, null, RiskCategory.LEGAL, null, 0,
                20)).items()).extracting(RegisteredRiskSummary::riskId).containsExactly("r-2");
        RegisteredRiskPage finance = projection.handle(new FindRegisteredRisks(null, null, null, null, null,
                Department.FINANCE, 0, 20));
        assertThat(finance.items()).extracting(RegisteredRiskSummary::riskId).containsExactly("r-3");
        RegisteredRiskPage second = projection.handle(new FindRegisteredRisks(null, null, null, null, null, null,
                1, 2));
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(second.items()).extracting(RegisteredRiskSummary::riskId).containsExactly("r-4", "r-3");
    }

    @Test
    void keepsTheReviewWorkListTheEscalationsAwaitingAndTheCounts() {
        apply(identified("r-1", RiskSubjectKind.CONTRACT, "c-1", RiskCategory.EMPLOYMENT), assessed("r-1", 4, 4),
                new RiskEscalated("r-1", RiskSubjectKind.CONTRACT, "c-1", RiskLevel.HIGH, Department.MANAGEMENT),
                planned("r-1", RiskResponseStrategy.REDUCE, REVIEW.plusDays(5)),
                identified("r-2", RiskSubjectKind.CONTRACT, "c-2", RiskCategory.LEGAL), assessed("r-2", 2, 3),
                planned("r-2", RiskResponseStrategy.TRANSFER, REVIEW),
                new RiskReviewOverdue("r-2", RiskSubjectKind.CONTRACT, "c-2", REVIEW),
                identified("r-3", RiskSubjectKind.VENDOR, "v-1", RiskCategory.FINANCIAL), assessed("r-3", 5, 5),
                new RiskEscalated("r-3", RiskSubjectKind.VENDOR, "v-1", RiskLevel.HIGH, Department.MANAGEMENT),
                new RiskEscalationAcknowledged("r-3", "继续观察"),
                identified("r-4", RiskSubjectKind.VENDOR, "v-2", RiskCategory.CREDIT), assessed("r-4", 1, 1),
                planned("r-4", RiskResponseStrategy.ACCEPT, REVIEW.minusDays(1)),
                new RiskReviewOverdue("r-4", RiskSubjectKind.VENDOR, "v-2", REVIEW.minusDays(1)),
                new RiskClosed("r-4", "供应商退出"));

        RegisteredRiskPage due = projection.handle(new FindDueRiskReviews(false, null, 0, 50));
        assertThat(due.items()).extracting(RegisteredRiskSummary::riskId, RegisteredRiskSummary::reviewOverdue)
                .containsExactly(tuple("r-2", true), tuple("r-1", false));
        assertThat(projection.handle(new FindDueRiskReviews(true, null, 0, 50)).items())
                .extracting(RegisteredRiskSummary::riskId).containsExactly("r-2");
        assertThat(projection.handle(new FindDueRiskReviews(false, Department.HR, 0, 50)).items())
                .extracting(RegisteredRiskSummary::riskId).containsExactly("r-1");
        assertThat(projection.handle(new FindEscalatedRisks(0, 50)).items())
                .extracting(RegisteredRiskSummary::riskId, RegisteredRiskSummary::escalationAwaiting)
                .containsExactly(tuple("r-1", true));

        RiskRegisterCounts counts = projection.handle(new FindRiskRegisterCounts());
        assertThat(counts.openByLevel()).containsEntry(RiskLevel.HIGH, 2L).containsEntry(RiskLevel.MEDIUM, 1L)
                .containsEntry(RiskLevel.LOW, 0L);
        assertThat(counts).extracting(RiskRegisterCounts::escalationsAwaiting, RiskRegisterCounts::reviewsOverdue,
                RiskRegisterCounts::suggestionsOpen).containsExactly(1L, 1L, 0L);
    }

    @Test
    void skipsAnEventItHasAlreadyFolded() {
        apply(identified("r-1", RiskSubjectKind.CONTRACT, "c-1", RiskCategory.EMPLOYMENT), assessed("r-1", 2, 3));
        projection.on(new RiskClosed("r-1", "again"), T0, 1L, "again");

        assertThat(risk("r-1").status()).isEqualTo(RiskStatus.ASSESSED);
        assertThat(risk("r-1").endReason()).isNull();
    }
}
