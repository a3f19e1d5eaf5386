package com.outsourcingledger.api.contract;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.risk.RiskFlag;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Questions the contract read models answer, and their answers. */
public sealed interface ContractQuery {

    /** Contract register; any filter may be null. {@code expiringWithinDays}: term ends within that many days. */
    record FindContracts(ContractStatus status, String vendorId, String projectId, Integer expiringWithinDays,
                         int page, int size, RiskFlag flag) implements ContractQuery {

        public FindContracts(ContractStatus status, String vendorId, String projectId, Integer expiringWithinDays,
                             int page, int size) {
            this(status, vendorId, projectId, expiringWithinDays, page, size, null);
        }
    }

    record FindContract(String contractId) implements ContractQuery {
    }

    /** SLA compliance over every recorded measurement, optionally of one vendor only. */
    record FindSlaDashboard(String vendorId) implements ContractQuery {
    }

    record ContractSummary(String contractId, String projectId, String vendorId, String title, ContractStatus status,
                           LocalDate termStart, LocalDate termEnd, Long daysToExpiry, int version,
                           Money penaltiesAccrued, boolean flagged, Instant lastChangedAt) {
    }

    record ContractPage(List<ContractSummary> items, int page, int size, long totalItems) {
    }

    /** An SLA metric with its latest measured period: the current-period compliance. */
    record SlaView(SlaMetric metric, String latestPeriod, BigDecimal latestValue, Boolean latestMet) {
    }

    record BreachView(String metricId, String period, BigDecimal target, BigDecimal actual, BigDecimal shortfall,
                      Money penalty, boolean withdrawn) {
    }

    /** {@code trigger} and {@code evaluationId}: what opened the notice (null on notices issued before either). */
    record RectificationView(String noticeId, String metricId, List<String> periods, String reason,
                             LocalDate issuedOn, LocalDate dueOn, boolean automatic, String plan, String status,
                             String conclusionNotes, RectificationTrigger trigger, String evaluationId) {
    }

    /**
     * A performance improvement plan (绩效改进计划): {@code planOverdue} once the plan was due and not recorded (it
     * stays on record), {@code outcome} once concluded, when it is no longer {@code open}.
     */
    record PipView(String pipId, boolean open, String reason, List<String> evaluationIds, List<String> noticeIds,
                   LocalDate initiatedOn, LocalDate planDueOn, int planDueDays, boolean planOverdue, String rootCause,
                   List<String> actions, List<String> milestones, List<String> progress, PipOutcome outcome,
                   String evidence) {
    }

    record OpinionView(Department department, ReviewOpinion opinion, String comments, String by) {
    }

    record AmendmentView(String amendmentId, String changeDescription, String status, List<Department> approvals,
                         Integer version) {
    }

    record RenewalView(boolean reviewOpen, LocalDate endDate, RenewalDecision decision, Term newTerm, String reason,
                       List<String> returnReasons) {
    }

    record TerminationView(TerminationReason reason, String explanation, List<String> evidenceRefs,
                           LocalDate terminatedOn, LocalDate lastServiceDay, LocalDate forceMajeureSince) {
    }

    /** {@code accessRevokedLate}: worker access was revoked after the last service day, a violation on record. */
    record ExitView(LocalDate lastServiceDay, LocalDate knowledgeTransferredOn, LocalDate assetsRecoveredOn,
                    LocalDate accessRevokedOn, Money finalSettlement, LocalDate closedOn, boolean accessRevokedLate) {
    }

    record ContractDetail(String contractId, String projectId, String vendorId, String title, ContractStatus status,
                          Term term, ContractContent content, int version, String ndaReference, LocalDate signedOn,
                          LocalDate activatedOn, boolean flagged, String suspensionReason, List<SlaView> slas,
                          List<BreachView> breaches, Money penaltiesAccrued,
                          List<RectificationView> rectificationNotices, List<PipView> pips,
                          List<OpinionView> coReviewOpinions,
                          List<String> returnReasons, List<AmendmentView> amendments, RenewalView renewal,
                          List<String> terminationRecommendations, boolean terminationSignedOff,
                          TerminationView termination, ExitView exit, LocalDate slaReviewDue,
                          boolean slaReviewOverdue, Long daysToExpiry, SiteLiaisonView siteLiaison, long sequence,
                          Instant lastChangedAt) {
    }

    /**
     * The vendor's site lead and everything addressed to the vendor through the lead (§12), in the order given;
     * {@code siteLead} is null until one is named. Null in a contract stored before contracts showed it.
     */
    record SiteLiaisonView(String siteLead, String siteLeadContact, List<InstructionView> instructions,
                           List<ViolationReportView> violationReports) {

        public static final SiteLiaisonView NONE = new SiteLiaisonView(null, null, List.of(), List.of());
    }

    /** {@code addressedToSiteLead} false: given to someone other than the named site lead, a sham-outsourcing sign. */
    record InstructionView(String instructionId, String addressee, boolean addressedToSiteLead, String subject,
                           String content, String issuedBy, Instant issuedAt) {
    }

    /** A worker's breach of site rules ({@code workerId}, may be null), reported to the vendor for its own handling. */
    record ViolationReportView(String reportId, String addressee, boolean addressedToSiteLead, String workerId,
                               String description, String reportedBy, Instant reportedAt) {
    }

    record SlaComplianceGroup(String key, long measurements, long breaches, BigDecimal compliancePercent,
                              Money penalties) {
    }

    record SlaDashboard(List<SlaComplianceGroup> byVendor, List<SlaComplianceGroup> byMetric,
                        List<SlaComplianceGroup> byPeriod) {
    }
}
