package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.SignOffTermination;
import com.outsourcingledger.api.contract.ContractCommand.TerminateContract;
import com.outsourcingledger.api.contract.ContractEvent.ContractTerminated;
import com.outsourcingledger.api.contract.ContractEvent.TerminationSignedOff;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.api.contract.ContractStatus.*;
import static com.outsourcingledger.command.contract.ContractRules.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Termination of a signed contract, with the reason it states; BREACH needs evidence, every piece of it signed off
 * by LEGAL (a sign-off covers the evidence it names, not whatever is cited later), and
 * PIP_FAILED a PIP of this contract concluded FAILED, and
 * FORCE_MAJEURE a force majeure that has lasted longer than the contract's threshold (default 60 days).
 */
class Termination {

    private final Contract contract;
    private final Pips pips;
    private final Set<String> signedOffEvidence = new HashSet<>();

    Termination(Contract contract, Pips pips) {
        this.contract = contract;
        this.pips = pips;
    }

    @CommandHandler
    void handle(SignOffTermination command) {
        requireStatus(ContractRuleCodes.TERMINATION_SIGN_OFF_WRONG_STATUS, contract.id(), contract.status(),
                "termination-sign-off", SIGNED, ACTIVE, SUSPENDED);
        if (listOf(command.evidenceRefs()).isEmpty()) {
            throw Refusal.unprocessable(ContractRuleCodes.TERMINATION_SIGN_OFF_EVIDENCE_REQUIRED,
                    "A LEGAL sign-off names the evidence it relies on");
        }
        apply(new TerminationSignedOff(contract.id(), listOf(command.evidenceRefs()), command.notes()));
    }

    @CommandHandler
    void handle(TerminateContract command, Clock clock, DeadlineManager deadlines) {
        requireStatus(ContractRuleCodes.TERMINATION_WRONG_STATUS, contract.id(), contract.status(), "termination",
                SIGNED, ACTIVE, SUSPENDED);
        if (command.reason() == null) {
            throw Refusal.unprocessable(ContractRuleCodes.TERMINATION_REASON_REQUIRED,
                    "A termination states its reason: " + List.of(TerminationReason.values()));
        }
        requireText(ContractRuleCodes.TERMINATION_EXPLANATION_REQUIRED, "termination", "explanation",
                command.explanation());
        if (command.reason() == TerminationReason.BREACH) {
            if (listOf(command.evidenceRefs()).isEmpty()) {
                throw Refusal.unprocessable(ContractRuleCodes.TERMINATION_EVIDENCE_REQUIRED,
                        "A termination for breach names its evidence");
            }
            List<String> unsigned = listOf(command.evidenceRefs()).stream()
                    .filter(ref -> !signedOffEvidence.contains(ref)).toList();
            if (!unsigned.isEmpty()) {
                throw Refusal.unprocessable(ContractRuleCodes.TERMINATION_LEGAL_SIGN_OFF_REQUIRED,
                        "A termination for breach needs LEGAL's sign-off of its evidence; not signed off: " + unsigned);
            }
        }
        if (command.reason() == TerminationReason.PIP_FAILED && !pips.anyFailed()) {
            throw Refusal.unprocessable(ContractRuleCodes.TERMINATION_NO_FAILED_PIP,
                    "A termination for PIP_FAILED needs a failed PIP of contract " + contract.id());
        }
        LocalDate today = LocalDate.now(clock);
        Integer threshold = requireForceMajeureLongEnough(command, today);
        LocalDate lastDay = command.lastServiceDay() == null ? today : command.lastServiceDay();
        LocalDate start = contract.term().start();
        if (lastDay.isBefore(start) && !lastDay.equals(today)) {
            throw Refusal.unprocessable(ContractRuleCodes.TERMINATION_LAST_SERVICE_DAY_BEFORE_TERM,
                    "The last service day " + lastDay + " lies before the term starts on " + start);
        }
        apply(new ContractTerminated(contract.id(), command.reason(), command.explanation(),
                listOf(command.evidenceRefs()), today, lastDay, command.forceMajeureSince(), threshold));
        ContractDeadlines.cancelAll(deadlines);
    }

    /**
     * The contract allows a negotiated termination once force majeure has lasted more than its threshold; answers
     * the threshold applied (null for another reason).
     */
    private Integer requireForceMajeureLongEnough(TerminateContract command, LocalDate today) {
        LocalDate since = command.forceMajeureSince();
        if (command.reason() != TerminationReason.FORCE_MAJEURE) {
            if (since != null) {
                throw Refusal.unprocessable(ContractRuleCodes.TERMINATION_FORCE_MAJEURE_SINCE_UNEXPECTED,
                        "forceMajeureSince belongs to a termination for FORCE_MAJEURE, not " + command.reason());
            }
            return null;
        }
        if (since == null) {
            throw Refusal.unprocessable(ContractRuleCodes.TERMINATION_FORCE_MAJEURE_SINCE_REQUIRED,
                    "A termination for force majeure states when the force majeure began (forceMajeureSince)");
        }
        Integer configured = contract.content().forceMajeureThresholdDays();
        int threshold = configured == null ? ContractContents.DEFAULT_FORCE_MAJEURE_DAYS : configured;
        long lasted = ChronoUnit.DAYS.between(since, today);
        if (lasted <= threshold) {
            throw Refusal.unprocessable(ContractRuleCodes.TERMINATION_FORCE_MAJEURE_TOO_SHORT,
                    "Force majeure since " + since + " has lasted " + Math.max(lasted, 0) + " days; this contract"
                            + " allows terminating for force majeure only after more than " + threshold + " days");
        }
        return threshold;
    }

    @EventSourcingHandler
    void on(TerminationSignedOff event) {
        signedOffEvidence.addAll(event.evidenceRefs());
    }
}
