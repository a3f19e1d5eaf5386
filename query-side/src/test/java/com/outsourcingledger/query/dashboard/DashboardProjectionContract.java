package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.dashboard.DashboardQuery.*;
import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectEvent.ProjectReviewed;
import com.outsourcingledger.api.project.ProjectEvent.ProjectSubmitted;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.api.vendor.AnnualReviewOutcome;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.*;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.signal.ShamSignalEvent;
import com.outsourcingledger.api.worker.WorkerEvent;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.ComplianceProofsOverdue;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.ComplianceProofsRequested;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.ComplianceProofsSubmitted;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.EmploymentComplianceVerified;
import com.outsourcingledger.api.compliance.ComplianceCheckOccasion;
import com.outsourcingledger.api.compliance.ComplianceProof;
import com.outsourcingledger.api.compliance.ProofSubmission;
import com.outsourcingledger.api.worker.WorkerEvent.AccessRevoked;
import com.outsourcingledger.api.worker.WorkerEvent.AssetReturned;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerExited;
import com.outsourcingledger.api.worker.WorkerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import com.outsourcingledger.query.worker.MemoryVault;
import com.outsourcingledger.query.worker.WorkerSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.outsourcingledger.query.dashboard.DashboardSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The dashboard projection driven through its handlers against a real database, one event at a time and in batches. */
abstract class DashboardProjectionContract {

    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    private DashboardProjection projection;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        projection = new DashboardProjection(dataSource(), CLOCK, SimpleQueryUpdateEmitter.builder().build());
        projection.reset();
    }

    static List<Object> history() {
        List<Object> events = new ArrayList<>(List.of(registered("v-1"), new DueDiligenceStarted("v-1", TODAY),
                new VendorAdmitted("v-1", TODAY, VendorTier.STRATEGIC, TODAY.plusYears(1)),
                license("v-1", "q-1", TODAY.plusDays(20)), license("v-1", "q-2", TODAY.plusDays(75)),
                license("v-1", "q-3", TODAY.plusDays(200)),
                registered("v-2"), license("v-2", "q-9", TODAY.plusDays(10)),
                new VendorBlacklisted("v-2", "造假", List.of("ev")), registered("v-3"),
                drafted("p-1"), new ProjectSubmitted("p-1", "business", TODAY, 1),
                drafted("p-2"), new ProjectSubmitted("p-2", "business", TODAY, 1),
                new ProjectReviewed("p-2", 1, ApprovalStep.BUSINESS_HEAD, ReviewOpinion.APPROVE, "同意",
                        ShamOutsourcingRisk.LOW, "business2", Department.BUSINESS, TODAY),
                drafted("p-3")));
        events.addAll(activeContract("c-1", "v-1", TODAY.plusDays(25)));
        events.addAll(List.of(contractDrafted("c-2", "v-3", TODAY.plusYears(1)),
                new ContractSubmittedForCoReview("c-2", 1),
                new CoReviewOpinionRecorded("c-2", Department.LEGAL, com.outsourcingledger.api.contract.ReviewOpinion.APPROVE, "同意")));
        events.addAll(activeContract("c-3", "v-1", TODAY.plusDays(80)));
        events.add(new AmendmentProposed("c-3", "a-1", "增加人数", null, null));
        events.addAll(activeContract("c-4", "v-1", TODAY.plusDays(40)));
        events.add(new ContractTerminated("c-4", TerminationReason.MUTUAL, "协商", List.of(), TODAY, TODAY, null, null));
        events.addAll(List.of(measured("c-1", "quality", "2026-01", true),
                measured("c-1", "quality", "2026-02", false), breached("c-1", "quality", "2026-02", "1500.00"),
                measured("c-1", "satisfaction", "2025-Q4", false), breached("c-1", "satisfaction", "2025-Q4", "2000.00"),
                measured("c-3", "quality", "2026-02", false), breached("c-3", "quality", "2026-02", "1500.00"),
                new SlaMeasurementCorrected("c-3", "quality", "2026-02", new BigDecimal("90"), new BigDecimal("96"), "重算", true),
                new SlaBreachWithdrawn("c-3", "quality", "2026-02", "重算"),
                notice("c-1", "n-1", TODAY.minusDays(1)), notice("c-1", "n-2", TODAY.plusDays(10)),
                new RectificationPlanRecorded("c-1", "n-2", "计划"), notice("c-1", "n-3", TODAY.minusDays(5)),
                new RectificationVerified("c-1", "n-3", "已整改")));
        return events;
    }

    private static RectificationNoticeIssued notice(String contractId, String noticeId, java.time.LocalDate due) {
        return new RectificationNoticeIssued(contractId, noticeId, "quality", List.of("2026-01", "2026-02"), "未达标",
                TODAY.minusDays(30), due, false, null, null, null, null, null, null);
    }

    private void oneByOne(List<Object> events) {
        Map<String, Long> sequences = new HashMap<>();
        for (Object event : events) {
            long sequence = sequences.merge(aggregateOf(event), 1L, Long::sum) - 1;
            handle(event, sequence);
        }
    }

    private void inOneBatch(List<Object> events) {
        Map<String, Long> sequences = new HashMap<>();
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            String aggregate = aggregateOf(event);
            long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
            messages.add(new GenericDomainEventMessage<>("Aggregate", aggregate.substring(2), sequence, event));
        }
        BatchingUnitOfWork<GenericDomainEventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        batch.executeWithResult(() -> {
            GenericDomainEventMessage<?> message = batch.getMessage();
            handle(message.getPayload(), message.getSequenceNumber());
            return null;
        });
    }

    private void handle(Object event, long sequence) {
        switch (event) {
            case VendorEvent e -> projection.on(e, sequence, ReplayStatus.REGULAR);
            case ProjectEvent e -> projection.on(e, sequence, ReplayStatus.REGULAR);
            case ContractEvent e -> projection.on(e, sequence, ReplayStatus.REGULAR);
            case EvaluationEvent e -> projection.on(e, sequence, ReplayStatus.REGULAR);
            case SettlementEvent e -> projection.on(e, sequence, ReplayStatus.REGULAR);
            case WorkerEvent e -> projection.on(e, sequence, ReplayStatus.REGULAR);
            case ShamSignalEvent e -> projection.on(e, sequence, ReplayStatus.REGULAR);
            case ComplianceCheckEvent e -> projection.on(e, sequence, ReplayStatus.REGULAR);
            default -> throw new IllegalArgumentException(event.toString());
        }
    }

    private static String aggregateOf(Object event) {
        return switch (event) {
            case VendorEvent e -> "V:" + e.vendorId();
            case ProjectEvent e -> "P:" + e.projectId();
            case ContractEvent e -> "C:" + e.contractId();
            case EvaluationEvent e -> "E:" + e.evaluationId();
            case SettlementEvent e -> "S:" + e.settlementId();
            case WorkerEvent e -> "W:" + e.workerId();
            case ShamSignalEvent e -> "G:" + e.signalId();
            case ComplianceCheckEvent e -> "K:" + e.checkId();
            default -> throw new IllegalArgumentException(event.toString());
        };
    }

    @Test
    void countsVendorsProjectsAndContractsByStatus() {
        oneByOne(history());

        Dashboard dashboard = projection.handle(new FindDashboard());
        assertThat(dashboard.today()).isEqualTo(TODAY);
        assertThat(dashboard.vendors()).containsEntry(VendorStatus.ADMITTED, 1L).containsEntry(VendorStatus.BLACKLISTED, 1L)
                .containsEntry(VendorStatus.REGISTERED, 1L).containsEntry(VendorStatus.SUSPENDED, 0L);
        assertThat(dashboard.projects()).containsEntry(ProjectStatus.SUBMITTED, 2L).containsEntry(ProjectStatus.DRAFT, 1L);
        assertThat(dashboard.contracts()).containsEntry(ContractStatus.ACTIVE, 2L).containsEntry(ContractStatus.IN_REVIEW, 1L)
                .containsEntry(ContractStatus.TERMINATED, 1L).containsEntry(ContractStatus.DRAFTING, 0L);
    }

    @Test
    void queuesRequestsPerDepartmentThatMustReviewThem() {
        oneByOne(history());

        assertThat(projection.handle(new FindDashboard()).approvalQueues())
                .extracting(ApprovalQueue::department, ApprovalQueue::projectReviews, ApprovalQueue::contractReviews)
                .containsExactly(tuple(Department.BUSINESS, 1L, 1L), tuple(Department.HR, 1L, 1L),
                        tuple(Department.LEGAL, 0L, 1L), tuple(Department.FINANCE, 0L, 2L),
                        tuple(Department.PROCUREMENT, 0L, 0L), tuple(Department.AUDIT, 0L, 0L),
                        tuple(Department.MANAGEMENT, 0L, 0L));
    }

    @Test
    void bucketsRunningContractsAndLiveQualificationsExpiringWithin30_60_90Days() {
        oneByOne(history());

        assertThat(projection.handle(new FindDashboard()).expiring())
                .containsExactly(new ExpiryBucket(30, 1, 1), new ExpiryBucket(60, 1, 1), new ExpiryBucket(90, 2, 2));
        assertThat(projection.handle(new FindExpiringContracts(90)).items())
                .extracting(ExpiringContract::contractId, ExpiringContract::daysToExpiry)
                .containsExactly(tuple("c-1", 25L), tuple("c-3", 80L));
    }

    @Test
    void reportsSlaComplianceByVendorMetricAndMonthWithPenaltiesThatStand() {
        oneByOne(history());

        Dashboard dashboard = projection.handle(new FindDashboard());
        assertThat(dashboard.sla()).isEqualTo(new SlaTotals(4, 2, new BigDecimal("50.0")));
        assertThat(dashboard.penaltiesAccrued()).containsExactly(Money.cny("3500.00"));
        assertThat(projection.handle(new FindSlaCompliance("v-1", null, null, null)).items())
                .extracting(SlaComplianceRow::metricId, SlaComplianceRow::month, SlaComplianceRow::measurements,
                        SlaComplianceRow::breaches, SlaComplianceRow::compliancePercent, SlaComplianceRow::penalties)
                .containsExactly(tuple("quality", "2026-01", 1L, 0L, new BigDecimal("100.0"), Money.cny("0.00")),
                        tuple("quality", "2026-02", 2L, 1L, new BigDecimal("50.0"), Money.cny("1500.00")),
                        tuple("satisfaction", "2025-12", 1L, 1L, new BigDecimal("0.0"), Money.cny("2000.00")));
        assertThat(projection.handle(new FindSlaCompliance(null, "quality", "2026-02", "2026-02")).items()).hasSize(1);
        assertThat(projection.handle(new FindPenalties()).byVendor())
                .containsExactly(new VendorPenalties("v-1", 2, Money.cny("3500.00")));
    }

    @Test
    void listsOpenAndOverdueRectificationNotices() {
        oneByOne(history());

        Dashboard dashboard = projection.handle(new FindDashboard());
        assertThat(dashboard.openRectifications()).isEqualTo(2);
        assertThat(dashboard.overdueRectifications()).isEqualTo(1);
        assertThat(projection.handle(new FindOpenRectifications(true)).items())
                .extracting(OpenRectification::noticeId, OpenRectification::vendorId, OpenRectification::overdue)
                .containsExactly(tuple("n-1", "v-1", true));
        assertThat(projection.handle(new FindOpenRectifications(false)).items()).extracting(OpenRectification::noticeId)
                .containsExactly("n-1", "n-2");
    }

    @Test
    void theWorkListsArePagedWithTheirTotals() {
        oneByOne(risky());

        OpenRectifications first = projection.handle(new FindOpenRectifications(false, 0, 1));
        OpenRectifications second = projection.handle(new FindOpenRectifications(false, 1, 1));
        assertThat(List.of(first.totalItems(), second.totalItems(), (long) first.size(), (long) second.page()))
                .containsExactly(2L, 2L, 1L, 1L);
        assertThat(List.of(first.items(), second.items())).extracting(items -> items.getFirst().noticeId())
                .containsExactly("n-1", "n-2");
        assertThat(projection.handle(new FindOpenRectifications(false, 2, 1)).items()).isEmpty();
        assertThat(projection.handle(new FindOpenRectifications(true, 0, 10)).totalItems()).isOne();

        Risks risks = projection.handle(new FindRisks(null));
        assertThat(risks.totalItems()).isEqualTo(risks.items().size()).isGreaterThan(1);
        Risks secondRisk = projection.handle(new FindRisks(null, 1, 1));
        assertThat(secondRisk.items()).containsExactly(risks.items().get(1));
        assertThat(secondRisk.totalItems()).isEqualTo(risks.totalItems());
        assertThat(projection.handle(new FindOpenPips(false, 0, 5)).totalItems())
                .isEqualTo(projection.handle(new FindOpenPips(false)).items().size());
    }

    static List<Object> risky() {
        List<Object> events = new ArrayList<>(history());
        events.addAll(List.of(new AnnualReviewOverdue("v-1", TODAY.minusDays(1)),
                new SlaReviewDue("c-1", TODAY, TODAY.plusMonths(6), 6),
                new TerminationRecommended("c-1", TerminationReason.BREACH, "连续违约"),
                new ContractExpiryApproaching("c-1", TODAY.plusDays(25), 3),
                new ContractFlagged("c-3", "v-1", "供应商暂停"),
                new SlaReviewDue("c-3", TODAY, TODAY.plusMonths(6), 6),
                new SlaReviewed("c-3", TODAY, "已复核", TODAY.plusMonths(6), 6)));
        return events;
    }

    @Test
    void countsAndListsTheRiskFlagsAsTheirEventsRaiseAndLowerThem() {
        oneByOne(risky());

        Dashboard dashboard = projection.handle(new FindDashboard());
        assertThat(dashboard.riskFlags()).containsEntry(RiskFlag.ANNUAL_REVIEW_OVERDUE, 1L)
                .containsEntry(RiskFlag.SLA_REVIEW_DUE, 1L).containsEntry(RiskFlag.FLAGGED, 1L)
                .containsEntry(RiskFlag.TERMINATION_RECOMMENDED, 1L).containsEntry(RiskFlag.EXPIRY_APPROACHING, 1L);
        assertThat(dashboard.risks()).extracting(Risk::kind, Risk::id, Risk::flags).containsExactly(
                tuple("vendor", "v-1", Set.of(RiskFlag.ANNUAL_REVIEW_OVERDUE)),
                tuple("contract", "c-1", Set.of(RiskFlag.SLA_REVIEW_DUE, RiskFlag.TERMINATION_RECOMMENDED,
                        RiskFlag.EXPIRY_APPROACHING)),
                tuple("contract", "c-3", Set.of(RiskFlag.FLAGGED)));
        assertThat(projection.handle(new FindRisks(RiskFlag.FLAGGED)).items()).extracting(Risk::id)
                .containsExactly("c-3");

        projection.on(new ContractTerminated("c-1", TerminationReason.BREACH, "违约", List.of(), TODAY, TODAY, null, null),
                22L, ReplayStatus.REGULAR);
        projection.on(new AnnualReviewCompleted("v-1", TODAY, AnnualReviewOutcome.SOUND, "合格", TODAY.plusYears(1)),
                7L, ReplayStatus.REGULAR);
        assertThat(projection.handle(new FindDashboard()).riskFlags()).containsEntry(RiskFlag.FLAGGED, 1L)
                .containsEntry(RiskFlag.SLA_REVIEW_DUE, 0L).containsEntry(RiskFlag.ANNUAL_REVIEW_OVERDUE, 0L);
        assertThat(projection.handle(new FindRisks(null)).items()).extracting(Risk::id).containsExactly("c-3");
    }

    @Test
    void countsWorkersByStatusAndTheExitedWithLiveAccessUntilTheLastItemIsBack() {
        oneByOne(DashboardWorkerSamples.workers());

        Dashboard dashboard = projection.handle(new FindDashboard());
        assertThat(dashboard.exitedWithLiveAccess()).isEqualTo(1);
        assertThat(dashboard.workers()).containsEntry(WorkerStatus.OFFBOARDING, 1L)
                .containsEntry(WorkerStatus.EXITED, 1L).containsEntry(WorkerStatus.WITHDRAWN, 1L)
                .containsEntry(WorkerStatus.PROPOSED, 1L).containsEntry(WorkerStatus.ACTIVE, 0L);
        assertThat(dashboard.riskFlags()).containsEntry(RiskFlag.LIVE_ACCESS_AFTER_EXIT, 1L);
        assertThat(dashboard.risks()).extracting(Risk::kind, Risk::id, Risk::name, Risk::vendorId, Risk::flags)
                .containsExactly(tuple("worker", "w-1", "c-1", "v-1", Set.of(RiskFlag.LIVE_ACCESS_AFTER_EXIT)));
        assertThat(projection.handle(new FindRisks(RiskFlag.LIVE_ACCESS_AFTER_EXIT)).items()).extracting(Risk::id)
                .containsExactly("w-1");

        java.time.LocalDate late = WorkerSamples.LAST_SERVICE_DAY.plusDays(1);
        projection.on(new AccessRevoked("w-1", "g-1", late, WorkerSamples.LAST_SERVICE_DAY, true, "迟撤"), 9L,
                ReplayStatus.REGULAR);
        assertThat(projection.handle(new FindDashboard()).exitedWithLiveAccess()).isEqualTo(1);
        projection.on(new AssetReturned("w-1", "a-1", late, WorkerSamples.LAST_SERVICE_DAY, true), 10L,
                ReplayStatus.REGULAR);
        projection.on(new WorkerExited("w-1", "c-1", late, true), 11L, ReplayStatus.REGULAR);

        Dashboard after = projection.handle(new FindDashboard());
        assertThat(after.exitedWithLiveAccess()).isZero();
        assertThat(after.workers()).containsEntry(WorkerStatus.EXITED, 2L).containsEntry(WorkerStatus.OFFBOARDING, 0L);
        assertThat(projection.handle(new FindRisks(null)).items()).isEmpty();
    }

    @Test
    void aWithdrawnWorkerStillHoldingAGrantCountsAsExitedWithLiveAccess() {
        MemoryVault vault = new MemoryVault();
        List<Object> events = new ArrayList<>(WorkerSamples.holding(vault, "w-9", "c-1", "v-1"));
        events.add(new WorkerEvent.WorkerWithdrawn("w-9", "更换人员"));
        oneByOne(events);

        assertThat(projection.handle(new FindDashboard()).exitedWithLiveAccess()).isEqualTo(1);
    }

    @Test
    void ignoresARedeliveredEvent() {
        oneByOne(history());
        projection.on(new VendorSuspended("v-1", null, "重复投递", List.of()), 1L, ReplayStatus.REGULAR);
        projection.on(measured("c-1", "quality", "2026-03", false), 3L, ReplayStatus.REGULAR);

        Dashboard dashboard = projection.handle(new FindDashboard());
        assertThat(dashboard.vendors()).containsEntry(VendorStatus.ADMITTED, 1L);
        assertThat(dashboard.sla().measurements()).isEqualTo(4);
    }

    @Test
    void aBatchLeavesExactlyTheRowsThatOneEventAtATimeLeaves() {
        oneByOne(history());
        Map<String, List<Map<String, Object>>> oneAtATime = snapshot();
        projection.reset();

        inOneBatch(history());

        assertThat(snapshot()).isEqualTo(oneAtATime);
        projection.reset();
        oneByOne(risky());
        Map<String, List<Map<String, Object>>> riskyOneAtATime = snapshot();
        projection.reset();
        inOneBatch(risky());
        assertThat(snapshot()).isEqualTo(riskyOneAtATime);
        assertThat(oneAtATime.get("dashboard_counter")).isNotEmpty();
        projection.reset();
        oneByOne(DashboardWorkSamples.work());
        Map<String, List<Map<String, Object>>> workOneAtATime = snapshot();
        projection.reset();
        inOneBatch(DashboardWorkSamples.work());
        assertThat(snapshot()).isEqualTo(workOneAtATime);
        assertThat(workOneAtATime.get("dashboard_money")).isNotEmpty();
        projection.reset();
        oneByOne(DashboardWorkerSamples.workers());
        Map<String, List<Map<String, Object>>> workersOneAtATime = snapshot();
        projection.reset();
        inOneBatch(DashboardWorkerSamples.workers());
        assertThat(snapshot()).isEqualTo(workersOneAtATime);
    }

    @Test
    void queuesEvaluationsAndSettlementStepsPerDepartment() {
        oneByOne(DashboardWorkSamples.work());

        Dashboard dashboard = projection.handle(new FindDashboard());
        assertThat(dashboard.workQueues()).extracting(WorkQueue::queue, WorkQueue::department, WorkQueue::items)
                .containsExactly(tuple("EVALUATION_SCORING", Department.BUSINESS, 2L),
                        tuple("EVALUATION_OVERDUE", Department.BUSINESS, 1L),
                        tuple("EVALUATION_COUNTERSIGN", Department.HR, 1L),
                        tuple("EVALUATION_SHARING", Department.BUSINESS, 1L),
                        tuple("SETTLEMENT_CONFIRMATION", Department.BUSINESS, 1L),
                        tuple("SETTLEMENT_COMPLIANCE", Department.HR, 1L),
                        tuple("SETTLEMENT_HELD", Department.HR, 1L),
                        tuple("SETTLEMENT_VERIFICATION", Department.FINANCE, 0L),
                        tuple("SETTLEMENT_APPROVAL", Department.FINANCE, 0L),
                        tuple("SETTLEMENT_PAYMENT", Department.FINANCE, 1L));
        assertThat(dashboard.settlements()).containsEntry(SettlementStep.REQUESTED, 1L)
                .containsEntry(SettlementStep.CONFIRMED, 1L).containsEntry(SettlementStep.HELD, 1L)
                .containsEntry(SettlementStep.APPROVED, 1L).containsEntry(SettlementStep.PAID, 1L)
                .containsEntry(SettlementStep.RETURNED, 1L).containsEntry(SettlementStep.INVOICE_VERIFIED, 0L);
    }

    @Test
    void figuresSettlementsPaidPenaltiesDeductedAndPaidAgainstEachProjectsBudget() {
        oneByOne(DashboardWorkSamples.work());

        Dashboard dashboard = projection.handle(new FindDashboard());
        assertThat(dashboard.paidThisMonth()).isEqualTo(new PaidSettlements("2026-03", 1,
                List.of(Money.cny("98500.00"))));
        assertThat(dashboard.penaltiesAccrued()).containsExactly(Money.cny("3500.00"));
        assertThat(dashboard.penaltiesDeducted()).containsExactly(Money.cny("1500.00"));
        assertThat(projection.handle(new FindProjectBudgets()).items())
                .extracting(ProjectBudget::projectId, ProjectBudget::budget, ProjectBudget::paid,
                        ProjectBudget::paidPercent)
                .containsExactly(tuple("p-1", Money.cny("1000000.00"), Money.cny("98500.00"), new BigDecimal("9.9")),
                        tuple("p-2", Money.cny("1000000.00"), Money.cny("0.00"), new BigDecimal("0.0")),
                        tuple("p-3", Money.cny("1000000.00"), Money.cny("0.00"), new BigDecimal("0.0")));
    }

    @Test
    void liveSubscribersHearOfASettlementStepWithItsWorkQueue() {
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        List<Dashboard> heard = new ArrayList<>();
        emitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(new FindDashboard(),
                        ResponseTypes.instanceOf(Dashboard.class), ResponseTypes.instanceOf(Dashboard.class)), 16)
                .getUpdates().subscribe(update -> heard.add((Dashboard) update.getPayload()));
        projection = new DashboardProjection(dataSource(), CLOCK, emitter);

        projection.on((SettlementEvent) DashboardWorkSamples.work().stream()
                .filter(e -> e instanceof SettlementEvent).findFirst().orElseThrow(), 0L, ReplayStatus.REGULAR);

        assertThat(heard).singleElement().satisfies(dashboard -> {
            assertThat(dashboard.settlements()).containsEntry(SettlementStep.REQUESTED, 1L);
            assertThat(dashboard.workQueues()).contains(new WorkQueue("SETTLEMENT_CONFIRMATION", Department.BUSINESS, 1));
        });
    }

    @Test
    void liveSubscribersHearOfAWorkerWithdrawnWhileHoldingAccess() {
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        List<Dashboard> heard = new ArrayList<>();
        emitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(new FindDashboard(),
                        ResponseTypes.instanceOf(Dashboard.class), ResponseTypes.instanceOf(Dashboard.class)), 16)
                .getUpdates().subscribe(update -> heard.add((Dashboard) update.getPayload()));
        List<WorkerEvent> holding = WorkerSamples.holding(new MemoryVault(), "w-9", "c-1", "v-1");
        oneByOne(new ArrayList<>(holding));
        projection = new DashboardProjection(dataSource(), CLOCK, emitter);

        projection.on(new WorkerEvent.WorkerWithdrawn("w-9", "更换人员"), (long) holding.size(), ReplayStatus.REGULAR);

        assertThat(heard).singleElement().satisfies(dashboard -> {
            assertThat(dashboard.exitedWithLiveAccess()).isEqualTo(1);
            assertThat(dashboard.workers()).containsEntry(WorkerStatus.WITHDRAWN, 1L);
        });
    }

    @Test
    void countsOpenShamSignalsAndHighRiskContractsOneByOneAsInOneBatch() {
        oneByOne(DashboardSignalSamples.signals());
        Dashboard dashboard = projection.handle(new FindDashboard());
        assertThat(dashboard.openShamSignals()).isEqualTo(2);
        assertThat(dashboard.highShamRiskContracts()).isEqualTo(1);

        projection.reset();
        inOneBatch(DashboardSignalSamples.signals());
        Dashboard batched = projection.handle(new FindDashboard());
        assertThat(batched.openShamSignals()).isEqualTo(2);
        assertThat(batched.highShamRiskContracts()).isEqualTo(1);
        assertThat(batched.contracts()).isEqualTo(dashboard.contracts());
    }

    @Test
    void startsAContractAtItsProjectsHrLevelAndHearsLiveOfANewSignal() {
        oneByOne(List.of(DashboardSignalSamples.hrReview("p-2", ShamOutsourcingRisk.HIGH),
                DashboardSignalSamples.drafted("c-2", "p-2", "v-1")));
        assertThat(projection.handle(new FindDashboard()).highShamRiskContracts()).isEqualTo(1);
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        List<Dashboard> heard = new ArrayList<>();
        emitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(new FindDashboard(),
                        ResponseTypes.instanceOf(Dashboard.class), ResponseTypes.instanceOf(Dashboard.class)), 16)
                .getUpdates().subscribe(update -> heard.add((Dashboard) update.getPayload()));
        projection = new DashboardProjection(dataSource(), CLOCK, emitter);

        projection.on(DashboardSignalSamples.raised("s-9", "c-2", "v-1"), 0L, ReplayStatus.REGULAR);

        assertThat(heard).singleElement().satisfies(d -> {
            assertThat(d.openShamSignals()).isEqualTo(1);
            assertThat(d.highShamRiskContracts()).isEqualTo(1);
        });
    }

    @Test
    void countsTheComplianceChecksWaitingForProofsAndThoseOverdue() {
        List<ComplianceProof> proofs = List.of(ComplianceProof.ROSTER, ComplianceProof.SOCIAL_INSURANCE);
        List<Object> events = new ArrayList<>();
        for (String checkId : List.of("k-1", "k-2", "k-3", "k-4")) {
            events.add(new ComplianceProofsRequested(checkId, "c-1", "v-1", ComplianceCheckOccasion.AD_HOC, null,
                    null, proofs, TODAY.plusDays(1), null));
        }
        events.add(new ComplianceProofsOverdue("k-1", "c-1", "v-1", TODAY, proofs));
        events.add(new ComplianceProofsSubmitted("k-2", "c-1", List.of(new ProofSubmission(ComplianceProof.ROSTER,
                "HMC-1"))));
        events.add(new ComplianceProofsOverdue("k-2", "c-1", "v-1", TODAY, List.of(ComplianceProof.SOCIAL_INSURANCE)));
        events.add(new ComplianceProofsSubmitted("k-2", "c-1", List.of(new ProofSubmission(
                ComplianceProof.SOCIAL_INSURANCE, "SB-1"))));
        events.add(new ComplianceProofsSubmitted("k-3", "c-1", List.of(new ProofSubmission(ComplianceProof.ROSTER,
                "HMC-1"), new ProofSubmission(ComplianceProof.SOCIAL_INSURANCE, "SB-1"))));
        events.add(new EmploymentComplianceVerified("k-3", "c-1", null));
        oneByOne(events);

        Dashboard dashboard = projection.handle(new FindDashboard());
        assertThat(dashboard.complianceChecksDue()).as("k-1 overdue, k-4 waiting").isEqualTo(2);
        assertThat(dashboard.complianceChecksOverdue()).isEqualTo(1);
    }

    @Test
    void listsOpenPipsWithTheirPlanDueDatesAndOverdueFlags() {
        oneByOne(DashboardWorkSamples.work());

        Dashboard dashboard = projection.handle(new FindDashboard());
        assertThat(dashboard.openPips()).isEqualTo(2);
        assertThat(dashboard.overduePips()).isEqualTo(1);
        assertThat(projection.handle(new FindOpenPips(false)).items())
                .extracting(OpenPip::pipId, OpenPip::planDueOn, OpenPip::planRecorded, OpenPip::overdue)
                .containsExactly(tuple("pip-1", TODAY.minusDays(1), false, true),
                        tuple("pip-2", TODAY.plusDays(10), true, false));
        assertThat(projection.handle(new FindOpenPips(true)).items()).extracting(OpenPip::pipId)
                .containsExactly("pip-1");
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        JdbcClient jdbc = JdbcClient.create(dataSource());
        Map<String, List<Map<String, Object>>> tables = new HashMap<>();
        for (String table : List.of("dashboard_entity", "dashboard_counter", "dashboard_qualification", "dashboard_sla",
                "dashboard_sla_month", "dashboard_penalty", "dashboard_rectification", "dashboard_settlement",
                "dashboard_money", "dashboard_pip")) {
            tables.put(table, jdbc.sql("SELECT * FROM " + table + " ORDER BY 1, 2, 3").query().listOfRows());
        }
        return tables;
    }
}
