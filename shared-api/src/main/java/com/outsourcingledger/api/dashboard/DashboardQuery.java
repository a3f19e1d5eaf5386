package com.outsourcingledger.api.dashboard;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.incident.IncidentQuery.IncidentCounts;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.api.risk.RiskQuery.RiskRegisterCounts;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.api.specialaudit.SpecialAuditQuery.SpecialAuditCounts;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.worker.WorkerStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Questions the dashboard read model answers, and their answers. Days are counted from today in the client's zone. */
public sealed interface DashboardQuery {

    /** The whole dashboard at a glance; also the subscription query behind the live feed. */
    record FindDashboard() implements DashboardQuery {
    }

    /**
     * The answers of the list queries: records, not bare lists, so that their element types cross any query bus
     * (Axon Server serializes answers; a bare list loses its element type on the wire).
     */
    record SlaCompliance(List<SlaComplianceRow> items) {
    }

    record ExpiringContracts(List<ExpiringContract> items) {
    }

    /** A page of open notices: {@code totalItems} of them in all, {@code size} to a page, {@code page} from 0. */
    record OpenRectifications(List<OpenRectification> items, int page, int size, long totalItems) {

        public OpenRectifications(List<OpenRectification> items) {
            this(items, 0, items.size(), items.size());
        }
    }

    /** SLA compliance by vendor, metric and month; any filter may be null; months are written {@code 2026-03}. */
    record FindSlaCompliance(String vendorId, String metricId, String fromMonth, String toMonth)
            implements DashboardQuery {
    }

    /** Running contracts whose term ends within {@code withinDays}, soonest first. */
    record FindExpiringContracts(int withinDays) implements DashboardQuery {
    }

    /** Rectification notices not yet concluded, or only those past their due date; one page of them. */
    record FindOpenRectifications(boolean overdueOnly, int page, int size) implements DashboardQuery {

        /** Every one of them, on one page. */
        public FindOpenRectifications(boolean overdueOnly) {
            this(overdueOnly, 0, Integer.MAX_VALUE);
        }
    }

    record FindPenalties() implements DashboardQuery {
    }

    /** Requests waiting for a department: project approval steps, and contract co-reviews and amendment approvals. */
    record ApprovalQueue(Department department, long projectReviews, long contractReviews) {
    }

    /** Running contracts and live qualifications whose end falls within {@code withinDays} from today. */
    record ExpiryBucket(int withinDays, long contracts, long qualifications) {
    }

    record SlaTotals(long measurements, long breaches, BigDecimal compliancePercent) {
    }

    /**
     * {@code exitedWithLiveAccess}: the workers holding a grant or an asset after their exit, withdrawal or last
     * service day ({@link RiskFlag#LIVE_ACCESS_AFTER_EXIT}), which must be 0; {@code openShamSignals}: the
     * sham-outsourcing signals not yet dismissed or confirmed, {@code highShamRiskContracts}: the contracts whose
     * current sham-outsourcing risk is HIGH (§13); {@code workers}: counted by status;
     * {@code riskFlags}: how many workers, vendors and contracts carry each flag; {@code risks}: the first
     * {@link #RISKS_LISTED} of them (by kind, workers first, and id), all of them through {@link FindRisks};
     * {@code complianceChecksDue}: the employment-compliance checks still waiting for proofs, of which
     * {@code complianceChecksOverdue} are past their due day.
     */
    record Dashboard(LocalDate today, long exitedWithLiveAccess, long openShamSignals, long highShamRiskContracts,
                     Map<VendorStatus, Long> vendors,
                     Map<ProjectStatus, Long> projects, Map<ContractStatus, Long> contracts,
                     Map<WorkerStatus, Long> workers, List<ApprovalQueue> approvalQueues,
                     List<ExpiryBucket> expiring, SlaTotals sla, List<Money> penaltiesAccrued,
                     long openRectifications, long overdueRectifications, Map<RiskFlag, Long> riskFlags,
                     List<Risk> risks, List<WorkQueue> workQueues, Map<SettlementStep, Long> settlements,
                     PaidSettlements paidThisMonth, List<Money> penaltiesDeducted, long openPips, long overduePips,
                     long complianceChecksDue, long complianceChecksOverdue) {

        public static final int RISKS_LISTED = 50;
    }

