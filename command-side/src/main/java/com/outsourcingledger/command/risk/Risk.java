package com.outsourcingledger.command.risk;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RiskRuleCodes;
import com.outsourcingledger.api.risk.RiskCommand.*;
import com.outsourcingledger.api.risk.RiskEvent.*;
import com.outsourcingledger.api.risk.RiskLevel;
import com.outsourcingledger.api.risk.RiskStatus;
import com.outsourcingledger.api.risk.RiskSubjectKind;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.risk.RiskDeadlines.ReviewDue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;

import static com.outsourcingledger.api.risk.RiskStatus.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One entry of the risk register (§14) on a vendor, contract or project: identified by any internal department or
 * suggested by the ledger from an event, then assessed, responded to, reviewed and closed by the department that
 * owns its category. The assessment or review that makes it HIGH escalates it to MANAGEMENT; a durable deadline at
 * the end of the review day flags a missed review.
 */
@Aggregate(cache = "riskCache")
class Risk {

    @AggregateIdentifier
    private String riskId;
    private RiskSubjectKind subjectKind;
    private String subjectId;
    private Department owner;
    private RiskStatus status;
    private RiskLevel level;
    private LocalDate reviewBy;
    private boolean escalationPending;

    /** A creation: an id already in the store, of a risk or of anything else, is a conflict the store reports. */
    @CommandHandler
    Risk(IdentifyRisk command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(RiskRuleCodes.IDENTIFICATION_WRONG_DEPARTMENT, "risk identification", department,
                RiskRules.INTERNAL);
        if (!RiskRules.complete(command.subjectKind(), command.subjectId(), command.category(), command.title())) {
            throw Refusal.unprocessable(RiskRuleCodes.IDENTIFICATION_INCOMPLETE,
                    "A risk names its subject (a vendor, contract or project), its category and a title");
        }
        apply(new RiskIdentified(command.riskId(), command.subjectKind(), command.subjectId(), command.category(),
                command.title(), command.description(), command.category().owner()));
    }

