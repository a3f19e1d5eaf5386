package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.ConcludePip;
import com.outsourcingledger.api.contract.ContractCommand.RecordPipPlan;
import com.outsourcingledger.api.contract.ContractCommand.RecordPipProgress;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.PipOutcome;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.evaluation.EvaluationCadence;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.VendorScope;
import com.outsourcingledger.command.contract.ContractDeadlines.PipPlanDue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static com.outsourcingledger.command.contract.ContractRules.listOf;
import static com.outsourcingledger.command.contract.ContractRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Performance improvement plans (绩效改进计划) of one contract, at most one open. Below-standard periods are the
 * evaluation periods of confirmed C or D evaluations (their notices) and the period each failed rectification fell
 * in; two consecutive ones that no earlier PIP cited open a PIP, in whatever order they arrive.
 */
class Pips {

    private record Pip(boolean planRecorded, boolean concluded) {
    }

    private final Contract contract;
    private String vendorId;
    private final TreeMap<EvaluationPeriod, String> evaluated = new TreeMap<>();
    private final TreeMap<EvaluationPeriod, String> failed = new TreeMap<>();
    private final Set<EvaluationPeriod> cited = new HashSet<>();
    private final Map<String, Pip> pips = new HashMap<>();
    private String openPipId;
    private boolean anyFailed;

    Pips(Contract contract) {
        this.contract = contract;
    }

    @CommandHandler
    void handle(RecordPipPlan command, @MetaDataValue(MetadataKeys.VENDOR) String vendor) {
        VendorScope.requireOwn(vendorId, vendor);
        Pip pip = requireOpen(command.pipId(), ContractRuleCodes.PIP_PLAN_PIP_CONCLUDED);
        if (pip.planRecorded()) {
            throw Refusal.conflict(ContractRuleCodes.PIP_PLAN_ALREADY_RECORDED,
                    "PIP " + command.pipId() + " already has its plan");
        }
        requireText(ContractRuleCodes.PIP_PLAN_ROOT_CAUSE_REQUIRED, "pip-plan", "root-cause", command.rootCause());
        if (listOf(command.actions()).isEmpty() || command.actions().stream().anyMatch(Refusal::isBlank)) {
            throw Refusal.unprocessable(ContractRuleCodes.PIP_PLAN_ACTIONS_REQUIRED,
                    "A PIP plan names its improvement actions, none of them blank");
        }
        apply(new PipPlanRecorded(contract.id(), command.pipId(), command.rootCause(), listOf(command.actions()),
                listOf(command.milestones())));
    }

    @CommandHandler
    void handle(RecordPipProgress command) {
        Pip pip = requireOpen(command.pipId(), ContractRuleCodes.PIP_PROGRESS_PIP_CONCLUDED);
        if (!pip.planRecorded()) {
            throw Refusal.conflict(ContractRuleCodes.PIP_PROGRESS_NO_PLAN,
                    "PIP " + command.pipId() + " has no plan to make progress on yet");
        }
        requireText(ContractRuleCodes.PIP_PROGRESS_NOTES_REQUIRED, "pip-progress", "notes", command.notes());
        apply(new PipProgressRecorded(contract.id(), command.pipId(), command.notes()));
    }

    @CommandHandler
    void handle(ConcludePip command) {
        Pip pip = requireOpen(command.pipId(), ContractRuleCodes.PIP_CONCLUSION_PIP_CONCLUDED);
        if (command.outcome() == null) {
            throw Refusal.unprocessable(ContractRuleCodes.PIP_CONCLUSION_OUTCOME_REQUIRED, "State SUCCEEDED or FAILED");
        }
        requireText(ContractRuleCodes.PIP_CONCLUSION_EVIDENCE_REQUIRED, "pip-conclusion", "evidence",
                command.evidence());
        if (command.outcome() == PipOutcome.SUCCEEDED && !pip.planRecorded()) {
            throw Refusal.conflict(ContractRuleCodes.PIP_CONCLUSION_NO_PLAN,
                    "PIP " + command.pipId() + " cannot have succeeded without a plan");
        }
        apply(new PipConcluded(contract.id(), command.pipId(), command.outcome(), command.evidence()));
        if (command.outcome() == PipOutcome.FAILED) {
            apply(new TerminationRecommended(contract.id(), TerminationReason.PIP_FAILED,
                    "PIP " + command.pipId() + " failed: " + command.evidence()));
        }
    }