    /**
     * The evaluations and settlement steps waiting for a department: {@code queue} one of
     * {@code EVALUATION_SCORING}, {@code EVALUATION_OVERDUE} (scoring past due), {@code EVALUATION_COUNTERSIGN},
     * {@code EVALUATION_SHARING}, {@code SETTLEMENT_CONFIRMATION}, {@code SETTLEMENT_COMPLIANCE}, {@code SETTLEMENT_HELD},
     * {@code SETTLEMENT_VERIFICATION}, {@code SETTLEMENT_APPROVAL}, {@code SETTLEMENT_PAYMENT}.
     */
    record WorkQueue(String queue, Department department, long items) {
    }

    /** The settlements paid in {@code month} ({@code 2026-03}): how many, and how much per currency. */
    record PaidSettlements(String month, long count, List<Money> amounts) {
    }

    /** Per project: its budget and what its contracts' settlements have paid, per currency. */
    record FindProjectBudgets() implements DashboardQuery {
    }

    /** {@code paidPercent}: paid of budget, null without a budget in that currency. */
    record ProjectBudget(String projectId, String name, Money budget, Money paid, BigDecimal paidPercent) {
    }

    record ProjectBudgets(List<ProjectBudget> items) {
    }

    /** PIPs not yet concluded, or only those whose plan is overdue; one page of them. */
    record FindOpenPips(boolean overdueOnly, int page, int size) implements DashboardQuery {

        /** Every one of them, on one page. */
        public FindOpenPips(boolean overdueOnly) {
            this(overdueOnly, 0, Integer.MAX_VALUE);
        }
    }

    /** {@code planRecorded}: the vendor's plan is in; {@code overdue}: no plan by its due date. */
    record OpenPip(String contractId, String vendorId, String pipId, LocalDate planDueOn, boolean planRecorded,
                   boolean overdue) {
    }

    record OpenPips(List<OpenPip> items, int page, int size, long totalItems) {

        public OpenPips(List<OpenPip> items) {
            this(items, 0, items.size(), items.size());
        }
    }

    /** The workers, vendors and contracts carrying {@code flag}, or any flag when null, by kind and id; one page. */
    record FindRisks(RiskFlag flag, int page, int size) implements DashboardQuery {

        /** Every one of them, on one page. */
        public FindRisks(RiskFlag flag) {
            this(flag, 0, Integer.MAX_VALUE);
        }
    }

    record Risks(List<Risk> items, int page, int size, long totalItems) {

        public Risks(List<Risk> items) {
            this(items, 0, items.size(), items.size());
        }
    }

    /**
     * A worker, vendor or contract ({@code kind} {@code worker}, {@code vendor} or {@code contract}) and the flags it
     * carries; a worker's {@code name} is its contract id (no personal data on the dashboard).
     */
    record Risk(String kind, String id, String name, String vendorId, Set<RiskFlag> flags) {
    }

    /** A month's measurements of one metric under one vendor's contracts; a quarter counts in its closing month. */
    record SlaComplianceRow(String vendorId, String metricId, String month, long measurements, long breaches,
                            BigDecimal compliancePercent, Money penalties) {
    }

    record ExpiringContract(String contractId, String vendorId, String title, ContractStatus status,
                            LocalDate termEnd, long daysToExpiry) {
    }

    record OpenRectification(String contractId, String vendorId, String noticeId, String metricId, String status,
                             LocalDate dueOn, boolean overdue) {
    }

    record VendorPenalties(String vendorId, long breaches, Money penalties) {
    }

    /** Penalties of breaches that still stand (not withdrawn by a correction), per currency and per vendor. */
    record Penalties(List<Money> total, List<VendorPenalties> byVendor) {
    }

    /**
     * The risk register's, incidents' and special audits' counts (§14), each answered by its own read model: open
     * risks by level, escalations awaiting MANAGEMENT, reviews overdue; open incidents, overdue notifications; open
     * and overdue findings, whether the special audit is overdue.
     */
    record RiskRegisterDashboard(RiskRegisterCounts risks, IncidentCounts incidents, SpecialAuditCounts specialAudits) {
    }
}
