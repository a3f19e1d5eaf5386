package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ContractQuery.PipView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The PIP part of {@link ContractView}'s fold: each improvement plan, its plan, progress and outcome. */
final class Pips {

    private Pips() {
    }

    /** {@code pips} is null in a document stored before contracts showed PIPs. */
    static List<PipView> after(List<PipView> pips, ContractEvent event) {
        List<PipView> changed = new ArrayList<>(pips == null ? List.of() : pips);
        switch (event) {
            case PipInitiated e -> changed.add(new PipView(e.pipId(), true, e.reason(), listOf(e.evaluationIds()),
                    listOf(e.noticeIds()), e.initiatedOn(), e.planDueOn(), e.planDueDays(), false, null, List.of(),
                    List.of(), List.of(), null, null));
            case PipPlanRecorded e -> pip(changed, e.pipId(), p -> new PipView(p.pipId(), p.open(), p.reason(),
                    p.evaluationIds(), p.noticeIds(), p.initiatedOn(), p.planDueOn(), p.planDueDays(), p.planOverdue(),
                    e.rootCause(), listOf(e.actions()), listOf(e.milestones()), p.progress(), p.outcome(),
                    p.evidence()));
            case PipPlanOverdue e -> pip(changed, e.pipId(), p -> new PipView(p.pipId(), p.open(), p.reason(),
                    p.evaluationIds(), p.noticeIds(), p.initiatedOn(), p.planDueOn(), p.planDueDays(), true,
                    p.rootCause(), p.actions(), p.milestones(), p.progress(), p.outcome(), p.evidence()));
            case PipProgressRecorded e -> pip(changed, e.pipId(), p -> {
                List<String> progress = new ArrayList<>(p.progress());
                progress.add(e.notes());
                return new PipView(p.pipId(), p.open(), p.reason(), p.evaluationIds(), p.noticeIds(), p.initiatedOn(),
                        p.planDueOn(), p.planDueDays(), p.planOverdue(), p.rootCause(), p.actions(), p.milestones(),
                        List.copyOf(progress), p.outcome(), p.evidence());
            });
            case PipConcluded e -> pip(changed, e.pipId(), p -> new PipView(p.pipId(), false, p.reason(),
                    p.evaluationIds(), p.noticeIds(), p.initiatedOn(), p.planDueOn(), p.planDueDays(), p.planOverdue(),
                    p.rootCause(), p.actions(), p.milestones(), p.progress(), e.outcome(), e.evidence()));
            default -> {
            }
        }
        return changed;
    }

    private static void pip(List<PipView> pips, String pipId, UnaryOperator<PipView> change) {
        pips.replaceAll(p -> p.pipId().equals(pipId) ? change.apply(p) : p);
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
