package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ContractQuery.*;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The contract detail as a pure fold over the contract's events. The live read model and any "as of an
 * instant" reconstruction both go through {@link #evolve}, so they cannot disagree.
 */
public final class ContractView {

    public static final String OPEN = "OPEN";
    public static final String PLAN_RECORDED = "PLAN_RECORDED";
    public static final String VERIFIED = "VERIFIED";
    public static final String FAILED = "FAILED";
    public static final String PROPOSED = "PROPOSED";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    private ContractView() {
    }

    /** {@code current} is null before the contract's first event. */
    public static ContractDetail evolve(ContractDetail current, ContractEvent event, EventContext context) {
        if (current == null) {
            if (event instanceof ContractDrafted e) {
                return new ContractDetail(e.contractId(), e.projectId(), e.vendorId(), e.title(), ContractStatus.DRAFTING,
                        e.term(), e.content(), 1, null, null, null, false, null, List.of(), List.of(),
                        zero(e.content().amount()), List.of(), List.of(), List.of(), List.of(), null, List.of(), false,
                        null, null, null, false, null, context.sequence(), context.at());
            }
            throw new IllegalArgumentException("contract " + event.contractId() + " has no draft before "
                    + event.getClass().getSimpleName());
        }
        ContractDraft d = ContractDraft.of(current);
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
                    d.coReviewOpinions.add(new OpinionView(e.department(), e.opinion(), e.comments(), context.user()));
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
            case SlaMeasurementRecorded e -> latest(d, e.metricId(), e.period(), e.value(), e.met());
            case SlaMeasurementCorrected e -> latest(d, e.metricId(), e.period(), e.value(), e.met());
            case SlaBreached e -> {
                d.breaches.removeIf(b -> b.metricId().equals(e.metricId()) && b.period().equals(e.period()));
                d.breaches.add(new BreachView(e.metricId(), e.period(), e.target(), e.actual(), e.shortfall(),
                        e.penalty(), false));
                d.penaltiesAccrued = accrued(d);
            }
            case SlaBreachWithdrawn e -> {
                d.breaches.replaceAll(b -> b.metricId().equals(e.metricId()) && b.period().equals(e.period())
                        ? new BreachView(b.metricId(), b.period(), b.target(), b.actual(), b.shortfall(), b.penalty(), true)
                        : b);
                d.penaltiesAccrued = accrued(d);
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
                    e.metricId(), e.periods(), e.reason(), e.issuedOn(), e.dueOn(), e.automatic(), null, OPEN, null));
            case RectificationPlanRecorded e -> notice(d, e.noticeId(), n -> new RectificationView(n.noticeId(),
                    n.metricId(), n.periods(), n.reason(), n.issuedOn(), n.dueOn(), n.automatic(), e.plan(),
                    PLAN_RECORDED, null));
            case RectificationVerified e -> conclude(d, e.noticeId(), VERIFIED, e.notes());
            case RectificationFailed e -> conclude(d, e.noticeId(), FAILED, e.notes());
            case AmendmentProposed e ->
                    d.amendments.add(new AmendmentView(e.amendmentId(), e.changeDescription(), PROPOSED, List.of(), null));
            case AmendmentApprovalRecorded e -> amendment(d, e.amendmentId(), a -> {
                List<com.outsourcingledger.api.organization.Department> approvals = new ArrayList<>(a.approvals());
                if (e.opinion() == com.outsourcingledger.api.contract.ReviewOpinion.APPROVE) {
                    approvals.add(e.department());
                }
                return new AmendmentView(a.amendmentId(), a.changeDescription(), a.status(), List.copyOf(approvals), null);
            });
            case AmendmentRejected e -> amendment(d, e.amendmentId(), a -> new AmendmentView(a.amendmentId(),
                    a.changeDescription(), REJECTED, a.approvals(), null));
            case ContractAmended e -> {
                amendment(d, e.amendmentId(), a -> new AmendmentView(a.amendmentId(), a.changeDescription(), APPROVED,
                        a.approvals(), e.version()));
                d.version = e.version();
                d.content = e.content();
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
            case ContractRenewed e -> {
                d.renewal = new RenewalView(false, d.term.end(), d.renewal == null ? null : d.renewal.decision(),
                        e.term(), d.renewal == null ? null : d.renewal.reason(), List.of());
                d.term = e.term();
                d.version = e.version();
            }
            case ContractExpired e -> {
                d.status = ContractStatus.EXPIRED;
                d.exit = new ExitView(e.endDate(), null, null, null, null, null);
            }
            case TerminationSignedOff e -> d.terminationSignedOff = true;
            case ContractTerminated e -> {
                d.status = ContractStatus.TERMINATED;
                d.termination = new TerminationView(e.reason(), e.explanation(), e.evidenceRefs(), e.terminatedOn(),
                        e.lastServiceDay(), e.forceMajeureSince());
                d.exit = new ExitView(e.lastServiceDay(), null, null, null, null, null);
            }
            case KnowledgeTransferRecorded e -> d.exit = new ExitView(d.exit.lastServiceDay(), e.recordedOn(),
                    d.exit.assetsRecoveredOn(), d.exit.accessRevokedOn(), d.exit.finalSettlement(), null);
            case AssetsRecoveredRecorded e -> d.exit = new ExitView(d.exit.lastServiceDay(),
                    d.exit.knowledgeTransferredOn(), e.recordedOn(), d.exit.accessRevokedOn(), d.exit.finalSettlement(), null);
            case WorkerAccessRevoked e -> d.exit = new ExitView(d.exit.lastServiceDay(), d.exit.knowledgeTransferredOn(),
                    d.exit.assetsRecoveredOn(), e.revokedOn(), d.exit.finalSettlement(), null);
            case FinalSettlementRecorded e -> d.exit = new ExitView(d.exit.lastServiceDay(),
                    d.exit.knowledgeTransferredOn(), d.exit.assetsRecoveredOn(), d.exit.accessRevokedOn(), e.amount(), null);
            case ContractClosed e -> {
                d.status = ContractStatus.CLOSED;
                d.exit = new ExitView(d.exit.lastServiceDay(), d.exit.knowledgeTransferredOn(),
                        d.exit.assetsRecoveredOn(), d.exit.accessRevokedOn(), d.exit.finalSettlement(), e.closedOn());
            }
        }
        d.sequence = context.sequence();
        d.lastChangedAt = context.at();
        return d.freeze();
    }

    /** The detail as seen on {@code today}: days to the end of the term while the contract runs. */
    public static ContractDetail asOf(ContractDetail detail, LocalDate today) {
        ContractDraft d = ContractDraft.of(detail);
        d.daysToExpiry = daysToExpiry(detail.status(), detail.term().end(), today);
        return d.freeze();
    }

    static Long daysToExpiry(ContractStatus status, LocalDate end, LocalDate today) {
        return switch (status) {
            case EXPIRED, TERMINATED, CLOSED -> null;
            default -> ChronoUnit.DAYS.between(today, end);
        };
    }

    private static void latest(ContractDraft d, String metricId, String period, BigDecimal value, boolean met) {
        d.slas.replaceAll(s -> {
            if (!s.metric().metricId().equals(metricId)
                    || s.latestPeriod() != null && s.latestPeriod().compareTo(period) > 0) {
                return s;
            }
            SlaMetric metric = s.metric();
            return new SlaView(metric, period, value, met);
        });
    }

    private static Money accrued(ContractDraft d) {
        Money total = zero(d.content.amount());
        for (BreachView b : d.breaches) {
            if (!b.withdrawn()) {
                total = new Money(total.amount().add(b.penalty().amount()), total.currency());
            }
        }
        return total;
    }

    private static Money zero(Money like) {
        return new Money(new BigDecimal("0.00"), like.currency());
    }

    private static void notice(ContractDraft d, String noticeId, UnaryOperator<RectificationView> change) {
        d.rectificationNotices.replaceAll(n -> n.noticeId().equals(noticeId) ? change.apply(n) : n);
    }

    private static void conclude(ContractDraft d, String noticeId, String status, String notes) {
        notice(d, noticeId, n -> new RectificationView(n.noticeId(), n.metricId(), n.periods(), n.reason(),
                n.issuedOn(), n.dueOn(), n.automatic(), n.plan(), status, notes));
    }

    private static void amendment(ContractDraft d, String amendmentId, UnaryOperator<AmendmentView> change) {
        d.amendments.replaceAll(a -> a.amendmentId().equals(amendmentId) ? change.apply(a) : a);
    }
}
