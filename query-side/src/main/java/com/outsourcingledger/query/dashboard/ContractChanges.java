package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.RenewalDecision;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityRow;
import com.outsourcingledger.query.dashboard.DashboardRows.NoticeKey;
import com.outsourcingledger.query.dashboard.DashboardRows.NoticeRow;
import com.outsourcingledger.query.dashboard.DashboardRows.PipKey;
import com.outsourcingledger.query.dashboard.DashboardRows.PipRow;
import com.outsourcingledger.query.dashboard.DashboardRows.SlaKey;
import com.outsourcingledger.query.dashboard.DashboardRows.SlaRow;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a contract event changes on the dashboard: status, term end, the departments its co-review or amendment
 * waits for, its risk flags, its SLA measurements with the penalties that stand, its rectification notices and PIPs.
 */
final class ContractChanges {

    static final String CO_REVIEW = "CO_REVIEW";
    static final String AMENDMENT = "AMENDMENT";
    private static final List<Department> CO_REVIEWERS =
            List.of(Department.LEGAL, Department.HR, Department.FINANCE, Department.BUSINESS);
    private static final List<Department> AMENDMENT_APPROVERS = List.of(Department.LEGAL, Department.FINANCE);

    private ContractChanges() {
    }

    /** {@code contract} is null before the draft. */
    static EntityRow apply(DashboardBatch batch, EntityRow contract, ContractEvent event, long sequence) {
        if (contract == null) {
            return event instanceof ContractDrafted e
                    ? EntityRow.created(DashboardRows.CONTRACT, e.contractId(), e.title(), e.vendorId(),
                    ContractStatus.DRAFTING.name(), e.term().end(), e.content().amount().currency(), sequence)
                    : null;
        }
        return switch (event) {
            case ContractDraftRevised e -> contract.describe(e.title(), e.term().end(), e.content().amount().currency());
            case ContractSubmittedForCoReview e -> wait(contract.status(ContractStatus.IN_REVIEW.name()), CO_REVIEW, CO_REVIEWERS);
            case CoReviewOpinionRecorded e -> done(contract, CO_REVIEW, List.of(e.department()));
            case ContractReturnedToDrafting e -> done(contract.status(ContractStatus.DRAFTING.name()), CO_REVIEW, CO_REVIEWERS);
            case ContractApproved e -> done(contract.status(ContractStatus.APPROVED.name()), CO_REVIEW, CO_REVIEWERS);
            case ContractSigned e -> contract.status(ContractStatus.SIGNED.name());
            case ContractActivated e -> contract.status(ContractStatus.ACTIVE.name());
            case SlaMeasurementRecorded e -> measured(batch, contract, e.metricId(), e.period(), e.met());
            case SlaMeasurementCorrected e -> measured(batch, contract, e.metricId(), e.period(), e.met());
            case SlaBreached e -> penalty(batch, contract, e.metricId(), e.period(), e.penalty().amount(),
                    e.penalty().currency());
            case SlaBreachWithdrawn e -> penalty(batch, contract, e.metricId(), e.period(), BigDecimal.ZERO, null);
            case RectificationNoticeIssued e -> {
                NoticeRow notice = new NoticeRow(e.contractId(), e.noticeId(), contract.vendorId(), e.metricId(),
                        NoticeRow.OPEN, e.dueOn());
                batch.notices.put(notice.key(), notice);
                yield contract;
            }
            case RectificationPlanRecorded e -> notice(batch, contract, e.noticeId(), NoticeRow.PLAN_RECORDED);
            case RectificationVerified e -> notice(batch, contract, e.noticeId(), "VERIFIED");
            case RectificationFailed e -> notice(batch, contract, e.noticeId(), "FAILED");
            case AmendmentProposed e -> wait(contract, AMENDMENT, AMENDMENT_APPROVERS);
            case AmendmentApprovalRecorded e -> e.opinion() == ReviewOpinion.APPROVE
                    ? done(contract, AMENDMENT, List.of(e.department())) : contract;
            case AmendmentRejected e -> done(contract, AMENDMENT, AMENDMENT_APPROVERS);
            case ContractAmended e -> done(contract, AMENDMENT, AMENDMENT_APPROVERS);
            case ContractSuspended e -> contract.status(ContractStatus.SUSPENDED.name());
            case ContractResumed e -> contract.status(e.status().name());
            case RenewalDecided e -> e.decision() == RenewalDecision.RENEW ? wait(contract, CO_REVIEW, CO_REVIEWERS) : contract;
            case RenewalReturned e -> done(contract, CO_REVIEW, CO_REVIEWERS);
            case RenewalCancelled e -> done(contract, CO_REVIEW, CO_REVIEWERS);
            case ContractRenewed e -> done(contract.describe(contract.name(), e.term().end(), contract.currency()),
                    CO_REVIEW, CO_REVIEWERS).lower(RiskFlag.EXPIRY_APPROACHING);
            case ContractExpired e -> contract.status(ContractStatus.EXPIRED.name()).awaiting(Set.of())
                    .lower(RiskFlag.values());
            case ContractTerminated e -> contract.status(ContractStatus.TERMINATED.name()).awaiting(Set.of())
                    .lower(RiskFlag.values());
            case ContractClosed e -> contract.status(ContractStatus.CLOSED.name()).awaiting(Set.of())
                    .lower(RiskFlag.values());
            case ContractDraftWithdrawn e -> contract.status(ContractStatus.WITHDRAWN.name()).awaiting(Set.of())
                    .lower(RiskFlag.values());
            case ContractDrafted e -> contract;
            case SlaDefined e -> contract;
            case SlaRemoved e -> contract;
            case NdaRecorded e -> contract;
            case SlaReviewDue e -> contract.raise(RiskFlag.SLA_REVIEW_DUE);
            case SlaReviewed e -> contract.lower(RiskFlag.SLA_REVIEW_DUE);
            case ContractFlagged e -> contract.raise(RiskFlag.FLAGGED);
            case ContractFlagCleared e -> contract.lower(RiskFlag.FLAGGED);
            case TerminationRecommended e -> contract.raise(RiskFlag.TERMINATION_RECOMMENDED);
            case ContractExpiryApproaching e -> contract.raise(RiskFlag.EXPIRY_APPROACHING);
            case TerminationSignedOff e -> contract;
            case KnowledgeTransferRecorded e -> contract;
            case AssetsRecoveredRecorded e -> contract;
            case WorkerAccessRevoked e -> contract;
            case FinalSettlementRecorded e -> contract;
            case SiteLeadNamed e -> contract;
            case InstructionIssuedToVendor e -> contract;
            case RuleViolationReportedToVendor e -> contract;
            case ShamOutsourcingRiskAssessed e -> contract;
            case PipInitiated e -> {
                PipRow pip = new PipRow(e.contractId(), e.pipId(), contract.vendorId(), PipRow.PLAN_DUE, e.planDueOn(),
                        false);
                batch.pips.put(pip.key(), pip);
                yield contract;
            }
            case PipPlanRecorded e -> pip(batch, contract, e.pipId(), PipRow.PLAN_RECORDED, false);
            case PipPlanOverdue e -> pip(batch, contract, e.pipId(), null, true);
            case SettlementAmountReserved e -> contract;
            case PipProgressRecorded e -> contract;
            case PipConcluded e -> pip(batch, contract, e.pipId(), PipRow.CONCLUDED, false);
        };
    }