    @DeadlineHandler(deadlineName = ContractDeadlines.PIP_PLAN)
    void handle(PipPlanDue deadline) {
        Pip pip = pips.get(deadline.pipId());
        if (pip != null && !pip.planRecorded() && !pip.concluded()) {
            apply(new PipPlanOverdue(contract.id(), deadline.pipId(), deadline.planDueOn()));
        }
    }

    /** Opens a PIP when {@code period}, just recorded below standard, and a neighbour make two consecutive ones. */
    void considerBelowStandard(EvaluationPeriod period, Clock clock, ContractPolicy policy, DeadlineManager deadlines) {
        if (openPipId != null || cited.contains(period)) {
            return;
        }
        Stream.of(period.previous(), period.next()).filter(p -> belowStandard(p) && !cited.contains(p)).findFirst()
                .ifPresent(neighbour -> initiate(Stream.of(neighbour, period).sorted().toList(), clock, policy,
                        deadlines));
    }

    private void initiate(List<EvaluationPeriod> run, Clock clock, ContractPolicy policy, DeadlineManager deadlines) {
        String pipId = contract.id() + "-pip-" + (pips.size() + 1);
        LocalDate today = LocalDate.now(clock);
        int dueDays = policy.pipPlanDueDays();
        LocalDate planDueOn = today.plusDays(dueDays);
        apply(new PipInitiated(contract.id(), pipId,
                run.stream().filter(evaluated::containsKey).map(evaluated::get).toList(),
                run.stream().filter(failed::containsKey).map(failed::get).toList(),
                "Performance below standard in consecutive evaluation periods " + run, today, planDueOn, dueDays));
        ContractDeadlines.schedulePipPlan(deadlines, pipId, planDueOn, clock);
    }

    /** The period a failure on {@code day} counts for: of the cadence of the latest evaluation, else quarterly. */
    EvaluationPeriod periodOf(LocalDate day) {
        EvaluationCadence cadence = evaluated.isEmpty() ? EvaluationCadence.QUARTERLY
                : evaluated.lastKey().cadence();
        return EvaluationPeriod.containing(day, cadence);
    }

    boolean anyFailed() {
        return anyFailed;
    }

    private boolean belowStandard(EvaluationPeriod period) {
        return evaluated.containsKey(period) || failed.containsKey(period);
    }

    private Pip requireOpen(String pipId, String concludedRule) {
        Pip pip = pips.get(pipId);
        if (pip == null) {
            throw Refusal.notFound(ContractRuleCodes.PIP_NOT_FOUND, "Contract " + contract.id() + " has no PIP " + pipId);
        }
        if (pip.concluded()) {
            throw Refusal.conflict(concludedRule, "PIP " + pipId + " is already concluded");
        }
        return pip;
    }

    @EventSourcingHandler
    void on(ContractDrafted event) {
        vendorId = event.vendorId();
    }

    @EventSourcingHandler
    void on(RectificationNoticeIssued event) {
        if (event.triggerOrInferred() == RectificationTrigger.EVALUATION && event.periods() != null
                && event.periods().size() == 1) {
            evaluated.putIfAbsent(EvaluationPeriod.of(event.periods().getFirst()), event.evaluationId());
        }
    }

    @EventSourcingHandler
    void on(RectificationFailed event) {
        if (event.belowStandardPeriod() != null) {
            failed.putIfAbsent(EvaluationPeriod.of(event.belowStandardPeriod()), event.noticeId());
        }
    }

    @EventSourcingHandler
    void on(PipInitiated event) {
        pips.put(event.pipId(), new Pip(false, false));
        openPipId = event.pipId();
        evaluated.forEach((period, id) -> {
            if (event.evaluationIds().contains(id)) {
                cited.add(period);
            }
        });
        failed.forEach((period, id) -> {
            if (event.noticeIds().contains(id)) {
                cited.add(period);
            }
        });
    }

    @EventSourcingHandler
    void on(PipPlanRecorded event) {
        pips.computeIfPresent(event.pipId(), (id, p) -> new Pip(true, p.concluded()));
    }

    @EventSourcingHandler
    void on(PipConcluded event) {
        pips.computeIfPresent(event.pipId(), (id, p) -> new Pip(p.planRecorded(), true));
        if (event.pipId().equals(openPipId)) {
            openPipId = null;
        }
        anyFailed |= event.outcome() == PipOutcome.FAILED;
    }
}
