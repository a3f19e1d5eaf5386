package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.*;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * A contract's history as the Contract aggregate applies it, for planting: each step with the department and user
 * its endpoint requires (drafting, SLAs, NDA and submission by BUSINESS, opinions by each co-reviewer, signing and
 * renewal decisions by MANAGEMENT, the LEGAL sign-off, the ledger's own deadlines with neither), and each date in a
 * payload the day its event was stored.
 */
final class ContractPlanting {

    static final List<Department> CO_REVIEWERS =
            List.of(Department.LEGAL, Department.HR, Department.FINANCE, Department.BUSINESS);
    private static final Duration STEP = Duration.ofHours(1);

    private final String contractId;
    private final ZoneId zone;
    private final PlantedHistory history;
    private Instant at;
    private int version = 1;

    private ContractPlanting(String contractId, ZoneId zone, Instant start) {
        this.contractId = contractId;
        this.zone = zone;
        this.history = PlantedHistory.of("Contract", contractId, start);
        this.at = start;
    }

    /** Drafted by BUSINESS with two SLAs defined, the day it starts. */
    static ContractPlanting drafted(String contractId, String vendorId, Term term, Instant at, ZoneId zone) {
        ContractPlanting contract = new ContractPlanting(contractId, zone, at);
        contract.as(Department.BUSINESS, "business1")
                .event(new ContractDrafted(contractId, "project-of-" + contractId, vendorId, "外包服务合同 " + contractId,
                        term, content()))
                .event(new SlaDefined(contractId, metric("quality-pass-rate", "95", SlaDirection.AT_LEAST)))
                .event(new SlaDefined(contractId, metric("response-time", "24", SlaDirection.AT_MOST)));
        return contract;
    }

    /** Drafted, NDA recorded, co-reviewed and approved by the four departments, signed by MANAGEMENT and active. */
    static ContractPlanting signed(String contractId, String vendorId, Term term, Instant signedAt, ZoneId zone) {
        return drafted(contractId, vendorId, term, signedAt.minus(Duration.ofDays(30)), zone)
                .nda(signedAt.minus(Duration.ofDays(20)))
                .submitted(signedAt.minus(Duration.ofDays(19)))
                .approvedBy(signedAt.minus(Duration.ofDays(15)), CO_REVIEWERS)
                .signedAndActivated(signedAt, term);
    }

    ContractPlanting at(Instant instant) {
        at = instant;
        return this;
    }

    ContractPlanting nda(Instant when) {
        return at(when).as(Department.BUSINESS, "business1")
                .event(new NdaRecorded(contractId, "NDA-" + contractId, day().minusDays(1)));
    }

    ContractPlanting submitted(Instant when) {
        return at(when).as(Department.BUSINESS, "business1").event(new ContractSubmittedForCoReview(contractId, version));
    }

    /** APPROVE opinions from {@code departments}, an hour apart; the last one approves the contract. */
    ContractPlanting approvedBy(Instant from, List<Department> departments) {
        at(from);
        for (Department department : departments) {
            step().opinion(department, ReviewOpinion.APPROVE, "同意");
        }
        return event(new ContractApproved(contractId, version));
    }

    ContractPlanting opinion(Department department, ReviewOpinion opinion, String comments) {
        return as(department, department.name().toLowerCase() + "2")
                .event(new CoReviewOpinionRecorded(contractId, department, opinion, comments));
    }

    /** LEGAL rejects in the co-review: the draft goes back to drafting, and BUSINESS revises it. */
    ContractPlanting returnedByLegalAndRevised(Instant when, Term term) {
        at(when).opinion(Department.LEGAL, ReviewOpinion.REJECT, "违约责任条款需补充");
        event(new ContractReturnedToDrafting(contractId, Department.LEGAL, "违约责任条款需补充")).step();
        return as(Department.BUSINESS, "business1")
                .event(new ContractDraftRevised(contractId, "外包服务合同 " + contractId, term, content())).step();
    }

    /**
     * Signed by MANAGEMENT and activated with it (the term has started); the renewal review opens at once when the
     * signing comes later than the term's end − 3 months, as the deadline then is due already.
     */
    ContractPlanting signedAndActivated(Instant when, Term term) {
        at(when).as(Department.MANAGEMENT, "management1")
                .event(new ContractSigned(contractId, day(), version))
                .event(new ContractActivated(contractId, day(), day().plusMonths(6), 6));
        if (!day().isBefore(term.end().minusMonths(3))) {
            at(when.plusSeconds(1)).expiryApproaching(term.end());
        }
        return this;
    }

    /** The durable deadline at the end − 3 months opens the renewal review (no department, no user). */
    ContractPlanting expiryApproaching(LocalDate end) {
        return as(null, null).event(new ContractExpiryApproaching(contractId, end, 3));
    }

    ContractPlanting renewalDecided(Instant when, RenewalDecision decision, Term newTerm) {
        return at(when).as(Department.MANAGEMENT, "management1")
                .event(new RenewalDecided(contractId, decision, newTerm, "续签决定：" + decision)).step();
    }

    /** HR assesses the renewal's sham-outsourcing risk LOW, the four departments approve, the term is renewed. */
    ContractPlanting renewed(Term newTerm) {
        as(Department.HR, "hr2").event(new ShamOutsourcingRiskAssessed(contractId, vendorOf(), ShamOutsourcingRisk.LOW,
                ShamRiskOccasion.RENEWAL, null, "驻场管理由供应商负责，无直接管理")).step();
        CO_REVIEWERS.forEach(department -> step().opinion(department, ReviewOpinion.APPROVE, "同意续签"));
        version++;
        return event(new ContractRenewed(contractId, newTerm, version));
    }

    ContractPlanting signedOffByLegal(Instant when, List<String> evidenceRefs) {
        return at(when).as(Department.LEGAL, "legal1")
                .event(new TerminationSignedOff(contractId, evidenceRefs, "证据充分，同意以违约解除")).step();
    }

    /**
     * Terminated for BREACH by BUSINESS, service ending that day, then the exit steps that follow it that day:
     * knowledge transfer and assets recovered (BUSINESS), access revocation typed in by HR (no workers).
     */
    ContractPlanting terminatedForBreach(Instant when, List<String> evidenceRefs) {
        at(when).as(Department.BUSINESS, "business1")
                .event(new ContractTerminated(contractId, TerminationReason.BREACH, "多次严重违约，整改失败", evidenceRefs,
                        day(), day(), null, null)).step()
                .event(new KnowledgeTransferRecorded(contractId, day(), "交接清单已签收")).step()
                .event(new AssetsRecoveredRecorded(contractId, day(), "门禁卡、电脑已收回")).step();
        return as(Department.HR, "hr1")
                .event(new WorkerAccessRevoked(contractId, day(), day(), "系统账号已停用", false));
    }

    List<AuditedEvent> events() {
        return history.events();
    }

    String eventId(int sequence) {
        return history.eventId(sequence);
    }

    private String vendorOf() {
        return ((ContractDrafted) history.events().getFirst().payload()).vendorId();
    }

    private ContractPlanting as(Department department, String user) {
        history.by(department == null ? null : department.name(), user);
        return this;
    }

    private ContractPlanting event(Object payload) {
        history.at(at).event(payload);
        return this;
    }

    private ContractPlanting step() {
        at = at.plus(STEP);
        return this;
    }

    private LocalDate day() {
        return at.atZone(zone).toLocalDate();
    }

    static ContractContent content() {
        return new ContractContent(new Party("上海示例科技有限公司", "上海市徐汇区", "王五", "赵六", "021-5555"),
                new Party("上海示例人力服务有限公司", "上海市浦东新区", "张三", "李四", "021-6666"),
                "呼叫中心外包服务", List.of("月度服务报告"), "按月验收", FeeModel.FIXED_PRICE, Money.cny("2400000.00"),
                PaymentMethod.BANK_TRANSFER, SettlementCycle.MONTHLY,
                Arrays.stream(ClauseCategory.values()).map(c -> new Clause(c, "条款：" + c)).toList(), 60);
    }

    private static SlaMetric metric(String id, String target, SlaDirection direction) {
        return new SlaMetric(id, id, direction == SlaDirection.AT_LEAST ? "%" : "h", new BigDecimal(target),
                direction, MeasurementPeriod.MONTHLY, "业务系统", "业务部运营组", new BigDecimal("2"),
                Money.cny("1500.00"));
    }
}