    /** The measurement an event records, corrects, breaches or withdraws, if any. */
    static SlaKey measurementOf(ContractEvent event) {
        return switch (event) {
            case SlaMeasurementRecorded e -> new SlaKey(e.contractId(), e.metricId(), e.period());
            case SlaMeasurementCorrected e -> new SlaKey(e.contractId(), e.metricId(), e.period());
            case SlaBreached e -> new SlaKey(e.contractId(), e.metricId(), e.period());
            case SlaBreachWithdrawn e -> new SlaKey(e.contractId(), e.metricId(), e.period());
            default -> null;
        };
    }

    /** A quarter counts in the month that closes it. */
    static String monthOf(String period) {
        try {
            return YearMonth.from(SlaPeriod.of(period).end()).toString();
        } catch (IllegalArgumentException unreadable) {
            return period.length() > 7 ? period.substring(0, 7) : period;
        }
    }

    private static EntityRow wait(EntityRow contract, String queue, List<Department> departments) {
        Set<String> awaiting = new HashSet<>(contract.awaiting());
        departments.forEach(d -> awaiting.add(queue + ":" + d.name()));
        return contract.awaiting(awaiting);
    }

    private static EntityRow done(EntityRow contract, String queue, List<Department> departments) {
        Set<String> awaiting = new HashSet<>(contract.awaiting());
        departments.forEach(d -> awaiting.remove(queue + ":" + d.name()));
        return contract.awaiting(awaiting);
    }

    private static EntityRow measured(DashboardBatch batch, EntityRow contract, String metricId, String period,
                                      boolean met) {
        SlaKey key = new SlaKey(contract.id(), metricId, period);
        batch.fetch(key);
        SlaRow row = batch.slas.get(key)
                .map(s -> new SlaRow(s.contractId(), s.metricId(), s.period(), s.vendorId(), s.month(), met,
                        s.penalty(), s.currency()))
                .orElseGet(() -> new SlaRow(contract.id(), metricId, period, contract.vendorId(), monthOf(period), met,
                        BigDecimal.ZERO.setScale(2), contract.currency()));
        batch.slas.put(key, row);
        return contract;
    }

    private static EntityRow penalty(DashboardBatch batch, EntityRow contract, String metricId, String period,
                                     BigDecimal penalty, String currency) {
        SlaKey key = new SlaKey(contract.id(), metricId, period);
        batch.fetch(key);
        batch.slas.get(key).ifPresent(s -> batch.slas.put(key, new SlaRow(s.contractId(), s.metricId(), s.period(),
                s.vendorId(), s.month(), s.met(), penalty.setScale(2, java.math.RoundingMode.HALF_UP),
                currency == null ? s.currency() : currency)));
        return contract;
    }

    /** A null status keeps the PIP's. */
    private static EntityRow pip(DashboardBatch batch, EntityRow contract, String pipId, String status,
                                 boolean overdue) {
        PipKey key = new PipKey(contract.id(), pipId);
        batch.pips.get(key).ifPresent(p -> batch.pips.put(key, p.status(status == null ? p.status() : status,
                overdue)));
        return contract;
    }

    private static EntityRow notice(DashboardBatch batch, EntityRow contract, String noticeId, String status) {
        NoticeKey key = new NoticeKey(contract.id(), noticeId);
        batch.notices.get(key).ifPresent(n -> batch.notices.put(key, new NoticeRow(n.contractId(), n.noticeId(),
                n.vendorId(), n.metricId(), status, n.dueOn())));
        return contract;
    }
}
