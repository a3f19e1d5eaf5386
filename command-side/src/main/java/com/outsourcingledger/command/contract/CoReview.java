package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.RecordCoReviewOpinion;
import com.outsourcingledger.api.contract.ContractCommand.SubmitContractForCoReview;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static com.outsourcingledger.api.contract.ContractStatus.DRAFTING;
import static com.outsourcingledger.api.contract.ContractStatus.IN_REVIEW;
import static com.outsourcingledger.command.contract.ContractRules.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The co-review (会审) of a draft: LEGAL, HR, FINANCE and BUSINESS approve it, or one returns it to drafting. */
class CoReview {

    static final Set<Department> REVIEWERS =
            EnumSet.of(Department.LEGAL, Department.HR, Department.FINANCE, Department.BUSINESS);

    private final Contract contract;
    private final Round round = new Round();

    CoReview(Contract contract) {
        this.contract = contract;
    }

    @CommandHandler
    void handle(SubmitContractForCoReview command) {
        requireStatus(ContractRuleCodes.SUBMISSION_WRONG_STATUS, contract.id(), contract.status(), "submission",
                DRAFTING);
        var missing = ContractContents.missingClauses(contract.content());
        if (!missing.isEmpty()) {
            throw Refusal.unprocessable(ContractRuleCodes.SUBMISSION_CLAUSES_MISSING,
                    "Co-review needs all 10 core clause categories; missing " + missing);
        }
        if (contract.slas().isEmpty()) {
            throw Refusal.unprocessable(ContractRuleCodes.SUBMISSION_SLA_MISSING,
                    "Co-review needs the SLA metrics defined first");
        }
        apply(new ContractSubmittedForCoReview(contract.id(), contract.version()));
    }

    /** Contract routes an opinion here unless a renewal awaits its co-review. */
    void record(RecordCoReviewOpinion command, Department reviewer, String user) {
        if (contract.status() != IN_REVIEW) {
            throw Refusal.conflict(ContractRuleCodes.CO_REVIEW_NOT_IN_REVIEW,
                    "Contract " + contract.id() + " is " + contract.status() + " and has no co-review under way");
        }
        boolean completes = round.admit(command, reviewer, user);
        apply(new CoReviewOpinionRecorded(contract.id(), reviewer, command.opinion(), command.comments()));
        if (command.opinion() == ReviewOpinion.REJECT) {
            apply(new ContractReturnedToDrafting(contract.id(), reviewer, command.comments()));
        } else if (completes) {
            apply(new ContractApproved(contract.id(), contract.version()));
        }
    }

    @EventSourcingHandler
    void on(ContractDrafted event, @MetaDataValue(MetadataKeys.USER) String user) {
        round.author(user);
    }

    @EventSourcingHandler
    void on(ContractDraftRevised event, @MetaDataValue(MetadataKeys.USER) String user) {
        round.author(user);
    }

    @EventSourcingHandler
    void on(SlaDefined event, @MetaDataValue(MetadataKeys.USER) String user) {
        round.author(user);
    }

    @EventSourcingHandler
    void on(SlaRemoved event, @MetaDataValue(MetadataKeys.USER) String user) {
        round.author(user);
    }

    @EventSourcingHandler
    void on(ContractSubmittedForCoReview event, @MetaDataValue(MetadataKeys.USER) String user) {
        round.restart();
        round.author(user);
    }

    @EventSourcingHandler
    void on(CoReviewOpinionRecorded event) {
        round.opinion(event.department());
    }

    @EventSourcingHandler
    void on(ContractReturnedToDrafting event) {
        round.restart();
    }

    /**
     * One round of opinions: who gave theirs, and who may give none because they authored what is reviewed.
     * A round restarts when its review begins, so opinions given in another review never count in it.
     */
    static final class Round {

        private final Set<String> authors = new HashSet<>();
        private final Set<Department> opinions = EnumSet.noneOf(Department.class);

        /** Refuses an opinion the co-review's rules forbid; true if it is the approval that completes the round. */
        boolean admit(RecordCoReviewOpinion command, Department reviewer, String user) {
            Refusal.requireNotAuthor(ContractRuleCodes.CO_REVIEW_OWN_DRAFT, "co-review", user, authors);
            if (opinions.contains(reviewer)) {
                throw Refusal.conflict(ContractRuleCodes.CO_REVIEW_ALREADY_GIVEN,
                        reviewer + " has already given its opinion in this co-review");
            }
            if (command.opinion() == null) {
                throw Refusal.unprocessable(ContractRuleCodes.CO_REVIEW_OPINION_REQUIRED, "State APPROVE or REJECT");
            }
            if (command.opinion() == ReviewOpinion.REJECT) {
                requireText(ContractRuleCodes.CO_REVIEW_REASONS_REQUIRED, "co-review", "reasons", command.comments());
            }
            return command.opinion() == ReviewOpinion.APPROVE && opinions.size() == REVIEWERS.size() - 1;
        }

        void author(String user) {
            if (user != null) {
                authors.add(user);
            }
        }

        void opinion(Department department) {
            opinions.add(department);
        }

        void restart() {
            opinions.clear();
        }

        void restart(String author) {
            opinions.clear();
            authors.clear();
            author(author);
        }
    }
}