    /** The id is derived from the source event: a second suggestion of the same id is a redelivery, refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SuggestRisk command) {
        if (status != null) {
            throw Refusal.conflict(RiskRuleCodes.SUGGESTION_ALREADY_SUGGESTED, subject() + " was already suggested");
        }
        if (!RiskRules.complete(command.subjectKind(), command.subjectId(), command.category(), command.title())
                || command.source() == null || Refusal.isBlank(command.sourceEventId())) {
            throw Refusal.unprocessable(RiskRuleCodes.SUGGESTION_INCOMPLETE,
                    "A suggested risk names its subject, category, title and the event it was suggested from");
        }
        apply(new RiskSuggested(command.riskId(), command.subjectKind(), command.subjectId(), command.category(),
                command.title(), command.description(), command.category().owner(), command.source(),
                command.sourceEventId()));
    }

    @CommandHandler
    void handle(DismissRiskSuggestion command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        RiskRules.requireOwner(RiskRuleCodes.DISMISSAL_WRONG_DEPARTMENT, "dismissal", department, owner);
        Refusal.requireStatus(RiskRuleCodes.DISMISSAL_WRONG_STATUS, subject(), status, "a dismissal", SUGGESTED);
        Refusal.requireText(RiskRuleCodes.DISMISSAL_REASON_REQUIRED, command.reason(),
                "A dismissed suggestion states why it is not a risk");
        apply(new RiskSuggestionDismissed(riskId, command.reason()));
    }

    @CommandHandler
    void handle(AssessRisk command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department, RiskPolicy policy) {
        RiskRules.requireOwner(RiskRuleCodes.ASSESSMENT_WRONG_DEPARTMENT, "risk assessment", department, owner);
        Refusal.requireStatus(RiskRuleCodes.ASSESSMENT_WRONG_STATUS, subject(), status, "an assessment",
                SUGGESTED, IDENTIFIED, ASSESSED);
        RiskRules.requireScale(RiskRuleCodes.ASSESSMENT_OUT_OF_SCALE, command.likelihood(), command.impact());
        Refusal.requireText(RiskRuleCodes.ASSESSMENT_RATIONALE_REQUIRED, command.rationale(),
                "An assessment states its rationale");
        int score = command.likelihood() * command.impact();
        RiskLevel assessed = policy.levelOf(score);
        RiskLevel before = level;
        apply(new RiskAssessed(riskId, command.likelihood(), command.impact(), score, assessed,
                policy.highFromScore(), policy.mediumFromScore(), command.rationale()));
        escalateIfNewlyHigh(before, assessed);
    }

    @CommandHandler
    void handle(PlanRiskResponse command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department,
                RiskPolicy policy, Clock clock, DeadlineManager deadlines) {
        RiskRules.requireOwner(RiskRuleCodes.RESPONSE_WRONG_DEPARTMENT, "risk response", department, owner);
        Refusal.requireStatus(RiskRuleCodes.RESPONSE_WRONG_STATUS, subject(), status, "a response", ASSESSED);
        RiskRules.requireStrategy(RiskRuleCodes.RESPONSE_STRATEGY_REQUIRED, RiskRuleCodes.RESPONSE_ACCEPT_NOT_LOW,
                command.strategy(), level);
        Refusal.requireText(RiskRuleCodes.RESPONSE_CONTROLS_REQUIRED, command.controls(),
                "A response states its controls");
        LocalDate next = RiskRules.reviewBy(command.reviewBy(), LocalDate.now(clock), policy,
                RiskRuleCodes.RESPONSE_REVIEW_DATE_PAST, RiskRuleCodes.RESPONSE_REVIEW_DATE_TOO_LATE);
        apply(new RiskResponsePlanned(riskId, subjectKind, subjectId, command.strategy(), command.controls(), next,
                policy.maxReviewMonths()));
        RiskDeadlines.rescheduleReview(deadlines, next, clock);
    }

    @CommandHandler
    void handle(ReviewRisk command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department, RiskPolicy policy,
                Clock clock, DeadlineManager deadlines) {
        RiskRules.requireOwner(RiskRuleCodes.REVIEW_WRONG_DEPARTMENT, "risk review", department, owner);
        Refusal.requireStatus(RiskRuleCodes.REVIEW_WRONG_STATUS, subject(), status, "a review", RESPONDED);
        RiskRules.requireScale(RiskRuleCodes.REVIEW_OUT_OF_SCALE, command.likelihood(), command.impact());
        int score = command.likelihood() * command.impact();
        RiskLevel reviewed = policy.levelOf(score);
        RiskRules.requireStrategy(RiskRuleCodes.REVIEW_STRATEGY_REQUIRED, RiskRuleCodes.REVIEW_ACCEPT_NOT_LOW,
                command.strategy(), reviewed);
        Refusal.requireText(RiskRuleCodes.REVIEW_CONTROLS_REQUIRED, command.controls(),
                "A review states the controls in place");
        LocalDate next = RiskRules.reviewBy(command.nextReviewBy(), LocalDate.now(clock), policy,
                RiskRuleCodes.REVIEW_NEXT_DATE_PAST, RiskRuleCodes.REVIEW_NEXT_DATE_TOO_LATE);
        RiskLevel before = level;
        apply(new RiskReviewed(riskId, subjectKind, subjectId, command.likelihood(), command.impact(), score, reviewed,
                policy.highFromScore(), policy.mediumFromScore(), command.strategy(), command.controls(), next,
                policy.maxReviewMonths(), command.notes()));
        escalateIfNewlyHigh(before, reviewed);
        RiskDeadlines.rescheduleReview(deadlines, next, clock);
    }

    @DeadlineHandler(deadlineName = RiskDeadlines.REVIEW_DUE)
    void handle(ReviewDue deadline) {
        if (status == RESPONDED && deadline.reviewBy().equals(reviewBy)) {
            apply(new RiskReviewOverdue(riskId, subjectKind, subjectId, reviewBy));
        }
    }

    @CommandHandler
    void handle(AcknowledgeRiskEscalation command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(RiskRuleCodes.ACKNOWLEDGEMENT_WRONG_DEPARTMENT, "escalation acknowledgement",
                department, RiskRules.MANAGEMENT);
        if (!escalationPending) {
            throw Refusal.conflict(RiskRuleCodes.ACKNOWLEDGEMENT_NOT_ESCALATED,
                    subject() + " has no escalation awaiting MANAGEMENT");
        }
        Refusal.requireText(RiskRuleCodes.ACKNOWLEDGEMENT_DIRECTION_REQUIRED, command.direction(),
                "MANAGEMENT states its direction on the escalated risk");
        apply(new RiskEscalationAcknowledged(riskId, command.direction()));
    }

    @CommandHandler
    void handle(CloseRisk command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department,
                DeadlineManager deadlines) {
        RiskRules.requireOwner(RiskRuleCodes.CLOSURE_WRONG_DEPARTMENT, "closure", department, owner);
        Refusal.requireStatus(RiskRuleCodes.CLOSURE_WRONG_STATUS, subject(), status, "closing",
                IDENTIFIED, ASSESSED, RESPONDED);
        Refusal.requireText(RiskRuleCodes.CLOSURE_REASON_REQUIRED, command.reason(), "A closure states its reason");
        apply(new RiskClosed(riskId, command.reason()));
        RiskDeadlines.cancelReview(deadlines);
    }

    private void escalateIfNewlyHigh(RiskLevel before, RiskLevel after) {
        if (after == RiskLevel.HIGH && before != RiskLevel.HIGH) {
            apply(new RiskEscalated(riskId, subjectKind, subjectId, after, Department.MANAGEMENT));
        }
    }

    private String subject() {
        return "Risk " + riskId;
    }

    @EventSourcingHandler
    void on(RiskIdentified event) {
        riskId = event.riskId();
        subjectKind = event.subjectKind();
        subjectId = event.subjectId();
        owner = event.owner();
        status = IDENTIFIED;
    }

    @EventSourcingHandler
    void on(RiskSuggested event) {
        riskId = event.riskId();
        subjectKind = event.subjectKind();
        subjectId = event.subjectId();
        owner = event.owner();
        status = SUGGESTED;
    }

    @EventSourcingHandler
    void on(RiskSuggestionDismissed event) {
        status = DISMISSED;
    }

    @EventSourcingHandler
    void on(RiskAssessed event) {
        level = event.level();
        status = ASSESSED;
    }

    @EventSourcingHandler
    void on(RiskResponsePlanned event) {
        reviewBy = event.reviewBy();
        status = RESPONDED;
    }

    @EventSourcingHandler
    void on(RiskReviewed event) {
        level = event.level();
        reviewBy = event.nextReviewBy();
    }

    @EventSourcingHandler
    void on(RiskEscalated event) {
        escalationPending = true;
    }

    @EventSourcingHandler
    void on(RiskEscalationAcknowledged event) {
        escalationPending = false;
    }

    /** A closed risk's escalation no longer awaits MANAGEMENT (nor does it stay on its list). */
    @EventSourcingHandler
    void on(RiskClosed event) {
        status = CLOSED;
        escalationPending = false;
    }

    Risk() {
        // for Axon: the state is rebuilt from events
    }
}
