package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractQuery.*;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A mutable working copy of a {@link ContractDetail}, local to one step of the fold. */
final class ContractDraft {

    String contractId;
    String projectId;
    String vendorId;
    String title;
    ContractStatus status;
    Term term;
    ContractContent content;
    int version;
    String ndaReference;
    LocalDate signedOn;
    LocalDate activatedOn;
    boolean flagged;
    String suspensionReason;
    List<SlaView> slas;
    List<BreachView> breaches;
    Money penaltiesAccrued;
    List<RectificationView> rectificationNotices;
    List<OpinionView> coReviewOpinions;
    List<String> returnReasons;
    List<AmendmentView> amendments;
    RenewalView renewal;
    List<String> terminationRecommendations;
    boolean terminationSignedOff;
    TerminationView termination;
    ExitView exit;
    LocalDate slaReviewDue;
    boolean slaReviewOverdue;
    Long daysToExpiry;
    long sequence;
    Instant lastChangedAt;

    static ContractDraft of(ContractDetail d) {
        ContractDraft x = new ContractDraft();
        x.contractId = d.contractId();
        x.projectId = d.projectId();
        x.vendorId = d.vendorId();
        x.title = d.title();
        x.status = d.status();
        x.term = d.term();
        x.content = d.content();
        x.version = d.version();
        x.ndaReference = d.ndaReference();
        x.signedOn = d.signedOn();
        x.activatedOn = d.activatedOn();
        x.flagged = d.flagged();
        x.suspensionReason = d.suspensionReason();
        x.slas = new ArrayList<>(d.slas());
        x.breaches = new ArrayList<>(d.breaches());
        x.penaltiesAccrued = d.penaltiesAccrued();
        x.rectificationNotices = new ArrayList<>(d.rectificationNotices());
        x.coReviewOpinions = new ArrayList<>(d.coReviewOpinions());
        x.returnReasons = new ArrayList<>(d.returnReasons());
        x.amendments = new ArrayList<>(d.amendments());
        x.renewal = d.renewal();
        x.terminationRecommendations = new ArrayList<>(d.terminationRecommendations());
        x.terminationSignedOff = d.terminationSignedOff();
        x.termination = d.termination();
        x.exit = d.exit();
        x.slaReviewDue = d.slaReviewDue();
        x.slaReviewOverdue = d.slaReviewOverdue();
        x.daysToExpiry = d.daysToExpiry();
        x.sequence = d.sequence();
        x.lastChangedAt = d.lastChangedAt();
        return x;
    }

    ContractDetail freeze() {
        return new ContractDetail(contractId, projectId, vendorId, title, status, term, content, version, ndaReference,
                signedOn, activatedOn, flagged, suspensionReason, List.copyOf(slas), List.copyOf(breaches),
                penaltiesAccrued, List.copyOf(rectificationNotices), List.copyOf(coReviewOpinions),
                List.copyOf(returnReasons), List.copyOf(amendments), renewal, List.copyOf(terminationRecommendations),
                terminationSignedOff, termination, exit, slaReviewDue, slaReviewOverdue, daysToExpiry, sequence,
                lastChangedAt);
    }
}
