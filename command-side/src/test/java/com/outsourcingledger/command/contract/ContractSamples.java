package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.Clause;
import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.api.contract.ContractCommand.DraftContract;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.MeasurementPeriod;
import com.outsourcingledger.api.contract.Party;
import com.outsourcingledger.api.contract.PaymentMethod;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.SlaDirection;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Fixed ids, a fixed clock in the client's zone, and the facts most contract tests start from. */
final class ContractSamples {

    static final String CONTRACT_ID = "contract-1";
    static final String PROJECT_ID = "project-1";
    static final String VENDOR_ID = "vendor-1";
    static final String QUALITY = "quality-pass-rate";
    static final String RESPONSE = "response-time";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    /** 24 months for 2,400,000.00: a monthly fee of 100,000.00. */
    static final Term TERM = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));

    private ContractSamples() {
    }

    static ContractContent content() {
        return content(Arrays.stream(ClauseCategory.values()).map(c -> new Clause(c, "条款：" + c)).toList());
    }

    static ContractContent content(List<Clause> clauses) {
        return new ContractContent(new Party("上海示例科技有限公司", "上海市徐汇区", "王五", "赵六", "021-5555"),
                new Party("上海示例人力服务有限公司", "上海市浦东新区", "张三", "李四", "021-6666"),
                "呼叫中心外包服务", List.of("月度服务报告"), "按月验收", FeeModel.FIXED_PRICE, Money.cny("2400000.00"),
                PaymentMethod.BANK_TRANSFER, SettlementCycle.MONTHLY, clauses, 60);
    }

    /** The sample content with its amount in another currency. */
    static ContractContent contentIn(String currency) {
        ContractContent c = content();
        return new ContractContent(c.client(), c.vendor(), c.scope(), c.deliverables(), c.acceptanceCriteria(),
                c.feeModel(), new Money(c.amount().amount(), currency), c.paymentMethod(), c.settlementCycle(),
                c.clauses(), c.forceMajeureThresholdDays());
    }

    /** The sample content stating its evaluation cadence and A-grade bonus. */
    static ContractContent contentEvaluated(com.outsourcingledger.api.contract.ContractEvaluationCadence cadence,
                                            String bonusPercent) {
        ContractContent c = content();
        return new ContractContent(c.client(), c.vendor(), c.scope(), c.deliverables(), c.acceptanceCriteria(),
                c.feeModel(), c.amount(), c.paymentMethod(), c.settlementCycle(), c.clauses(),
                c.forceMajeureThresholdDays(), cadence, bonusPercent == null ? null : new BigDecimal(bonusPercent));
    }

    static DraftContract draft() {
        return new DraftContract(CONTRACT_ID, PROJECT_ID, VENDOR_ID, "呼叫中心外包服务合同", TERM, content());
    }

    static ContractDrafted drafted() {
        return drafted(TERM);
    }

    static ContractDrafted drafted(Term term) {
        return new ContractDrafted(CONTRACT_ID, PROJECT_ID, VENDOR_ID, "呼叫中心外包服务合同", term, content());
    }

    static SlaMetric quality() {
        return new SlaMetric(QUALITY, "质量合格率", "%", new BigDecimal("95"), SlaDirection.AT_LEAST,
                MeasurementPeriod.MONTHLY, "质检系统", "业务部质检组", new BigDecimal("2"), Money.cny("1500.00"));
    }

    static SlaMetric response() {
        return new SlaMetric(RESPONSE, "响应时间", "h", new BigDecimal("24"), SlaDirection.AT_MOST,
                MeasurementPeriod.MONTHLY, "工单系统", "业务部运营组", new BigDecimal("1"), Money.cny("5000.00"));
    }

    static SlaMetric availability() {
        return new SlaMetric("availability", "系统可用性", "%", new BigDecimal("99.5"), SlaDirection.AT_LEAST,
                MeasurementPeriod.MONTHLY, "监控系统", "业务部运维组", new BigDecimal("1"), Money.cny("3000.00"));
    }

    static Object[] drafting(Term term) {
        return new Object[]{drafted(term), new SlaDefined(CONTRACT_ID, quality()), new SlaDefined(CONTRACT_ID, response())};
    }

    static Object[] drafting() {
        return drafting(TERM);
    }

    static Object[] inReview(Term term) {
        return with(drafting(term), new ContractSubmittedForCoReview(CONTRACT_ID, 1));
    }

    static Object[] inReview() {
        return inReview(TERM);
    }

    static Object[] approved(Term term) {
        return with(inReview(term), opinion(Department.LEGAL), opinion(Department.HR), opinion(Department.FINANCE),
                opinion(Department.BUSINESS), new ContractApproved(CONTRACT_ID, 1),
                new NdaRecorded(CONTRACT_ID, "NDA-2026-01", TODAY.minusDays(3)));
    }

    static Object[] approved() {
        return approved(TERM);
    }

    static Object[] active() {
        return with(approved(), new ContractSigned(CONTRACT_ID, TODAY, 1),
                new ContractActivated(CONTRACT_ID, TODAY, TODAY.plusMonths(6), 6));
    }

    static Object[] terminated(LocalDate lastServiceDay) {
        return with(active(), new ContractTerminated(CONTRACT_ID, com.outsourcingledger.api.contract.TerminationReason.MUTUAL,
                "双方协商一致", List.of(), TODAY, lastServiceDay, null, null));
    }

    static CoReviewOpinionRecorded opinion(Department department) {
        return new CoReviewOpinionRecorded(CONTRACT_ID, department, ReviewOpinion.APPROVE, "同意");
    }

    static SlaMeasurementRecorded measured(String metricId, String period, String value, boolean met) {
        SlaMetric metric = metricId.equals(QUALITY) ? quality() : response();
        return new SlaMeasurementRecorded(CONTRACT_ID, metricId, period, new BigDecimal(value), metric.target(),
                metric.direction(), met);
    }

    static SlaBreached qualityBreached(String period, String actual) {
        BigDecimal value = new BigDecimal(actual);
        return new SlaBreached(CONTRACT_ID, QUALITY, period, new BigDecimal("95"), value,
                new BigDecimal("95").subtract(value), Money.cny("100000.00"), new BigDecimal("2"), Money.cny("1500.00"),
                Money.cny("1500.00"));
    }

    static EventMessage<?> by(String user, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(Map.of(MetadataKeys.USER, user));
    }

    static Map<String, Object> actingAs(String user, Department department) {
        return Map.of(MetadataKeys.USER, user, MetadataKeys.DEPARTMENT, department.name());
    }

    /** A vendor user of {@code vendorId}: its login and its vendor, no department. */
    static Map<String, Object> actingForVendor(String vendorId) {
        return Map.of(MetadataKeys.USER, "portal-" + vendorId, MetadataKeys.VENDOR, vendorId);
    }

    static Map<String, Object> actingAs(Department department) {
        return actingAs(department.name().toLowerCase(), department);
    }

    static Object[] with(Object[] earlier, Object... later) {
        List<Object> events = new ArrayList<>(List.of(earlier));
        events.addAll(List.of(later));
        return events.toArray();
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
