package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ContractQuery.*;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The contract detail as a pure fold over the contract's events. The live read model and any "as of an
 * instant" reconstruction (auditors', through {@link ViewFold}) both go through {@link #evolve}, so they cannot
 * disagree.
 */
@Component
public final class ContractView implements ViewFold<ContractDetail> {

    public static final String OPEN = "OPEN";
    public static final String PLAN_RECORDED = "PLAN_RECORDED";
    public static final String VERIFIED = "VERIFIED";
    public static final String FAILED = "FAILED";
    public static final String PROPOSED = "PROPOSED";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    ContractView() {
    }

    @Override
    public String aggregateType() {
        return AggregateKind.CONTRACT.aggregateType();
    }

    @Override
    public Class<ContractDetail> viewType() {
        return ContractDetail.class;
    }

    @Override
    public ContractDetail evolve(ContractDetail current, Object event, Step step) {
        return evolve(current, (ContractEvent) event, step);
    }

    @Override
    public ContractDetail seenOn(ContractDetail view, LocalDate day) {
        return asOf(view, day);
    }

    /** {@code current} is null before the contract's first event. */
    public static ContractDetail evolve(ContractDetail current, ContractEvent event, Step step) {
        if (current == null) {
            if (event instanceof ContractDrafted e) {
                return new ContractDetail(e.contractId(), e.projectId(), e.vendorId(), e.title(), ContractStatus.DRAFTING,
                        e.term(), e.content(), 1, null, null, null, false, null, List.of(), List.of(),
                        SlaResults.zero(e.content().amount()), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                        List.of(), false, null, null, null, false, null, SiteLiaisonView.NONE, step.sequence(), step.at());
            }
            throw new IllegalArgumentException("contract " + event.contractId() + " has no draft before "
                    + event.getClass().getSimpleName());
        }
        Draft d = Draft.of(current);
        switch (event) {
            case ContractDrafted e -> throw new IllegalArgumentException("contract " + e.contractId() + " is already drafted");
            case ContractDraftRevised e -> {
                d.title = e.title();
                d.term = e.term();
                d.content = e.content();
            }
            case SlaDefined e -> d.slas.add(new SlaView(e.metric(), null, null, null));
            case SlaRemoved e -> d.slas.removeIf(s -> s.metric().metricId().equals(e.metricId()));
            case NdaRecorded e -> d.ndaReference = e.ndaReference();
            case ContractSubmittedForCoReview e -> {
                d.status = ContractStatus.IN_REVIEW;
                d.coReviewOpinions.clear();
            }
            case CoReviewOpinionRecorded e ->
                    d.coReviewOpinions.add(new OpinionView(e.department(), e.opinion(), e.comments(), step.user()));
            case ContractReturnedToDrafting e -> {
                d.status = ContractStatus.DRAFTING;
                d.returnReasons.add(e.department() + ": " + e.reasons());
            }
            case ContractApproved e -> d.status = ContractStatus.APPROVED;
            case ContractSigned e -> {
                d.status = ContractStatus.SIGNED;
                d.signedOn = e.signedOn();
            }
            case ContractActivated e -> {
                d.status = ContractStatus.ACTIVE;
                d.activatedOn = e.activatedOn();
                d.slaReviewDue = e.slaReviewDue();
            }
            case SlaMeasurementRecorded e -> SlaResults.latest(d.slas, e.metricId(), e.period(), e.value(), e.met());
            case SlaMeasurementCorrected e -> SlaResults.latest(d.slas, e.metricId(), e.period(), e.value(), e.met());
            case SlaBreached e -> {
                SlaResults.breached(d.breaches, e);
                d.penaltiesAccrued = SlaResults.accrued(d.breaches, d.content.amount());
            }
            case SlaBreachWithdrawn e -> {
                SlaResults.withdrawn(d.breaches, e);
                d.penaltiesAccrued = SlaResults.accrued(d.breaches, d.content.amount());
            }
            case SlaReviewDue e -> {
                d.slaReviewOverdue = true;
                d.slaReviewDue = e.dueOn();
            }
            case SlaReviewed e -> {
                d.slaReviewOverdue = false;
                d.slaReviewDue = e.nextReviewDue();
            }
            case RectificationNoticeIssued e -> d.rectificationNotices.add(new RectificationView(e.noticeId(),
                    e.metricId(), e.periods(), e.reason(), e.issuedOn(), e.dueOn(), e.automatic(), null, OPEN, null,
                    e.trigger(), e.evaluationId()));
            case RectificationPlanRecorded e -> notice(d, e.noticeId(), n -> new RectificationView(n.noticeId(),
                    n.metricId(), n.periods(), n.reason(), n.issuedOn(), n.dueOn(), n.automatic(), e.plan(),
                    PLAN_RECORDED, null, n.trigger(), n.evaluationId()));
            case RectificationVerified e -> conclude(d, e.noticeId(), VERIFIED, e.notes());
            case RectificationFailed e -> conclude(d, e.noticeId(), FAILED, e.notes());
            case AmendmentProposed e -> d.amendments = Amendments.after(d.amendments, e);
            case AmendmentApprovalRecorded e -> d.amendments = Amendments.after(d.amendments, e);
            case AmendmentRejected e -> d.amendments = Amendments.after(d.amendments, e);
            case ContractAmended e -> {
                d.amendments = Amendments.after(d.amendments, e);
                d.version = e.version();
                d.content = e.content();
                SlaResults.replace(d.slas, e.slas());
            }
            case ContractSuspended e -> {
                d.status = ContractStatus.SUSPENDED;
                d.suspensionReason = e.reason();
            }
            case ContractResumed e -> {
                d.status = e.status();
                d.suspensionReason = null;
            }
            case ContractFlagged e -> d.flagged = true;
            case ContractFlagCleared e -> d.flagged = false;
            case TerminationRecommended e -> d.terminationRecommendations.add(e.reason() + ": " + e.explanation());
            case ContractExpiryApproaching e -> d.renewal = new RenewalView(true, e.endDate(), null, null, null, List.of());
            case RenewalDecided e -> d.renewal = new RenewalView(true, d.term.end(), e.decision(), e.newTerm(), e.reason(),
                    d.renewal == null ? List.of() : d.renewal.returnReasons());
            case RenewalReturned e -> {
                List<String> reasons = new ArrayList<>(d.renewal == null ? List.of() : d.renewal.returnReasons());
                reasons.add(e.department() + ": " + e.reasons());
                d.renewal = new RenewalView(true, d.term.end(), null, null, null, List.copyOf(reasons));
            }
            case RenewalCancelled e -> d.renewal = new RenewalView(true, d.term.end(), null, null, null,
                    d.renewal == null ? List.of() : d.renewal.returnReasons());
            case ContractRenewed e -> {
                d.renewal = new RenewalView(false, d.term.end(), d.renewal == null ? null : d.renewal.decision(),
                        e.term(), d.renewal == null ? null : d.renewal.reason(), List.of());
                d.term = e.term();
                d.version = e.version();
            }
            case ContractExpired e -> {
                d.status = ContractStatus.EXPIRED;
                d.exit = ExitSteps.opened(e.endDate());
            }
            case TerminationSignedOff e -> d.terminationSignedOff = true;
            case ContractTerminated e -> {
                d.status = ContractStatus.TERMINATED;
                d.termination = new TerminationView(e.reason(), e.explanation(), e.evidenceRefs(), e.terminatedOn(),
                        e.lastServiceDay(), e.forceMajeureSince());
                d.exit = ExitSteps.opened(e.lastServiceDay());
            }
            case KnowledgeTransferRecorded e -> d.exit = ExitSteps.after(d.exit, e);
            case AssetsRecoveredRecorded e -> d.exit = ExitSteps.after(d.exit, e);
            case WorkerAccessRevoked e -> d.exit = ExitSteps.after(d.exit, e);
            case FinalSettlementRecorded e -> d.exit = ExitSteps.after(d.exit, e);
            case SettlementAmountReserved e -> { } // the settlement read models show what it reserved
            case ContractClosed e -> {
                d.status = ContractStatus.CLOSED;
                d.exit = ExitSteps.after(d.exit, e);
            }
            case ContractDraftWithdrawn e -> d.status = ContractStatus.WITHDRAWN;
            case PipInitiated e -> d.pips = Pips.after(d.pips, e);
            case PipPlanRecorded e -> d.pips = Pips.after(d.pips, e);
            case PipPlanOverdue e -> d.pips = Pips.after(d.pips, e);
            case PipProgressRecorded e -> d.pips = Pips.after(d.pips, e);
            case PipConcluded e -> d.pips = Pips.after(d.pips, e);
            case SiteLeadNamed e -> d.siteLiaison = SiteLiaison.after(d.siteLiaison, e, step);
            case InstructionIssuedToVendor e -> d.siteLiaison = SiteLiaison.after(d.siteLiaison, e, step);
            case RuleViolationReportedToVendor e -> d.siteLiaison = SiteLiaison.after(d.siteLiaison, e, step);
            case ShamOutsourcingRiskAssessed e -> { } // the risk-level read models show it (§13)
        }
        d.sequence = step.sequence();
        d.lastChangedAt = step.at();
        return d.freeze();
    }

