package com.outsourcingledger.command.evaluation;

import com.outsourcingledger.api.evaluation.EvaluationCommand;
import com.outsourcingledger.api.evaluation.EvaluationCommand.*;
import com.outsourcingledger.api.evaluation.EvaluationEvent.*;
import com.outsourcingledger.api.evaluation.EvaluationPolicy;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.EvaluationRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.VendorScope;
import com.outsourcingledger.command.evaluation.EvaluationDeadlines.ScoringDue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.outsourcingledger.command.evaluation.EvaluationStatus.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The periodic performance evaluation of one contract and period (定期绩效评估), id {@code {contractId}:{period}}:
 * opened by the evaluation process at the period's end, scored by BUSINESS, countersigned by HR (never the scorer),
 * shared with the vendor, then confirmed or disputed by the vendor's own user; a dispute goes back for a re-score.
 */
@Aggregate(cache = "evaluationCache")
class Evaluation {

    private static final List<Department> SCORERS = List.of(Department.BUSINESS);
    private static final List<Department> COUNTERSIGNERS = List.of(Department.HR);

    @AggregateIdentifier
    private String evaluationId;
    private String contractId;
    private String vendorId;
    private String period;
    private EvaluationPolicy policy;
    private BigDecimal bonusPercent;
    private EvaluationStatus status;
    private int round;
    private String scorer;
    private BigDecimal overall;
    private Grade grade;

    /** A second opening of the same contract and period is refused: the first one stands, with its SLA lines. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenEvaluationPeriod command, EvaluationPolicy policy, Clock clock, DeadlineManager deadlines) {
        if (status != null) {
            throw Refusal.conflict(EvaluationRuleCodes.OPEN_ALREADY_OPEN,
                    "The evaluation " + evaluationId + " is already open");
        }
        if (Refusal.isBlank(command.contractId()) || command.period() == null
                || !EvaluationCommand.idOf(command.contractId(), command.period()).equals(command.evaluationId())) {
            throw Refusal.unprocessable(EvaluationRuleCodes.OPEN_INCOMPLETE,
                    "An evaluation is opened for a contract and period, with the id {contractId}:{period}");
        }
        LocalDate dueOn = command.period().end().plusDays(policy.scoringDueDays());
        apply(new EvaluationPeriodOpened(command.evaluationId(), command.contractId(), command.vendorId(),
                command.projectId(), command.period().value(), command.period().cadence(), dueOn, policy,
                command.bonusPercent() == null ? BigDecimal.ZERO : command.bonusPercent(),
                command.slaCompliance() == null ? List.of() : List.copyOf(command.slaCompliance())));
        EvaluationDeadlines.scheduleScoringDue(deadlines, dueOn, clock);
    }

    @DeadlineHandler(deadlineName = EvaluationDeadlines.SCORING_DUE)
    void handle(ScoringDue deadline) {
        if (status == OPEN) {
            apply(new EvaluationScoringOverdue(evaluationId, deadline.dueOn()));
        }
    }

    /** Round 1 scores the open period; after a dispute, the re-score is the next round. */
    @CommandHandler
    void handle(ScoreEvaluation command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(EvaluationRuleCodes.SCORING_WRONG_DEPARTMENT, "score", department, SCORERS);
        Refusal.requireStatus(EvaluationRuleCodes.SCORING_WRONG_STATUS, subject(), status, "scoring", OPEN, DISPUTED);
        EvaluationScoring scoring = EvaluationScoring.of(policy, command.scores());
        apply(new EvaluationScored(evaluationId, round + 1, scoring.scores(), policy, scoring.overall(),
                scoring.grade(), command.comments()));
    }

    @CommandHandler
    void handle(CountersignEvaluation command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department,
                @MetaDataValue(MetadataKeys.USER) String user) {
        Refusal.requireDepartment(EvaluationRuleCodes.COUNTERSIGNATURE_WRONG_DEPARTMENT, "countersignature",
                department, COUNTERSIGNERS);
        Refusal.requireStatus(EvaluationRuleCodes.COUNTERSIGNATURE_WRONG_STATUS, subject(), status,
                "countersignature", SCORED);
        Refusal.requireNotAuthor(EvaluationRuleCodes.COUNTERSIGNATURE_OWN_SCORE, "countersignature", user,
                scorer == null ? List.of() : List.of(scorer));
        apply(new EvaluationCountersigned(evaluationId, round, command.notes()));
    }

