package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.SignOffTermination;
import com.outsourcingledger.api.contract.ContractCommand.TerminateContract;
import com.outsourcingledger.api.contract.ContractEvent.ContractTerminated;
import com.outsourcingledger.api.contract.ContractEvent.TerminationSignedOff;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.outsourcingledger.api.contract.ContractStatus.*;
import static com.outsourcingledger.command.contract.ContractRules.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Termination of a signed contract, with the reason it states; BREACH needs evidence and LEGAL's sign-off. */
class Termination {

    private final Contract contract;
    private boolean signedOff;

    Termination(Contract contract) {
        this.contract = contract;
    }

    @CommandHandler
    void handle(SignOffTermination command) {
        requireStatus(contract.id(), contract.status(), "termination-sign-off", SIGNED, ACTIVE, SUSPENDED);
        if (listOf(command.evidenceRefs()).isEmpty()) {
            throw RuleViolationException.unprocessable("contract.termination-sign-off.evidence-required",
                    "A LEGAL sign-off names the evidence it relies on");
        }
        apply(new TerminationSignedOff(contract.id(), listOf(command.evidenceRefs()), command.notes()));
    }

    @CommandHandler
    void handle(TerminateContract command, Clock clock, DeadlineManager deadlines) {
        requireStatus(contract.id(), contract.status(), "termination", SIGNED, ACTIVE, SUSPENDED);
        if (command.reason() == null) {
            throw RuleViolationException.unprocessable("contract.termination.reason-required",
                    "A termination states its reason: " + List.of(TerminationReason.values()));
        }
        requireText("termination", "explanation", command.explanation());
        if (command.reason() == TerminationReason.BREACH) {
            if (listOf(command.evidenceRefs()).isEmpty()) {
                throw RuleViolationException.unprocessable("contract.termination.evidence-required",
                        "A termination for breach names its evidence");
            }
            if (!signedOff) {
                throw RuleViolationException.unprocessable("contract.termination.legal-sign-off-required",
                        "A termination for breach needs LEGAL's sign-off first");
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDay = command.lastServiceDay() == null ? today : command.lastServiceDay();
        LocalDate start = contract.term().start();
        if (lastDay.isBefore(start) && !lastDay.equals(today)) {
            throw RuleViolationException.unprocessable("contract.termination.last-service-day-before-term",
                    "The last service day " + lastDay + " lies before the term starts on " + start);
        }
        apply(new ContractTerminated(contract.id(), command.reason(), command.explanation(),
                listOf(command.evidenceRefs()), today, lastDay));
        ContractDeadlines.cancelAll(deadlines);
    }

    @EventSourcingHandler
    void on(TerminationSignedOff event) {
        signedOff = true;
    }
}
