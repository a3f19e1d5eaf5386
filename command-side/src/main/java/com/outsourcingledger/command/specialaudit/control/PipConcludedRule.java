package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.ContractEvent.ContractExpired;
import com.outsourcingledger.api.contract.ContractEvent.ContractTerminated;
import com.outsourcingledger.api.contract.ContractEvent.PipConcluded;
import com.outsourcingledger.api.contract.ContractEvent.PipInitiated;
import com.outsourcingledger.api.contract.ContractEvent.RectificationFailed;
import com.outsourcingledger.api.evaluation.EvaluationEvent.EvaluationConfirmed;
import com.outsourcingledger.api.evaluation.EvaluationEvent.EvaluationPeriodOpened;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;
import com.outsourcingledger.api.wire.AggregateKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * PIP_CONCLUDED (§10): every PIP whose term ended in the period was concluded by the period's end. A PIP's term
 * ends with the confirmation of the contract's next evaluation, the one its default success criterion judges (an
 * evaluation confirmed after the PIP opened, of a period after every below-standard period that opened it), or
 * with the contract's end (expiry or termination), whichever comes first. The exception is on the contract,
 * evidenced by the PIP's initiation and the event that ended its term.
 */
final class PipConcludedRule implements ControlRule {

    private static final class Pip {
        private final String pipId;
        private final String contractId;
        private final String initiation;
        private final Set<String> evaluationIds;
        private final LocalDate triggeredUntil;
        private AuditedEvent termEnded;
        private boolean concluded;

        private Pip(String pipId, String contractId, String initiation, Set<String> evaluationIds,
                    LocalDate triggeredUntil) {
            this.pipId = pipId;
            this.contractId = contractId;
            this.initiation = initiation;
            this.evaluationIds = evaluationIds;
            this.triggeredUntil = triggeredUntil;
        }
    }

    private final Map<String, String> evaluationPeriods = new HashMap<>();
    private final Map<String, String> failurePeriods = new HashMap<>();
    private final Map<String, Pip> pips = new LinkedHashMap<>();

    @Override
    public AuditControl control() {
        return AuditControl.PIP_CONCLUDED;
    }

    @Override
    public void accept(AuditedEvent event) {
        switch (event.payload()) {
            case EvaluationPeriodOpened opened -> evaluationPeriods.put(opened.evaluationId(), opened.period());
            case RectificationFailed failed when failed.belowStandardPeriod() != null ->
                    failurePeriods.put(failed.contractId() + "/" + failed.noticeId(), failed.belowStandardPeriod());
            case PipInitiated initiated -> pips.put(initiated.contractId() + "/" + initiated.pipId(),
                    initiate(initiated, event));
            case PipConcluded concluded -> {
                Pip pip = pips.get(concluded.contractId() + "/" + concluded.pipId());
                if (pip != null) {
                    pip.concluded = true;
                }
            }
            case EvaluationConfirmed confirmed -> {
                evaluationPeriods.putIfAbsent(confirmed.evaluationId(), confirmed.period());
                endTerms(confirmed.contractId(), event, pip -> next(pip, confirmed));
            }
            case ContractExpired expired -> endTerms(expired.contractId(), event, pip -> true);
            case ContractTerminated terminated -> endTerms(terminated.contractId(), event, pip -> true);
            case null, default -> {
            }
        }
    }

    private Pip initiate(PipInitiated initiated, AuditedEvent event) {
        Set<String> evaluationIds = new LinkedHashSet<>(listOf(initiated.evaluationIds()));
        LocalDate until = null;
        List<String> periods = new ArrayList<>();
        evaluationIds.forEach(id -> periods.add(evaluationPeriods.get(id)));
        listOf(initiated.noticeIds()).forEach(id -> periods.add(failurePeriods.get(initiated.contractId() + "/" + id)));
        for (String period : periods.stream().filter(Objects::nonNull).toList()) {
            LocalDate end = end(period);
            until = until == null || end != null && end.isAfter(until) ? end : until;
        }
        return new Pip(initiated.pipId(), initiated.contractId(), event.eventId(), evaluationIds, until);
    }

    /** Whether the confirmed evaluation is the one that follows the PIP's below-standard periods. */
    private static boolean next(Pip pip, EvaluationConfirmed confirmed) {
        if (pip.evaluationIds.contains(confirmed.evaluationId())) {
            return false;
        }
        LocalDate start = start(confirmed.period());
        return pip.triggeredUntil == null || start == null || start.isAfter(pip.triggeredUntil);
    }

    private void endTerms(String contractId, AuditedEvent event, Predicate<Pip> ends) {
        pips.values().stream().filter(p -> p.contractId.equals(contractId) && !p.concluded && p.termEnded == null)
                .filter(ends).forEach(p -> p.termEnded = event);
    }

    private static LocalDate start(String period) {
        try {
            return period == null ? null : EvaluationPeriod.of(period).start();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static LocalDate end(String period) {
        try {
            return EvaluationPeriod.of(period).end();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    @Override
    public ControlAnswer answer(AuditPeriod period) {
        Map<String, List<Pip>> ended = new LinkedHashMap<>();
        for (Pip pip : pips.values()) {
            if (pip.termEnded != null && period.contains(pip.termEnded.timestamp())) {
                ended.computeIfAbsent(pip.contractId, id -> new ArrayList<>()).add(pip);
            }
        }
        List<ControlException> exceptions = new ArrayList<>();
        ended.forEach((contractId, contractPips) -> {
            List<Pip> open = contractPips.stream().filter(p -> !p.concluded).toList();
            if (!open.isEmpty()) {
                Set<String> evidence = new LinkedHashSet<>();
                open.forEach(p -> {
                    evidence.add(p.initiation);
                    evidence.add(p.termEnded.eventId());
                });
                exceptions.add(new ControlException(AggregateKind.CONTRACT, contractId, "Contract " + contractId
                        + ": PIP " + String.join(", ", open.stream().map(p -> p.pipId).toList())
                        + " not concluded although its term ended", List.copyOf(evidence)));
            }
        });
        return new ControlAnswer(control(), ended.size(), List.copyOf(exceptions));
    }
}
