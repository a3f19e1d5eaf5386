package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.Clause;
import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ContractQuery.*;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.MeasurementPeriod;
import com.outsourcingledger.api.contract.Party;
import com.outsourcingledger.api.contract.PaymentMethod;
import com.outsourcingledger.api.contract.PipOutcome;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.contract.RenewalDecision;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.SlaDirection;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.risk.RiskFlag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The contract projection driven through its handlers against a real database, as the app drives it. */
abstract class ContractProjectionContract {

    static final Instant T0 = Instant.parse("2026-03-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(T0, ZoneId.of("Asia/Shanghai"));
    private static final Term TERM = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 31));

    private final Map<String, Long> sequences = new HashMap<>();
    private ContractProjection projection;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        projection = new ContractProjection(dataSource(), CLOCK);
        projection.reset();
    }

    private void apply(ContractEvent... events) {
        for (ContractEvent event : events) {
            long sequence = sequences.merge(event.contractId(), 1L, Long::sum) - 1;
            projection.on(event, T0.plusSeconds(sequence), sequence, "business");
        }
    }

    static ContractContent content() {
        return new ContractContent(new Party("甲方", null, null, null, null), new Party("乙方", null, null, null, null),
                "外包服务", List.of(), null, FeeModel.FIXED_PRICE, Money.cny("500000.00"), PaymentMethod.BANK_TRANSFER,
                SettlementCycle.MONTHLY, Arrays.stream(ClauseCategory.values()).map(c -> new Clause(c, "条款")).toList(), 60);
    }

    static SlaMetric quality() {
        return new SlaMetric("quality", "质量合格率", "%", new BigDecimal("95"), SlaDirection.AT_LEAST,
                MeasurementPeriod.MONTHLY, "质检系统", "质检组", new BigDecimal("2"), Money.cny("1500.00"));
    }

    private void active(String contractId, String vendorId, String projectId, Term term) {
        apply(new ContractDrafted(contractId, projectId, vendorId, "合同 " + contractId, term, content()),
                new SlaDefined(contractId, quality()),
                new ContractSubmittedForCoReview(contractId, 1),
                new CoReviewOpinionRecorded(contractId, Department.LEGAL, ReviewOpinion.APPROVE, "同意"),
                new ContractApproved(contractId, 1),
                new NdaRecorded(contractId, "NDA-1", TODAY),
                new ContractSigned(contractId, TODAY, 1),
                new ContractActivated(contractId, TODAY, TODAY.plusMonths(6), 6));
    }

    private void breach(String contractId, String period, String penalty) {
        apply(new SlaMeasurementRecorded(contractId, "quality", period, new BigDecimal("90"), new BigDecimal("95"),
                        SlaDirection.AT_LEAST, false),
                new SlaBreached(contractId, "quality", period, new BigDecimal("95"), new BigDecimal("90"),
                        new BigDecimal("5"), Money.cny("100000.00"), new BigDecimal("2"), Money.cny("1500.00"),
                        Money.cny(penalty)));
    }

    @Test
    void servesTheDetailWithSlasBreachesPenaltiesAndOpenNotices() {
        active("c-1", "v-1", "p-1", TERM);
        apply(new SlaMeasurementRecorded("c-1", "quality", "2026-01", new BigDecimal("96"), new BigDecimal("95"),
                SlaDirection.AT_LEAST, true));
        breach("c-1", "2026-02", "1500.00");
        apply(new RectificationNoticeIssued("c-1", "c-1-rectification-1", "quality", List.of("2026-01", "2026-02"),
                "连续未达标", TODAY, TODAY.plusDays(30), true, 2, 30, null, null, null, null));

        ContractDetail detail = projection.handle(new FindContract("c-1")).orElseThrow();
        assertThat(detail.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(detail.slas()).extracting(SlaView::latestPeriod, SlaView::latestMet).containsExactly(tuple("2026-02", false));
        assertThat(detail.breaches()).extracting(BreachView::period, BreachView::penalty)
                .containsExactly(tuple("2026-02", Money.cny("1500.00")));
        assertThat(detail.penaltiesAccrued()).isEqualTo(Money.cny("1500.00"));
        assertThat(detail.rectificationNotices()).extracting(RectificationView::noticeId, RectificationView::status)
                .containsExactly(tuple("c-1-rectification-1", ContractView.OPEN));
        assertThat(detail.daysToExpiry()).isEqualTo(82);
        assertThat(detail.coReviewOpinions()).extracting(OpinionView::by).containsExactly("business");
    }

    @Test
    void showsTheSiteLeadAndWhatWasAddressedToTheVendorWithWhetherItWentToTheLead() {
        active("c-1", "v-1", "p-1", TERM);
        assertThat(projection.handle(new FindContract("c-1")).orElseThrow().siteLiaison())
                .isEqualTo(SiteLiaisonView.NONE);
        apply(new SiteLeadNamed("c-1", "v-1", "王经理", "13900000000"),
                new InstructionIssuedToVendor("c-1", "ins-1", "v-1", "王经理", true, "质检标准", "按新版验收"),
                new InstructionIssuedToVendor("c-1", "ins-2", "v-1", "张三", false, "加班", "今晚留下"),
                new RuleViolationReportedToVendor("c-1", "rv-1", "v-1", "王经理", true, "w-7", "未佩戴工牌"),
                new SiteLeadNamed("c-1", "v-1", "李经理", null));

        SiteLiaisonView liaison = projection.handle(new FindContract("c-1")).orElseThrow().siteLiaison();
        assertThat(liaison.siteLead()).isEqualTo("李经理");
        assertThat(liaison.siteLeadContact()).isNull();
        assertThat(liaison.instructions())
                .extracting(InstructionView::instructionId, InstructionView::addressee,
                        InstructionView::addressedToSiteLead, InstructionView::issuedBy)
                .containsExactly(tuple("ins-1", "王经理", true, "business"), tuple("ins-2", "张三", false, "business"));
        assertThat(liaison.violationReports())
                .extracting(ViolationReportView::reportId, ViolationReportView::workerId,
                        ViolationReportView::addressedToSiteLead, ViolationReportView::reportedAt)
                .containsExactly(tuple("rv-1", "w-7", true, T0.plusSeconds(11)));
    }

    @Test
    void namesWhatOpenedANoticeThroughItsPlanAndConclusion() {
        active("c-1", "v-1", "p-1", TERM);
        apply(new RectificationNoticeIssued("c-1", "c-1-rectification-1", null, List.of("2026-Q1"), "评价为C",
                        TODAY, TODAY.plusDays(30), true, null, 30, RectificationTrigger.EVALUATION, "c-1:2026-Q1",
                        false, List.of()),
                new RectificationPlanRecorded("c-1", "c-1-rectification-1", "加强培训"),
                new RectificationFailed("c-1", "c-1-rectification-1", "复查仍不合格", "2026-Q1"));

        ContractDetail detail = projection.handle(new FindContract("c-1")).orElseThrow();
        assertThat(detail.rectificationNotices())
                .extracting(RectificationView::trigger, RectificationView::evaluationId, RectificationView::status)
                .containsExactly(tuple(RectificationTrigger.EVALUATION, "c-1:2026-Q1", ContractView.FAILED));
    }

    @Test
    void aCorrectionThatMeetsTheTargetWithdrawsThePenalty() {
        active("c-1", "v-1", null, TERM);
        breach("c-1", "2026-02", "1500.00");
        apply(new SlaMeasurementCorrected("c-1", "quality", "2026-02", new BigDecimal("90"), new BigDecimal("96"),
                        "重算", true),
                new SlaBreachWithdrawn("c-1", "quality", "2026-02", "重算"));

        ContractDetail detail = projection.handle(new FindContract("c-1")).orElseThrow();
        assertThat(detail.penaltiesAccrued()).isEqualTo(Money.cny("0.00"));
        assertThat(detail.breaches()).extracting(BreachView::withdrawn).containsExactly(true);
        SlaDashboard dashboard = projection.handle(new FindSlaDashboard(null));
        assertThat(dashboard.byVendor()).extracting(SlaComplianceGroup::breaches, SlaComplianceGroup::compliancePercent)
                .containsExactly(tuple(0L, new BigDecimal("100.0")));
    }

    @Test
    void filtersTheRegisterByStatusVendorProjectAndExpiryAndPages() {
        active("c-1", "v-1", "p-1", TERM);
        active("c-2", "v-2", "p-1", new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));
        apply(new ContractDrafted("c-3", null, "v-1", "合同 c-3", TERM, content()));

        assertThat(projection.handle(new FindContracts(ContractStatus.ACTIVE, null, null, null, 0, 20)).items())
                .extracting(ContractSummary::contractId).containsExactly("c-1", "c-2");
        assertThat(projection.handle(new FindContracts(null, "v-1", null, null, 0, 20)).totalItems()).isEqualTo(2);
        assertThat(projection.handle(new FindContracts(null, null, "p-1", null, 0, 20)).items())
                .extracting(ContractSummary::contractId).containsExactly("c-1", "c-2");
        assertThat(projection.handle(new FindContracts(null, null, null, 90, 0, 20)).items())
                .extracting(ContractSummary::contractId, ContractSummary::daysToExpiry).containsExactly(tuple("c-1", 82L));
        ContractPage second = projection.handle(new FindContracts(null, null, null, null, 1, 2));
        assertThat(second.items()).extracting(ContractSummary::contractId).containsExactly("c-2");
        assertThat(second.totalItems()).isEqualTo(3);
    }

    @Test
    void filtersTheRegisterByRiskFlag() {
        active("c-1", "v-1", null, TERM);
        active("c-2", "v-2", null, TERM);
        apply(new SlaReviewDue("c-1", TODAY, TODAY.plusMonths(6), 6), new ContractFlagged("c-2", "v-2", "供应商暂停"),
                new TerminationRecommended("c-2", TerminationReason.BREACH, "连续违约"));

        assertThat(flagged(RiskFlag.SLA_REVIEW_DUE)).containsExactly("c-1");
        assertThat(flagged(RiskFlag.FLAGGED)).containsExactly("c-2");
        assertThat(flagged(RiskFlag.TERMINATION_RECOMMENDED)).containsExactly("c-2");
        assertThat(flagged(RiskFlag.EXPIRY_APPROACHING)).isEmpty();

        apply(new SlaReviewed("c-1", TODAY, "已复核", TODAY.plusMonths(6), 6), new ContractExpiryApproaching("c-1", TERM.end(), 3),
                new ContractTerminated("c-2", TerminationReason.BREACH, "严重违约", List.of(), TODAY, TODAY, null, null));
        assertThat(flagged(RiskFlag.SLA_REVIEW_DUE)).isEmpty();
        assertThat(flagged(RiskFlag.EXPIRY_APPROACHING)).containsExactly("c-1");
        assertThat(flagged(RiskFlag.FLAGGED)).isEmpty();
    }

    private List<String> flagged(RiskFlag flag) {
        return projection.handle(new FindContracts(null, null, null, null, 0, 20, flag)).items().stream()
                .map(ContractSummary::contractId).toList();
    }

    @Test
    void showsAWithdrawnDraftAsWithdrawn() {
        apply(new ContractDrafted("c-9", "p-1", "v-1", "合同 c-9", TERM, content()),
                new ContractDraftWithdrawn("c-9", "项目取消", ContractStatus.DRAFTING, TODAY));
        assertThat(projection.handle(new FindContract("c-9")).orElseThrow().status()).isEqualTo(ContractStatus.WITHDRAWN);
        assertThat(projection.handle(new FindContracts(ContractStatus.WITHDRAWN, null, null, null, 0, 20)).items())
                .extracting(ContractSummary::contractId).containsExactly("c-9");
    }

    @Test
    void showsTheRenewalReviewTerminationAndExitChecklist() {
        active("c-1", "v-1", null, TERM);
        apply(new ContractExpiryApproaching("c-1", TERM.end(), 3),
                new RenewalDecided("c-1", RenewalDecision.NOT_RENEW, null, "业务收缩"),
                new TerminationSignedOff("c-1", List.of("ev-1"), "同意"),
                new ContractTerminated("c-1", TerminationReason.BREACH, "严重违约", List.of("ev-1"), TODAY, TODAY, null, null),
                new KnowledgeTransferRecorded("c-1", TODAY, "已交接"),
                new AssetsRecoveredRecorded("c-1", TODAY, "已收回"));

        ContractDetail detail = projection.handle(new FindContract("c-1")).orElseThrow();
        assertThat(detail.renewal().reviewOpen()).isTrue();
        assertThat(detail.renewal().decision()).isEqualTo(RenewalDecision.NOT_RENEW);
        assertThat(detail.termination().reason()).isEqualTo(TerminationReason.BREACH);
        assertThat(detail.exit().knowledgeTransferredOn()).isEqualTo(TODAY);
        assertThat(detail.exit().accessRevokedOn()).isNull();
        assertThat(detail.daysToExpiry()).isNull();

        apply(new WorkerAccessRevoked("c-1", TODAY.plusDays(1), TODAY, "已关闭", true),
                new FinalSettlementRecorded("c-1", Money.cny("10.00"), "JS-1", TODAY, "c-1:final"),
                new ContractClosed("c-1", TODAY));
        assertThat(projection.handle(new FindContract("c-1")).orElseThrow().exit().closedOn()).isEqualTo(TODAY);
        assertThat(projection.handle(new FindContract("c-1")).orElseThrow().exit().accessRevokedLate()).isTrue();
        assertThat(projection.handle(new FindContracts(ContractStatus.CLOSED, null, null, null, 0, 20)).totalItems())
                .isEqualTo(1);
    }

    @Test
    void showsTheSlasAnAmendmentPutInForceAndACancelledRenewal() {
        active("c-1", "v-1", null, TERM);
        breach("c-1", "2026-02", "1500.00");
        SlaMetric q = quality();
        SlaMetric stricter = new SlaMetric(q.metricId(), q.name(), q.unit(), new BigDecimal("97"), q.direction(),
                q.period(), q.dataSource(), q.collectionOwner(), q.penaltyPercent(), q.penaltyCapPerPeriod());
        SlaMetric availability = new SlaMetric("availability", "可用性", "%", new BigDecimal("99.5"),
                SlaDirection.AT_LEAST, MeasurementPeriod.MONTHLY, "监控", "运维组", BigDecimal.ONE, Money.cny("100.00"));
        apply(new AmendmentProposed("c-1", "a-1", "提高质量目标", null, List.of(stricter, availability)),
                new ContractAmended("c-1", "a-1", 2, "提高质量目标", content(), List.of(stricter, availability)),
                new ContractExpiryApproaching("c-1", TERM.end(), 3),
                new RenewalDecided("c-1", RenewalDecision.RENEW, TERM, "续约"),
                new RenewalCancelled("c-1", "供应商被淘汰"));

        ContractDetail detail = projection.handle(new FindContract("c-1")).orElseThrow();
        assertThat(detail.slas()).extracting(s -> s.metric().metricId(), s -> s.metric().target(), SlaView::latestPeriod)
                .containsExactly(tuple("quality", new BigDecimal("97"), "2026-02"), tuple("availability",
                        new BigDecimal("99.5"), null));
        assertThat(detail.renewal().reviewOpen()).isTrue();
        assertThat(detail.renewal().decision()).isNull();
    }

    @Test
    void aggregatesComplianceByVendorMetricAndPeriod() {
        active("c-1", "v-1", null, TERM);
        active("c-2", "v-2", null, TERM);
        breach("c-1", "2026-01", "1500.00");
        breach("c-1", "2026-02", "1500.00");
        apply(new SlaMeasurementRecorded("c-2", "quality", "2026-01", new BigDecimal("99"), new BigDecimal("95"),
                SlaDirection.AT_LEAST, true));

        SlaDashboard dashboard = projection.handle(new FindSlaDashboard(null));
        assertThat(dashboard.byVendor()).extracting(SlaComplianceGroup::key, SlaComplianceGroup::measurements,
                        SlaComplianceGroup::breaches, SlaComplianceGroup::compliancePercent, SlaComplianceGroup::penalties)
                .containsExactly(tuple("v-1", 2L, 2L, new BigDecimal("0.0"), Money.cny("3000.00")),
                        tuple("v-2", 1L, 0L, new BigDecimal("100.0"), Money.cny("0.00")));
        assertThat(dashboard.byMetric()).extracting(SlaComplianceGroup::key, SlaComplianceGroup::compliancePercent)
                .containsExactly(tuple("quality", new BigDecimal("33.3")));
        assertThat(dashboard.byPeriod()).extracting(SlaComplianceGroup::key, SlaComplianceGroup::breaches)
                .containsExactly(tuple("2026-01", 1L), tuple("2026-02", 1L));
        assertThat(projection.handle(new FindSlaDashboard("v-2")).byVendor()).hasSize(1);
    }

    @Test
    void showsItsPipsOpenAndConcludedWithPlanDueOverdueAndOutcome() {
        active("c-1", "v-1", null, TERM);
        apply(new PipInitiated("c-1", "pip-1", List.of("c-1:2025-Q4", "c-1:2026-Q1"), List.of(), "连续两期不达标",
                        TODAY, TODAY.plusDays(15), 15),
                new PipPlanOverdue("c-1", "pip-1", TODAY.plusDays(15)),
                new PipPlanRecorded("c-1", "pip-1", "人员流动", List.of("补充骨干"), List.of("2026-04 复盘")),
                new PipProgressRecorded("c-1", "pip-1", "已补充两名骨干"));

        PipView open = projection.handle(new FindContract("c-1")).orElseThrow().pips().getFirst();
        assertThat(open.open()).isTrue();
        assertThat(open.planDueOn()).isEqualTo(TODAY.plusDays(15));
        assertThat(open.planOverdue()).isTrue();
        assertThat(open.rootCause()).isEqualTo("人员流动");
        assertThat(open.progress()).containsExactly("已补充两名骨干");
        assertThat(open.evaluationIds()).containsExactly("c-1:2025-Q4", "c-1:2026-Q1");
        assertThat(open.outcome()).isNull();

        apply(new PipConcluded("c-1", "pip-1", PipOutcome.FAILED, "c-1:2026-Q2 评为 C"),
                new PipInitiated("c-1", "pip-2", List.of(), List.of("n-1"), "整改失败", TODAY, TODAY.plusDays(15), 15));
        assertThat(projection.handle(new FindContract("c-1")).orElseThrow().pips())
                .extracting(PipView::pipId, PipView::open, PipView::outcome, PipView::planOverdue)
                .containsExactly(tuple("pip-1", false, PipOutcome.FAILED, true), tuple("pip-2", true, null, false));
    }

    @Test
    void aDocumentStoredBeforeContractsHadPipsReadsAsHavingNone() {
        active("c-1", "v-1", null, TERM);
        JdbcClient jdbc = JdbcClient.create(dataSource());
        String stored = jdbc.sql("SELECT document FROM contract_view WHERE contract_id = 'c-1'").query(String.class).single();
        assertThat(stored).contains("\"pips\":[],");
        jdbc.sql("UPDATE contract_view SET document = :document WHERE contract_id = 'c-1'")
                .param("document", stored.replace("\"pips\":[],", "")).update();

        apply(new PipInitiated("c-1", "pip-1", List.of(), List.of(), "人工发起", TODAY, TODAY.plusDays(15), 15));
        assertThat(projection.handle(new FindContract("c-1")).orElseThrow().pips()).extracting(PipView::pipId)
                .containsExactly("pip-1");
    }

    @Test
    void ignoresARedeliveredEvent() {
        active("c-1", "v-1", null, TERM);
        projection.on(new ContractSuspended("c-1", null, "重复投递"), T0, 3L, "business");
        assertThat(projection.handle(new FindContract("c-1")).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(projection.handle(new FindContract("unknown"))).isEmpty();
    }
}