    /** The detail as seen on {@code today}: days to the end of the term while the contract runs. */
    public static ContractDetail asOf(ContractDetail detail, LocalDate today) {
        Draft d = Draft.of(detail);
        d.daysToExpiry = daysToExpiry(detail.status(), detail.term().end(), today);
        return d.freeze();
    }

    static Long daysToExpiry(ContractStatus status, LocalDate end, LocalDate today) {
        return switch (status) {
            case EXPIRED, TERMINATED, CLOSED -> null;
            default -> ChronoUnit.DAYS.between(today, end);
        };
    }

    private static void notice(Draft d, String noticeId, UnaryOperator<RectificationView> change) {
        d.rectificationNotices.replaceAll(n -> n.noticeId().equals(noticeId) ? change.apply(n) : n);
    }

    private static void conclude(Draft d, String noticeId, String status, String notes) {
        notice(d, noticeId, n -> new RectificationView(n.noticeId(), n.metricId(), n.periods(), n.reason(),
                n.issuedOn(), n.dueOn(), n.automatic(), n.plan(), status, notes, n.trigger(), n.evaluationId()));
    }

    /** A mutable working copy of a {@link ContractDetail}, local to one step of the fold. */
    private static final class Draft {

        String contractId, projectId, vendorId, title, ndaReference, suspensionReason;
        ContractStatus status;
        Term term;
        ContractContent content;
        int version;
        LocalDate signedOn, activatedOn, slaReviewDue;
        boolean flagged, terminationSignedOff, slaReviewOverdue;
        List<SlaView> slas;
        List<BreachView> breaches;
        Money penaltiesAccrued;
        List<RectificationView> rectificationNotices;
        List<OpinionView> coReviewOpinions;
        List<String> returnReasons, terminationRecommendations;
        List<AmendmentView> amendments;
        List<PipView> pips;
        RenewalView renewal;
        TerminationView termination;
        ExitView exit;
        Long daysToExpiry;
        SiteLiaisonView siteLiaison;
        long sequence;
        Instant lastChangedAt;

