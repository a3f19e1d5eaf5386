package com.outsourcingledger.query.risk;

import com.outsourcingledger.api.risk.RiskEvent;
import com.outsourcingledger.api.risk.RiskEvent.*;
import com.outsourcingledger.api.risk.RiskQuery.RegisteredRiskDetail;
import com.outsourcingledger.api.risk.RiskQuery.RiskAssessmentView;
import com.outsourcingledger.api.risk.RiskQuery.RiskEscalationView;
import com.outsourcingledger.api.risk.RiskQuery.RiskResponseView;
import com.outsourcingledger.api.risk.RiskLevel;
import com.outsourcingledger.api.risk.RiskStatus;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The registered risk's detail as a pure fold over its events: the live read model and the audit's as-of and diff
 * both go through {@link #evolve}. Who registered, assessed, decided, acknowledged or ended comes from the
 * {@link Step}.
 */
@Component
public final class RiskView implements ViewFold<RegisteredRiskDetail> {

    RiskView() {
    }

    @Override
    public String aggregateType() {
        return AggregateKind.RISK.aggregateType();
    }

    @Override
    public Class<RegisteredRiskDetail> viewType() {
        return RegisteredRiskDetail.class;
    }

    @Override
    public RegisteredRiskDetail evolve(RegisteredRiskDetail current, Object event, Step step) {
        return evolve(current, (RiskEvent) event, step);
    }

    /** {@code current} is null before the risk's first event. */
    public static RegisteredRiskDetail evolve(RegisteredRiskDetail current, RiskEvent event, Step step) {
        if (current == null) {
            return switch (event) {
                case RiskIdentified e -> new RegisteredRiskDetail(e.riskId(), e.subjectKind(), e.subjectId(),
                        e.category(), e.owner(), e.title(), e.description(), RiskStatus.IDENTIFIED, null, null,
                        step.user(), step.at(), null, null, List.of(), null, false, null, null, null, null, null,
                        step.sequence(), step.at());
                case RiskSuggested e -> new RegisteredRiskDetail(e.riskId(), e.subjectKind(), e.subjectId(),
                        e.category(), e.owner(), e.title(), e.description(), RiskStatus.SUGGESTED, e.source(),
                        e.sourceEventId(), step.user(), step.at(), null, null, List.of(), null, false, null, null,
                        null, null, null, step.sequence(), step.at());
                default -> throw new IllegalArgumentException("risk " + event.riskId() + " was neither identified"
                        + " nor suggested before " + event.getClass().getSimpleName());
            };
        }
        Draft d = new Draft(current);
        switch (event) {
            case RiskIdentified e -> {
            }
            case RiskSuggested e -> {
            }
            case RiskSuggestionDismissed e -> d.end(RiskStatus.DISMISSED, e.reason(), step);
            case RiskAssessed e -> {
                d.assessments.add(new RiskAssessmentView(e.likelihood(), e.impact(), e.score(), e.level(),
                        e.highFromScore(), e.mediumFromScore(), e.rationale(), false, step.user(), step.at()));
                d.level = e.level();
                d.score = e.score();
                if (d.status == RiskStatus.SUGGESTED || d.status == RiskStatus.IDENTIFIED) {
                    d.status = RiskStatus.ASSESSED;
                }
            }
            case RiskResponsePlanned e -> {
                d.response = new RiskResponseView(e.strategy(), e.controls(), e.reviewBy(), e.maxReviewMonths(),
                        step.user(), step.at());
                d.reviewOverdue = false;
                d.status = RiskStatus.RESPONDED;
            }
            case RiskEscalated e -> d.escalation = new RiskEscalationView(e.escalatedTo(), e.level(), step.at(), null,
                    null, null);
            case RiskEscalationAcknowledged e -> {
                RiskEscalationView x = d.escalation;
                d.escalation = x == null ? new RiskEscalationView(null, null, null, e.direction(), step.user(),
                        step.at()) : new RiskEscalationView(x.escalatedTo(), x.level(), x.escalatedAt(),
                        e.direction(), step.user(), step.at());
            }
            case RiskReviewed e -> {
                d.assessments.add(new RiskAssessmentView(e.likelihood(), e.impact(), e.score(), e.level(),
                        e.highFromScore(), e.mediumFromScore(), e.notes(), true, step.user(), step.at()));
                d.level = e.level();
                d.score = e.score();
                d.response = new RiskResponseView(e.strategy(), e.controls(), e.nextReviewBy(), e.maxReviewMonths(),
                        step.user(), step.at());
                d.reviewNotes = e.notes();
                d.reviewOverdue = false;
                d.status = RiskStatus.RESPONDED;
            }
            case RiskReviewOverdue e -> d.reviewOverdue = true;
            case RiskClosed e -> d.end(RiskStatus.CLOSED, e.reason(), step);
        }
        return d.build(step);
    }

    /** The detail being changed by one event. */
    private static final class Draft {

        private final RegisteredRiskDetail c;
        RiskStatus status;
        RiskLevel level;
        Integer score;
        final List<RiskAssessmentView> assessments;
        RiskResponseView response;
        boolean reviewOverdue;
        RiskEscalationView escalation;
        String reviewNotes;
        String endReason;
        String endedBy;
        Instant endedAt;

        Draft(RegisteredRiskDetail c) {
            this.c = c;
            status = c.status();
            level = c.level();
            score = c.score();
            assessments = new ArrayList<>(c.assessments());
            response = c.response();
            reviewOverdue = c.reviewOverdue();
            escalation = c.escalation();
            reviewNotes = c.reviewNotes();
            endReason = c.endReason();
            endedBy = c.endedBy();
            endedAt = c.endedAt();
        }

        void end(RiskStatus to, String reason, Step step) {
            status = to;
            endReason = reason;
            endedBy = step.user();
            endedAt = step.at();
        }

        RegisteredRiskDetail build(Step step) {
            return new RegisteredRiskDetail(c.riskId(), c.subjectKind(), c.subjectId(), c.category(), c.owner(),
                    c.title(), c.description(), status, c.suggestionSource(), c.sourceEventId(), c.registeredBy(),
                    c.registeredAt(), level, score, List.copyOf(assessments), response, reviewOverdue, escalation,
                    reviewNotes, endReason, endedBy, endedAt, step.sequence(), step.at());
        }
    }
}
