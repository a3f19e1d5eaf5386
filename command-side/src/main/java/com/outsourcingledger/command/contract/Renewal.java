package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.DecideRenewal;
import com.outsourcingledger.api.contract.ContractCommand.RecordCoReviewOpinion;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.RenewalDecision;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.contract.ContractDeadlines.ExpiryApproachingDue;
import com.outsourcingledger.command.contract.ContractDeadlines.ExpiryDue;
import com.outsourcingledger.command.lookup.VendorStatuses;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import static com.outsourcingledger.api.contract.ContractStatus.*;
import static com.outsourcingledger.command.contract.ContractRules.requireStatus;
import static com.outsourcingledger.command.contract.ContractRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The end of the term. The renewal review opens three months before it: RENEW, RETENDER or NOT_RENEW is decided,
 * and a RENEW with its continuous new term takes effect after a fresh co-review. Unrenewed, the contract expires
 * the day after the term ends. HR approves a renewal only once it has assessed the sham-outsourcing risk for it
 * ({@link ShamRisk}).
 */
class Renewal {

    private final Contract contract;
    private final VendorSanctions sanctions;
    private final ShamRisk shamRisk;
    private boolean reviewOpen;
    private RenewalDecision decision;
    private Term newTerm;
    private final CoReview.Round round = new CoReview.Round();

    Renewal(Contract contract, VendorSanctions sanctions, ShamRisk shamRisk) {
        this.contract = contract;
        this.sanctions = sanctions;
        this.shamRisk = shamRisk;
        sanctions.watch(this);
    }

    @DeadlineHandler(deadlineName = ContractDeadlines.EXPIRY_APPROACHING)
    void handle(ExpiryApproachingDue deadline) {
        if (runsUntil(deadline.end()) && !reviewOpen) {
            apply(new ContractExpiryApproaching(contract.id(), deadline.end(), deadline.leadMonths()));
        }
    }

    @DeadlineHandler(deadlineName = ContractDeadlines.EXPIRY)
    void handle(ExpiryDue deadline, DeadlineManager deadlines) {
        if (runsUntil(deadline.end())) {
            apply(new ContractExpired(contract.id(), deadline.end()));
            ContractDeadlines.cancelAll(deadlines);
        }
    }

    /** A deadline set for an earlier term, before a renewal, changes nothing. */
    private boolean runsUntil(LocalDate end) {
        return EnumSet.of(SIGNED, ACTIVE, SUSPENDED).contains(contract.status()) && end.equals(contract.term().end());
    }

    @CommandHandler
    void handle(DecideRenewal command, VendorStatuses standings) {
        requireStatus(ContractRuleCodes.RENEWAL_WRONG_STATUS, contract.id(), contract.status(), "renewal", ACTIVE,
                SUSPENDED);
        Term term = contract.term();
        if (!reviewOpen) {
            throw Refusal.conflict(ContractRuleCodes.RENEWAL_REVIEW_NOT_OPEN,
                    "The renewal review of contract " + contract.id() + " opens " + term.end().minusMonths(3));
        }
        if (decision != null) {
            throw Refusal.conflict(ContractRuleCodes.RENEWAL_ALREADY_DECIDED,
                    "Contract " + contract.id() + " already has the renewal decision " + decision);
        }
        if (command.decision() == null) {
            throw Refusal.unprocessable(ContractRuleCodes.RENEWAL_DECISION_REQUIRED,
                    "State RENEW, RETENDER or NOT_RENEW");
        }
        requireText(ContractRuleCodes.RENEWAL_REASON_REQUIRED, "renewal", "reason", command.reason());
        Term renewed = null;
        if (command.decision() == RenewalDecision.RENEW) {
            renewed = command.newTerm();
            if (renewed == null || !renewed.start().equals(term.end().plusDays(1))) {
                throw Refusal.unprocessable(ContractRuleCodes.RENEWAL_TERM_NOT_CONTINUOUS,
                        "A renewal's new term starts on " + term.end().plusDays(1) + ", the day after the current one ends");
            }
            sanctions.requireSignable(ContractRuleCodes.RENEWAL_FLAGGED,
                    ContractRuleCodes.RENEWAL_VENDOR_NOT_ADMITTED, standings);
        }
        apply(new RenewalDecided(contract.id(), command.decision(), renewed, command.reason()));
    }

    /** A decision to RENEW waits for its co-review while the contract runs. */
    boolean awaitsCoReview() {
        return newTerm != null && (contract.status() == ACTIVE || contract.status() == SUSPENDED);
    }

    void record(RecordCoReviewOpinion command, Department reviewer, String user, Clock clock,
                DeadlineManager deadlines, ContractPolicy policy, VendorStatuses standings) {
        boolean completes = round.admit(command, reviewer, user);
        shamRisk.requireRenewalApproval(reviewer, command.opinion());
        if (completes) {
            sanctions.requireSignable(ContractRuleCodes.RENEWAL_FLAGGED,
                    ContractRuleCodes.RENEWAL_VENDOR_NOT_ADMITTED, standings);
        }
        apply(new CoReviewOpinionRecorded(contract.id(), reviewer, command.opinion(), command.comments()));
        if (command.opinion() == ReviewOpinion.REJECT) {
            apply(new RenewalReturned(contract.id(), reviewer, command.comments()));
        } else if (completes) {
            Term renewed = newTerm;
            apply(new ContractRenewed(contract.id(), renewed, contract.version() + 1));
            ContractDeadlines.scheduleEnd(deadlines, renewed.end(), policy, clock);
        }
    }

    /** A sanction on the vendor ends a RENEW that awaits its co-review; the review stays open. */
    void cancelPending(String reason) {
        if (awaitsCoReview()) {
            apply(new RenewalCancelled(contract.id(), reason));
        }
    }

    @EventSourcingHandler
    void on(ContractExpiryApproaching event) {
        reviewOpen = true;
    }

    @EventSourcingHandler
    void on(RenewalDecided event, @MetaDataValue(MetadataKeys.USER) String user) {
        decision = event.decision();
        newTerm = event.newTerm();
        round.restart(user);
    }

    @EventSourcingHandler
    void on(CoReviewOpinionRecorded event) {
        round.opinion(event.department());
    }

    @EventSourcingHandler
    void on(RenewalReturned event) {
        decision = null;
        newTerm = null;
        round.restart();
    }

    @EventSourcingHandler
    void on(RenewalCancelled event) {
        decision = null;
        newTerm = null;
        round.restart();
    }

    @EventSourcingHandler
    void on(ContractRenewed event) {
        reviewOpen = false;
        decision = null;
        newTerm = null;
        round.restart();
    }
}
