package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.contract.*;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractEventWireFormatTest {

    private static final String C = "contract-1";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
    private static final Term TERM = new Term(DAY, DAY.plusYears(2));
    private static final ContractContent CONTENT = new ContractContent(
            new Party("上海示例科技有限公司", "上海市", "王五", "赵六", "021"), new Party("乙方", null, null, null, null),
            "呼叫中心外包", List.of("月报"), "按月验收", FeeModel.FIXED_PRICE, Money.cny("2400000.00"),
            PaymentMethod.BANK_TRANSFER, SettlementCycle.MONTHLY,
            List.of(new Clause(ClauseCategory.FORCE_MAJEURE, "不可抗力超过60日可协商解除")), 60);
    private static final SlaMetric METRIC = new SlaMetric("quality", "质量合格率", "%", new BigDecimal("95.5"),
            SlaDirection.AT_LEAST, MeasurementPeriod.MONTHLY, "质检系统", "质检组", new BigDecimal("2"), Money.cny("1500.00"));
    private static final ContractContent EVALUATED = new ContractContent(CONTENT.client(), CONTENT.vendor(),
            CONTENT.scope(), CONTENT.deliverables(), CONTENT.acceptanceCriteria(), CONTENT.feeModel(), CONTENT.amount(),
            CONTENT.paymentMethod(), CONTENT.settlementCycle(), CONTENT.clauses(), 60,
            com.outsourcingledger.api.contract.ContractEvaluationCadence.MONTHLY, new BigDecimal("5.00"));
    private final Serializer serializer = EventWireFormat.serializer();

    static Stream<ContractEvent> everyContractEvent() {
        return Stream.of(
                new ContractDrafted(C, "project-1", "vendor-1", "合同", TERM, CONTENT),
                new ContractDraftRevised(C, "合同二稿", TERM, EVALUATED),
                new SlaDefined(C, METRIC),
                new SlaRemoved(C, "quality"),
                new NdaRecorded(C, "NDA-1", DAY),
                new ContractSubmittedForCoReview(C, 1),
                new CoReviewOpinionRecorded(C, Department.LEGAL, ReviewOpinion.REJECT, "违约条款不全"),
                new ContractReturnedToDrafting(C, Department.LEGAL, "违约条款不全"),
                new ContractApproved(C, 1),
                new ContractSigned(C, DAY, 1),
                new ContractActivated(C, DAY, DAY.plusMonths(6), 6),
                new SlaMeasurementRecorded(C, "quality", "2026-03", new BigDecimal("93.25"), new BigDecimal("95.5"),
                        SlaDirection.AT_LEAST, false),
                new SlaMeasurementCorrected(C, "quality", "2026-03", new BigDecimal("93.25"), new BigDecimal("96"), "重算", true),
                new SlaBreached(C, "quality", "2026-03", new BigDecimal("95.5"), new BigDecimal("93.25"),
                        new BigDecimal("2.25"), Money.cny("100000.00"), new BigDecimal("2"), Money.cny("1500.00"),
                        Money.cny("1500.00")),
                new SlaBreachWithdrawn(C, "quality", "2026-03", "重算"),
                new SlaReviewDue(C, DAY, DAY.plusMonths(6), 6),
                new SlaReviewed(C, DAY, "不变", DAY.plusMonths(6), 6),
                new RectificationNoticeIssued(C, "rn-1", "quality", List.of("2026-02", "2026-03"), "连续未达标", DAY,
                        DAY.plusDays(30), true, 2, 30, RectificationTrigger.SLA_BREACH, null, true,
                        List.of("photo-1")),
                new RectificationPlanRecorded(C, "rn-1", "培训"),
                new RectificationVerified(C, "rn-1", "通过"),
                new RectificationFailed(C, "rn-1", "未通过", "2026-Q2"),
                new AmendmentProposed(C, "a-1", "增加夜班", null, List.of(METRIC)),
                new AmendmentApprovalRecorded(C, "a-1", Department.FINANCE, ReviewOpinion.APPROVE, "同意"),
                new AmendmentRejected(C, "a-1", Department.LEGAL, "不同意"),
                new ContractAmended(C, "a-1", 2, "增加夜班", CONTENT, List.of(METRIC)),
                new ContractSuspended(C, SuspensionGround.VENDOR_SANCTIONED, "供应商被淘汰"),
                new ContractResumed(C, "恢复", ContractStatus.ACTIVE),
                new ContractFlagged(C, "vendor-1", "供应商暂停"),
                new ContractFlagCleared(C, "vendor-1", "恢复"),
                new TerminationRecommended(C, TerminationReason.VENDOR_SANCTIONED, "供应商被列入黑名单"),
                new ContractExpiryApproaching(C, DAY, 3),
                new RenewalDecided(C, RenewalDecision.RENEW, TERM, "绩效良好"),
                new RenewalReturned(C, Department.FINANCE, "价格"),
                new RenewalCancelled(C, "供应商被淘汰"),
                new ContractRenewed(C, TERM, 2),
                new ContractExpired(C, DAY),
                new TerminationSignedOff(C, List.of("ev-1"), "同意"),
                new ContractTerminated(C, TerminationReason.FORCE_MAJEURE, "地震", List.of("ev-1"), DAY, DAY, DAY.minusDays(90), 60),
                new KnowledgeTransferRecorded(C, DAY, "已交接"),
                new AssetsRecoveredRecorded(C, DAY, "已收回"),
                new WorkerAccessRevoked(C, DAY, DAY, "已关闭", false),
                new FinalSettlementRecorded(C, Money.cny("96500.00"), "JS-1", DAY, C + ":final"),
                new ContractClosed(C, DAY),
                new SettlementAmountReserved(C, C + ":2026-03", Money.cny("97700.00"),
                        List.of(new PenaltyDeduction("quality", "2026-03", Money.cny("2300.00"))),
                        Money.cny("197700.00"), Money.cny("1200000.00")),
                new ContractDraftWithdrawn(C, "项目取消", ContractStatus.IN_REVIEW, DAY),
                new PipInitiated(C, "pip-1", List.of("contract-1:2026-Q1", "contract-1:2026-Q2"), List.of(),
                        "连续两期绩效不达标", DAY, DAY.plusDays(15), 15),
                new PipPlanRecorded(C, "pip-1", "人员流失", List.of("补充人员"), List.of("2026-05-01 完成招聘")),
                new PipPlanOverdue(C, "pip-1", DAY.plusDays(15)),
                new PipProgressRecorded(C, "pip-1", "已补充两人"),
                new PipConcluded(C, "pip-1", PipOutcome.FAILED, "下一期评估仍为C"),
                new SiteLeadNamed(C, "vendor-1", "王经理", "138-0000-0000"),
                new InstructionIssuedToVendor(C, "ins-1", "vendor-1", "王经理", true, "交付节奏", "本周完成验收材料"),
                new RuleViolationReportedToVendor(C, "rep-1", "vendor-1", "张三", false, "worker-1", "未佩戴工牌"),
                new ShamOutsourcingRiskAssessed(C, "vendor-1",
                        com.outsourcingledger.api.project.ShamOutsourcingRisk.MEDIUM, ShamRiskOccasion.SIGNAL_CONFIRMED,
                        "signal-1", "按人头计费"));
    }

    @Test
    void coversEveryContractEventType() {
        assertThat(everyContractEvent().map(Object::getClass))
                .containsExactlyInAnyOrder(Arrays.stream(ContractEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }

    @Test
    void aNoticeAndAFailureStoredBeforeTriggersReadTheTriggerFromAutomaticAndNoPeriod() {
        SerializedObject<byte[]> notice = serializer.serialize(new RectificationNoticeIssued(C, "rn-2", null,
                List.of("2026-Q1"), "绩效评估不达标", DAY, DAY.plusDays(30), true, null, 30,
                RectificationTrigger.EVALUATION, C + ":2026-Q1", null, null), byte[].class);
        String noticeJson = new String(notice.getData(), StandardCharsets.UTF_8);
        String suffix = ",\"trigger\":\"EVALUATION\",\"evaluationId\":\"" + C + ":2026-Q1\"";
        assertThat(noticeJson).contains(suffix);
        RectificationNoticeIssued oldNotice = serializer.deserialize(new SimpleSerializedObject<>(
                noticeJson.replace(suffix, "").getBytes(StandardCharsets.UTF_8), byte[].class, notice.getType()));
        assertThat(oldNotice.trigger()).isNull();
        assertThat(oldNotice.evaluationId()).isNull();
        assertThat(oldNotice.triggerOrInferred()).isEqualTo(RectificationTrigger.SLA_BREACH);

        SerializedObject<byte[]> failed = serializer.serialize(new RectificationFailed(C, "rn-1", "未通过", "2026-Q2"),
                byte[].class);
        String failedJson = new String(failed.getData(), StandardCharsets.UTF_8);
        assertThat(failedJson).contains(",\"belowStandardPeriod\":\"2026-Q2\"");
        RectificationFailed oldFailure = serializer.deserialize(new SimpleSerializedObject<>(
                failedJson.replace(",\"belowStandardPeriod\":\"2026-Q2\"", "").getBytes(StandardCharsets.UTF_8),
                byte[].class, failed.getType()));
        assertThat(oldFailure.belowStandardPeriod()).isNull();
        assertThat(oldFailure.noticeId()).isEqualTo("rn-1");
    }

    @Test
    void aTerminationStoredBeforeForceMajeureSinceWasAddedReadsItAsNull() {
        SerializedObject<byte[]> stored = serializer.serialize(new ContractTerminated(C, TerminationReason.FORCE_MAJEURE,
                "地震", List.of(), DAY, DAY, DAY.minusDays(90), 60), byte[].class);
        String json = new String(stored.getData(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"forceMajeureSince\":\"" + DAY.minusDays(90) + "\"");
        String before = json.replace(",\"forceMajeureSince\":\"" + DAY.minusDays(90) + "\"", "");

        ContractTerminated read = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                before.getBytes(java.nio.charset.StandardCharsets.UTF_8), byte[].class, stored.getType()));

        assertThat(read.forceMajeureSince()).isNull();
        assertThat(read.reason()).isEqualTo(TerminationReason.FORCE_MAJEURE);
    }

    @Test
    void anAccessRevocationAndAnAmendmentStoredBeforeTheirLaterComponentsReadThemAsNull() {
        SerializedObject<byte[]> revoked = serializer.serialize(new WorkerAccessRevoked(C, DAY, DAY, "已关闭", false),
                byte[].class);
        String revokedJson = new String(revoked.getData(), StandardCharsets.UTF_8);
        assertThat(revokedJson).contains(",\"late\":false");
        WorkerAccessRevoked oldRevocation = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                revokedJson.replace(",\"late\":false", "").getBytes(StandardCharsets.UTF_8), byte[].class,
                revoked.getType()));
        assertThat(oldRevocation.late()).isNull();
        assertThat(oldRevocation.revokedOn()).isEqualTo(DAY);

        SerializedObject<byte[]> amended = serializer.serialize(new ContractAmended(C, "a-1", 2, "增加夜班", CONTENT, null),
                byte[].class);
        String amendedJson = new String(amended.getData(), StandardCharsets.UTF_8).replace(",\"slas\":null", "");
        ContractAmended oldAmendment = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                amendedJson.getBytes(StandardCharsets.UTF_8), byte[].class, amended.getType()));
        assertThat(oldAmendment.slas()).isNull();
        assertThat(oldAmendment.version()).isEqualTo(2);
    }

    @Test
    void theContractsEvaluationCadenceSpellsTheEvaluationsOwn() {
        assertThat(Arrays.stream(ContractEvaluationCadence.values()).map(Enum::name))
                .containsExactly(Arrays.stream(com.outsourcingledger.api.evaluation.EvaluationCadence.values())
                        .map(Enum::name).toArray(String[]::new));
        assertThat(ContractEvaluationCadence.DEFAULT.name())
                .isEqualTo(com.outsourcingledger.api.evaluation.EvaluationCadence.DEFAULT.name());
    }

    @Test
    void contentStoredBeforeTheEvaluationTermsReadsThemAsNullAndTheirDefaults() throws Exception {
        JsonMapper json = EventWireFormat.jsonMapper();
        SerializedObject<byte[]> stored = serializer.serialize(new ContractDrafted(C, "project-1", "vendor-1", "合同",
                TERM, EVALUATED), byte[].class);
        ObjectNode before = (ObjectNode) json.readTree(stored.getData());
        ((ObjectNode) before.get("content")).remove(List.of("evaluationCadence", "bonusPercent"));

        ContractDrafted read = serializer.deserialize(new SimpleSerializedObject<>(json.writeValueAsBytes(before),
                byte[].class, stored.getType()));

        assertThat(read.content()).isEqualTo(CONTENT);
        assertThat(read.content().evaluationCadenceOrDefault())
                .isEqualTo(com.outsourcingledger.api.contract.ContractEvaluationCadence.QUARTERLY);
        assertThat(read.content().bonusPercentOrZero()).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @MethodSource("everyContractEvent")
    void anEventStoredBeforeAComponentWasAddedLaterReadsItAsNull(ContractEvent event) throws Exception {
        JsonMapper json = EventWireFormat.jsonMapper();
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        ObjectNode before = (ObjectNode) json.readTree(stored.getData());
        RecordComponent[] components = event.getClass().getRecordComponents();
        Arrays.stream(components).filter(c -> c.isAnnotationPresent(AddedLater.class))
                .forEach(c -> before.remove(c.getName()));

        Object read = serializer.deserialize(new SimpleSerializedObject<>(json.writeValueAsBytes(before), byte[].class,
                stored.getType()));

        for (RecordComponent c : components) {
            Object expected = c.isAnnotationPresent(AddedLater.class) ? null : c.getAccessor().invoke(event);
            assertThat(c.getAccessor().invoke(read)).as(c.getName()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("everyContractEvent")
    void everyEventSurvivesTheRoundTripUnchanged(ContractEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void writesPeriodsAsTextAndPenaltiesAsExactDecimals() {
        String json = new String(serializer.serialize(everyContractEvent().filter(SlaBreached.class::isInstance)
                .findFirst().orElseThrow(), byte[].class).getData(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"period\":\"2026-03\"").contains("\"penalty\":{\"amount\":1500.00,\"currency\":\"CNY\"}");
    }

    @Test
    void periodsKnowTheirKindBoundsAndPredecessor() {
        assertThat(SlaPeriod.of("2026-01").previous()).isEqualTo(SlaPeriod.of("2025-12"));
        assertThat(SlaPeriod.of("2026-Q1").previous()).isEqualTo(SlaPeriod.of("2025-Q4"));
        assertThat(SlaPeriod.of("2026-Q2").start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(SlaPeriod.of("2026-Q2").end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(SlaPeriod.of("2026-02").end()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(SlaPeriod.containing(LocalDate.of(2026, 8, 15), MeasurementPeriod.QUARTERLY)).isEqualTo(SlaPeriod.of("2026-Q3"));
        assertThatThrownBy(() -> SlaPeriod.of("2026-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlaPeriod.of("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Term(DAY, DAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
