package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.ConcludeRectification;
import com.outsourcingledger.api.contract.ContractCommand.IssueEvaluationRectificationNotice;
import com.outsourcingledger.api.contract.ContractCommand.IssueRectificationNotice;
import com.outsourcingledger.api.contract.ContractCommand.RecordRectificationPlan;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ContractEvent.RectificationFailed;
import com.outsourcingledger.api.contract.ContractEvent.RectificationNoticeIssued;
import com.outsourcingledger.api.contract.ContractEvent.RectificationPlanRecorded;
import com.outsourcingledger.api.contract.ContractEvent.RectificationVerified;
import com.outsourcingledger.api.contract.ContractEvent.TerminationSignedOff;
import com.outsourcingledger.api.contract.RectificationOutcome;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.VendorScope;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.outsourcingledger.api.contract.ContractStatus.ACTIVE;
import static com.outsourcingledger.api.contract.ContractStatus.SUSPENDED;
import static com.outsourcingledger.command.contract.ContractRules.listOf;
import static com.outsourcingledger.command.contract.ContractRules.requireStatus;
import static com.outsourcingledger.command.contract.ContractRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Rectification notices (整改通知书) of one contract: open until verified or failed. A failure counts as a
 * below-standard period toward a PIP ({@link Pips}).
 */
class Rectifications {

    private record Notice(String metricId, boolean planRecorded, boolean concluded) {
    }

    private static final Set<RectificationTrigger> AUTOMATIC =
            Set.of(RectificationTrigger.SLA_BREACH, RectificationTrigger.EVALUATION);

    private final Contract contract;
    private final Pips pips;
    private final Map<String, Notice> notices = new HashMap<>();
    private final Set<String> cited = new HashSet<>();
    private final Set<String> evaluations = new HashSet<>();
    private String vendorId;
    private final Set<String> signedOffEvidence = new HashSet<>();

    Rectifications(Contract contract, Pips pips) {
        this.contract = contract;
        this.pips = pips;
    }

    @CommandHandler
    void handle(IssueRectificationNotice command, Clock clock) {
        requireStatus(ContractRuleCodes.RECTIFICATION_WRONG_STATUS, contract.id(), contract.status(), "rectification",
                ACTIVE, SUSPENDED);
        requireText(ContractRuleCodes.RECTIFICATION_NOTICE_ID_REQUIRED, "rectification", "notice-id",
                command.noticeId());
        requireText(ContractRuleCodes.RECTIFICATION_REASON_REQUIRED, "rectification", "reason", command.reason());
        RectificationTrigger trigger = command.trigger() == null ? RectificationTrigger.MANUAL : command.trigger();
        if (AUTOMATIC.contains(trigger)) {
            throw Refusal.unprocessable(ContractRuleCodes.RECTIFICATION_AUTOMATIC_TRIGGER,
                    "The contract issues " + AUTOMATIC + " notices itself; state " + trigger + " by hand never");
        }
        List<String> evidence = requireSignedOffEvidence(command);
        if (notices.containsKey(command.noticeId())) {
            throw Refusal.conflict(ContractRuleCodes.RECTIFICATION_ALREADY_ISSUED,
                    "Contract " + contract.id() + " already has rectification notice " + command.noticeId());
        }
        if (command.metricId() != null) {
            contract.slas().metric(command.metricId());
        }
        LocalDate today = LocalDate.now(clock);
        if (command.dueOn() == null || !command.dueOn().isAfter(today)) {
            throw Refusal.unprocessable(ContractRuleCodes.RECTIFICATION_DUE_DATE_NOT_IN_FUTURE,
                    "A rectification notice is due after today, not on " + command.dueOn());
        }
        apply(new RectificationNoticeIssued(contract.id(), command.noticeId(), command.metricId(), List.of(),
                command.reason(), today, command.dueOn(), false, null, null, trigger, null, command.serious(),
                evidence));
    }

    /** A confirmed below-standard evaluation: a notice due in the policy's days, and a PIP if it makes two in a row. */
    @CommandHandler
    void handle(IssueEvaluationRectificationNotice command, Clock clock, ContractPolicy policy,
                DeadlineManager deadlines) {
        requireStatus(ContractRuleCodes.RECTIFICATION_WRONG_STATUS, contract.id(), contract.status(), "rectification",
                ACTIVE, SUSPENDED);
        EvaluationPeriod period = evaluationPeriod(command);
        if (evaluations.contains(command.evaluationId())) {
            throw Refusal.conflict(ContractRuleCodes.RECTIFICATION_EVALUATION_ALREADY_NOTICED,
                    "Contract " + contract.id() + " already has a notice for evaluation " + command.evaluationId());
        }
        LocalDate today = LocalDate.now(clock);
        int dueDays = policy.rectificationDays();
        apply(new RectificationNoticeIssued(contract.id(), contract.id() + "-rectification-" + (count() + 1), null,
                List.of(period.value()), "Performance evaluation " + period + " was graded " + command.grade()
                + ", below standard", today, today.plusDays(dueDays), true, null, dueDays,
                RectificationTrigger.EVALUATION, command.evaluationId(), false, List.of()));
        pips.considerBelowStandard(period, clock, policy, deadlines);
    }