    @CommandHandler
    void handle(ShareEvaluation command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department, Clock clock) {
        Refusal.requireDepartment(EvaluationRuleCodes.SHARING_WRONG_DEPARTMENT, "sharing", department, SCORERS);
        Refusal.requireStatus(EvaluationRuleCodes.SHARING_WRONG_STATUS, subject(), status, "sharing",
                COUNTERSIGNED);
        apply(new EvaluationShared(evaluationId, round, LocalDate.now(clock)));
    }

    /**
     * The vendor's confirmation makes the result count. {@code adjustmentPercent} is the contract's bonus for an A
     * and zero for any other grade: a C or D is answered by a rectification notice, not by a deduction.
     */
    @CommandHandler
    void handle(ConfirmEvaluation command, @MetaDataValue(MetadataKeys.VENDOR) String vendor) {
        requireOwnVendorUser(EvaluationRuleCodes.CONFIRMATION_NOT_A_VENDOR_USER, "confirmation", vendor);
        Refusal.requireStatus(EvaluationRuleCodes.CONFIRMATION_WRONG_STATUS, subject(), status, "confirmation",
                SHARED);
        BigDecimal adjustment = grade == Grade.A ? bonusPercent : BigDecimal.ZERO;
        apply(new EvaluationConfirmed(evaluationId, contractId, vendorId, period, round, overall, grade,
                policy.version(), adjustment));
        if (grade.belowStandard()) {
            apply(new PerformanceBelowStandard(evaluationId, contractId, vendorId, period, grade));
        } else if (grade == Grade.A) {
            apply(new BonusEligibilityRecorded(evaluationId, contractId, vendorId, period, bonusPercent));
        }
    }

    @CommandHandler
    void handle(DisputeEvaluation command, @MetaDataValue(MetadataKeys.VENDOR) String vendor) {
        requireOwnVendorUser(EvaluationRuleCodes.DISPUTE_NOT_A_VENDOR_USER, "dispute", vendor);
        Refusal.requireStatus(EvaluationRuleCodes.DISPUTE_WRONG_STATUS, subject(), status, "dispute", SHARED);
        Refusal.requireText(EvaluationRuleCodes.DISPUTE_REASONS_REQUIRED, command.reasons(),
                "A dispute states its reasons");
        apply(new EvaluationDisputed(evaluationId, round, command.reasons()));
    }

    @EventSourcingHandler
    void on(EvaluationPeriodOpened event) {
        evaluationId = event.evaluationId();
        contractId = event.contractId();
        vendorId = event.vendorId();
        period = event.period();
        policy = event.policy();
        bonusPercent = event.bonusPercent() == null ? BigDecimal.ZERO : event.bonusPercent();
        status = OPEN;
    }

    @EventSourcingHandler
    void on(EvaluationScored event, @MetaDataValue(MetadataKeys.USER) String user) {
        status = SCORED;
        round = event.round();
        scorer = user;
        overall = event.overall();
        grade = event.grade();
    }

    @EventSourcingHandler
    void on(EvaluationCountersigned event) {
        status = COUNTERSIGNED;
    }

    @EventSourcingHandler
    void on(EvaluationShared event) {
        status = SHARED;
    }

    @EventSourcingHandler
    void on(EvaluationDisputed event) {
        status = DISPUTED;
    }

    @EventSourcingHandler
    void on(EvaluationConfirmed event) {
        status = CONFIRMED;
    }

    Evaluation() {
    }

    /** Only a vendor user (no internal department) acts for the vendor, and only for its own vendor. */
    private void requireOwnVendorUser(String rule, String act, String vendor) {
        if (Refusal.isBlank(vendor)) {
            throw Refusal.forbidden(rule, "A " + act + " of an evaluation is given by the vendor's own user");
        }
        VendorScope.requireOwn(vendorId, vendor);
    }

    private String subject() {
        return "Evaluation " + evaluationId;
    }
}