        static Draft of(ContractDetail d) {
            Draft x = new Draft();
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
            x.pips = d.pips() == null ? List.of() : d.pips();
            x.renewal = d.renewal();
            x.terminationRecommendations = new ArrayList<>(d.terminationRecommendations());
            x.terminationSignedOff = d.terminationSignedOff();
            x.termination = d.termination();
            x.exit = d.exit();
            x.slaReviewDue = d.slaReviewDue();
            x.slaReviewOverdue = d.slaReviewOverdue();
            x.daysToExpiry = d.daysToExpiry();
            x.siteLiaison = d.siteLiaison();
            x.sequence = d.sequence();
            x.lastChangedAt = d.lastChangedAt();
            return x;
        }

        ContractDetail freeze() {
            return new ContractDetail(contractId, projectId, vendorId, title, status, term, content, version, ndaReference,
                    signedOn, activatedOn, flagged, suspensionReason, List.copyOf(slas), List.copyOf(breaches),
                    penaltiesAccrued, List.copyOf(rectificationNotices), List.copyOf(pips), List.copyOf(coReviewOpinions),
                    List.copyOf(returnReasons), List.copyOf(amendments), renewal, List.copyOf(terminationRecommendations),
                    terminationSignedOff, termination, exit, slaReviewDue, slaReviewOverdue, daysToExpiry, siteLiaison,
                    sequence, lastChangedAt);
        }
    }
}