    /** A serious breach's notice is issued with LEGAL: every evidence reference it cites signed off by LEGAL. */
    private List<String> requireSignedOffEvidence(IssueRectificationNotice command) {
        List<String> evidence = listOf(command.evidenceRefs());
        if (!command.serious()) {
            return evidence;
        }
        if (evidence.isEmpty()) {
            throw Refusal.unprocessable(ContractRuleCodes.RECTIFICATION_EVIDENCE_REQUIRED,
                    "A notice for a serious breach names its evidence");
        }
        List<String> unsigned = evidence.stream().filter(ref -> !signedOffEvidence.contains(ref)).toList();
        if (!unsigned.isEmpty()) {
            throw Refusal.unprocessable(ContractRuleCodes.RECTIFICATION_LEGAL_SIGN_OFF_REQUIRED,
                    "A notice for a serious breach is issued with LEGAL; not signed off: " + unsigned);
        }
        return evidence;
    }

    private static EvaluationPeriod evaluationPeriod(IssueEvaluationRectificationNotice command) {
        try {
            if (!Refusal.isBlank(command.evaluationId()) && command.period() != null) {
                return EvaluationPeriod.of(command.period());
            }
        } catch (IllegalArgumentException invalid) {
            // refused below
        }
        throw Refusal.unprocessable(ContractRuleCodes.RECTIFICATION_EVALUATION_REQUIRED,
                "An evaluation notice names the evaluation and its period (2026-03, 2026-Q1, 2026-H1 or 2026)");
    }

    /** The vendor's plan: by its own user (DOMAIN §15), or by BUSINESS on its behalf. */
    @CommandHandler
    void handle(RecordRectificationPlan command, @MetaDataValue(MetadataKeys.VENDOR) String actingVendor) {
        VendorScope.requireOwn(vendorId, actingVendor);
        requireOpen(command.noticeId(), ContractRuleCodes.RECTIFICATION_PLAN_NOTICE_CONCLUDED);
        requireText(ContractRuleCodes.RECTIFICATION_PLAN_PLAN_REQUIRED, "rectification-plan", "plan", command.plan());
        apply(new RectificationPlanRecorded(contract.id(), command.noticeId(), command.plan()));
    }

    @CommandHandler
    void handle(ConcludeRectification command, Clock clock, ContractPolicy policy, DeadlineManager deadlines) {
        requireOpen(command.noticeId(), ContractRuleCodes.RECTIFICATION_CONCLUSION_NOTICE_CONCLUDED);
        if (!notices.get(command.noticeId()).planRecorded()) {
            throw Refusal.conflict(ContractRuleCodes.RECTIFICATION_CONCLUSION_NO_PLAN,
                    "Rectification notice " + command.noticeId() + " has no vendor plan recorded yet");
        }
        if (command.outcome() == null) {
            throw Refusal.unprocessable(ContractRuleCodes.RECTIFICATION_CONCLUSION_OUTCOME_REQUIRED,
                    "State VERIFIED or FAILED");
        }
        requireText(ContractRuleCodes.RECTIFICATION_CONCLUSION_NOTES_REQUIRED, "rectification-conclusion", "notes",
                command.notes());
        if (command.outcome() == RectificationOutcome.VERIFIED) {
            apply(new RectificationVerified(contract.id(), command.noticeId(), command.notes()));
            return;
        }
        EvaluationPeriod period = pips.periodOf(LocalDate.now(clock));
        apply(new RectificationFailed(contract.id(), command.noticeId(), command.notes(), period.value()));
        if (contract.status() == ACTIVE || contract.status() == SUSPENDED) {
            pips.considerBelowStandard(period, clock, policy, deadlines);
        }
    }

    boolean openFor(String metricId) {
        return metricId != null && notices.values().stream()
                .anyMatch(n -> !n.concluded() && metricId.equals(n.metricId()));
    }

    /** Whether a notice already cites this period of the metric among the breaches it was issued for. */
    boolean cites(String metricId, SlaPeriod period) {
        return cited.contains(metricId + "|" + period.value());
    }

    int count() {
        return notices.size();
    }

    private void requireOpen(String noticeId, String concludedRule) {
        Notice notice = notices.get(noticeId);
        if (notice == null) {
            throw Refusal.notFound(ContractRuleCodes.RECTIFICATION_NOT_FOUND,
                    "Contract " + contract.id() + " has no rectification notice " + noticeId);
        }
        if (notice.concluded()) {
            throw Refusal.conflict(concludedRule,
                    "Rectification notice " + noticeId + " is already concluded");
        }
    }

    @EventSourcingHandler
    void on(ContractDrafted event) {
        vendorId = event.vendorId();
    }

    @EventSourcingHandler
    void on(RectificationNoticeIssued event) {
        notices.put(event.noticeId(), new Notice(event.metricId(), false, false));
        if (event.evaluationId() != null) {
            evaluations.add(event.evaluationId());
        }
        if (event.metricId() != null && event.periods() != null) {
            event.periods().forEach(period -> cited.add(event.metricId() + "|" + period));
        }
    }

    /** LEGAL's sign-off of evidence serves a serious breach's notice as it serves a termination for breach. */
    @EventSourcingHandler
    void on(TerminationSignedOff event) {
        signedOffEvidence.addAll(event.evidenceRefs());
    }

    @EventSourcingHandler
    void on(RectificationPlanRecorded event) {
        notices.computeIfPresent(event.noticeId(), (id, n) -> new Notice(n.metricId(), true, n.concluded()));
    }

    @EventSourcingHandler
    void on(RectificationVerified event) {
        notices.computeIfPresent(event.noticeId(), (id, n) -> new Notice(n.metricId(), n.planRecorded(), true));
    }

    @EventSourcingHandler
    void on(RectificationFailed event) {
        notices.computeIfPresent(event.noticeId(), (id, n) -> new Notice(n.metricId(), n.planRecorded(), true));
    }
}
