package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.contract.ContractEvent.PipConcluded;
import com.outsourcingledger.api.contract.ContractEvent.PipInitiated;
import com.outsourcingledger.api.contract.ContractEvent.PipPlanOverdue;
import com.outsourcingledger.api.contract.ContractEvent.PipPlanRecorded;
import com.outsourcingledger.api.contract.PipOutcome;
import com.outsourcingledger.api.evaluation.EvaluationCadence;
import com.outsourcingledger.api.evaluation.EvaluationEvent.*;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.ConfirmationBasis;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
import com.outsourcingledger.api.settlement.SettlementEvent.*;
import com.outsourcingledger.api.settlement.SettlementStep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.query.dashboard.DashboardSamples.TODAY;

/**
 * Evaluations, settlements and PIPs on top of {@link DashboardProjectionContract#history()}: one evaluation at
 * each step, one settlement at each step (c-1's March one paid this month), two open PIPs and a concluded one.
 */
final class DashboardWorkSamples {

    private DashboardWorkSamples() {
    }

    static List<Object> work() {
        List<Object> events = new ArrayList<>(DashboardProjectionContract.history());
        events.addAll(List.of(opened("c-1:2026-Q1", "c-1"), new EvaluationScoringOverdue("c-1:2026-Q1", TODAY),
                opened("c-3:2026-Q1", "c-3"), scored("c-3:2026-Q1"),
                opened("c-1:2025-Q4", "c-1"), scored("c-1:2025-Q4"),
                new EvaluationCountersigned("c-1:2025-Q4", 1, "同意"),
                opened("c-3:2025-Q4", "c-3"), scored("c-3:2025-Q4"), new EvaluationCountersigned("c-3:2025-Q4", 1, ""),
                new EvaluationShared("c-3:2025-Q4", 1, TODAY), new EvaluationDisputed("c-3:2025-Q4", 1, "有异议")));
        events.addAll(List.of(requested("c-3:2026-02"), requested("c-3:2026-01"), confirmed("c-3:2026-01"),
                requested("c-3:2025-12"), confirmed("c-3:2025-12"),
                new SettlementComplianceChecked("c-3:2025-12", false, List.of("w-1"), List.of("社保"), "未缴"),
                new SettlementHeld("c-3:2025-12", "社保未缴", null),
                requested("c-1:2026-02"), confirmed("c-1:2026-02"), checked("c-1:2026-02"),
                new InvoiceVerified("c-1:2026-02", "INV-c-1:2026-02", "相符"), approved("c-1:2026-02", "0.00"),
                requested("c-1:2026-03"), confirmed("c-1:2026-03"), checked("c-1:2026-03"),
                new InvoiceVerified("c-1:2026-03", "INV-c-1:2026-03", "相符"), approved("c-1:2026-03", "1500.00"),
                new PenaltyDeducted("c-1:2026-03", "c-1", "quality", "2026-02", Money.cny("1500.00")),
                new PaymentRecorded("c-1:2026-03", "c-1", "PAY-1", TODAY, Money.cny("98500.00")),
                requested("c-1:2026-01"), confirmed("c-1:2026-01"), checked("c-1:2026-01"),
                new InvoiceVerified("c-1:2026-01", "INV-c-1:2026-01", "相符"), approved("c-1:2026-01", "2000.00"),
                new SettlementReturned("c-1:2026-01", SettlementStep.APPROVED, "金额有误")));
        events.addAll(List.of(pip("c-1", "pip-1", -1), pip("c-3", "pip-2", 10),
                new PipPlanRecorded("c-3", "pip-2", "根因", List.of("措施"), List.of("里程碑")),
                pip("c-4", "pip-3", -5), new PipPlanOverdue("c-4", "pip-3", TODAY.minusDays(5)),
                new PipConcluded("c-4", "pip-3", PipOutcome.FAILED, "未改进")));
        return events;
    }

    private static EvaluationPeriodOpened opened(String evaluationId, String contractId) {
        return new EvaluationPeriodOpened(evaluationId, contractId, "v-1", "p-1", evaluationId.substring(4),
                EvaluationCadence.QUARTERLY, TODAY.minusDays(1), null, BigDecimal.ZERO, List.of());
    }

    private static EvaluationScored scored(String evaluationId) {
        return new EvaluationScored(evaluationId, 1, Map.of(), null, new BigDecimal("85"), Grade.B, "良好");
    }

    private static SettlementRequested requested(String settlementId) {
        String contractId = settlementId.substring(0, 3);
        return new SettlementRequested(settlementId, contractId, "v-1", "c-1".equals(contractId) ? "p-1" : "p-2",
                settlementId.substring(4), false, Money.cny("100000.00"),
                new Invoice("INV-" + settlementId, "VAT_SPECIAL", Money.cny("100000.00"), Money.cny("5660.38")));
    }

    private static SettlementConfirmed confirmed(String settlementId) {
        return new SettlementConfirmed(settlementId, ConfirmationBasis.WORKLOAD, null, "WL-1", "确认");
    }

    private static SettlementComplianceChecked checked(String settlementId) {
        return new SettlementComplianceChecked(settlementId, true, List.of("w-1"), List.of("社保", "工资"), "合规");
    }

    private static SettlementApproved approved(String settlementId, String penalty) {
        Money deducted = Money.cny(penalty);
        return new SettlementApproved(settlementId, settlementId.substring(0, 3), Money.cny("100000.00"),
                deducted.amount().signum() == 0 ? List.of()
                        : List.of(new PenaltyDeduction("quality", "2026-02", deducted)), deducted, BigDecimal.ZERO,
                Money.cny("0.00"), new Money(new BigDecimal("100000.00").subtract(deducted.amount()), "CNY"));
    }

    private static PipInitiated pip(String contractId, String pipId, int dueInDays) {
        return new PipInitiated(contractId, pipId, List.of(), List.of(), "连续两期不达标", TODAY.minusDays(15),
                TODAY.plusDays(dueInDays), 15);
    }
}
