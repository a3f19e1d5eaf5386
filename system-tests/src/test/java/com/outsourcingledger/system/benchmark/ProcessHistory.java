package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.api.contract.ContractEvent.PipConcluded;
import com.outsourcingledger.api.contract.ContractEvent.PipInitiated;
import com.outsourcingledger.api.contract.ContractEvent.PipPlanRecorded;
import com.outsourcingledger.api.contract.ContractEvent.RectificationNoticeIssued;
import com.outsourcingledger.api.contract.PipOutcome;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.contract.SlaDirection;
import com.outsourcingledger.api.evaluation.EvaluationCadence;
import com.outsourcingledger.api.evaluation.EvaluationDimension;
import com.outsourcingledger.api.evaluation.EvaluationEvent.*;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import com.outsourcingledger.api.evaluation.EvaluationPolicy;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.api.evaluation.SlaComplianceLine;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.ConfirmationBasis;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
import com.outsourcingledger.api.settlement.SettlementEvent.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A contract's evaluations and settlements, as the command side records them: each quarter of the term that has
 * ended is evaluated (opened with its SLA compliance, scored, countersigned, shared, confirmed); a C or D gets the
 * contract's EVALUATION notice, and one contract in {@value #PIP_EVERY} has two consecutive below-standard quarters
 * that open a PIP (concluded when older than half a year). Each month is settled (requested, confirmed, compliance
 * checked, invoice verified, approved with the month's breaches deducted, paid), except the last month, whose
 * settlement waits for FINANCE. Ids are {@code {contractId}:{period}}.
 */
final class ProcessHistory {

    static final int PIP_EVERY = 25;
    static final Money MONTHLY_FEE = Money.cny("100000.00");
    private static final EvaluationPolicy POLICY = EvaluationPolicy.standard();

    private final LocalDate today;

    ProcessHistory(LocalDate today) {
        this.today = today;
    }

    /** The breaches of a month, by metric, as the contract recorded them. */
    record Breach(String metricId, String period, Money penalty) {
    }

    /** The settlement of {@code month} with its breaches deducted; paid unless it is the last month settled. */
    List<HistoryEvent> settlement(String contractId, String vendorId, YearMonth month, List<Breach> breaches,
                                  boolean last) {
        String id = contractId + ":settlement:" + month;
        LocalDate requested = month.plusMonths(1).atDay(3);
        BigDecimal penalty = breaches.stream().map(b -> b.penalty().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Money claimed = MONTHLY_FEE;
        List<Object> events = new ArrayList<>(List.of(
                new SettlementRequested(id, contractId, vendorId, null, month.toString(), false, claimed,
                        new Invoice("INV-" + month + "-" + contractId.substring(0, 8), "VAT_SPECIAL", claimed,
                                Money.cny("6000.00"))),
                new SettlementConfirmed(id, ConfirmationBasis.WORKLOAD, null, "WL-" + month, "工作量确认")));
        if (!last) {
            events.addAll(List.of(
                    new SettlementComplianceChecked(id, true, List.of("W-001", "W-002"), List.of("社保缴纳记录"), "合规"),
                    new InvoiceVerified(id, "INV-" + month, "三单匹配"),
                    new SettlementApproved(id, contractId, MONTHLY_FEE, breaches.stream()
                            .map(b -> new PenaltyDeduction(b.metricId(), b.period(), b.penalty())).toList(),
                            Money.cny(penalty.toPlainString()), BigDecimal.ZERO, Money.cny("0.00"),
                            Money.cny(MONTHLY_FEE.amount().subtract(penalty).toPlainString()))));
            breaches.forEach(b -> events.add(new PenaltyDeducted(id, contractId, b.metricId(), b.period(), b.penalty())));
            events.add(new PaymentRecorded(id, contractId, "PAY-" + month, requested.plusDays(20),
                    Money.cny(MONTHLY_FEE.amount().subtract(penalty).toPlainString())));
        }
        return events.stream().map(e -> new HistoryEvent("Settlement", id, e)).toList();
    }

    /**
     * The evaluation of {@code quarter} (the {@code q}th of the contract) over its SLA measurements; a C or D adds
     * the contract's EVALUATION notice, and a second one in a row on a PIP contract its PIP.
     */
    List<HistoryEvent> evaluation(String contractId, String vendorId, int n, int q, EvaluationPeriod quarter,
                                  List<SlaComplianceLine> lines, int noticesSoFar) {
        String id = contractId + ":" + quarter.value();
        Grade grade = gradeOf(n, q);
        int score = switch (grade) {
            case A -> 92;
            case B -> 85;
            case C -> 70;
            case D -> 55;
        };
        Map<EvaluationDimension, Integer> scores = Arrays.stream(EvaluationDimension.values())
                .collect(Collectors.toMap(Function.identity(), d -> score, (a, b) -> a,
                        () -> new EnumMap<>(EvaluationDimension.class)));
        LocalDate ended = quarter.end();
        BigDecimal overall = BigDecimal.valueOf(score);
        BigDecimal adjustment = grade == Grade.A ? new BigDecimal("2") : BigDecimal.ZERO;
        List<HistoryEvent> events = new ArrayList<>(Stream.of(
                        new EvaluationPeriodOpened(id, contractId, vendorId, null, quarter.value(),
                                EvaluationCadence.QUARTERLY, ended.plusDays(10), POLICY, new BigDecimal("2"), lines),
                        new EvaluationScored(id, 1, scores, POLICY, overall, grade, "季度评估"),
                        new EvaluationCountersigned(id, 1, "人力复核"),
                        new EvaluationShared(id, 1, ended.plusDays(8)),
                        new EvaluationConfirmed(id, contractId, vendorId, quarter.value(), 1, overall, grade,
                                POLICY.version(), adjustment))
                .map(e -> new HistoryEvent("Evaluation", id, e)).toList());
        if (grade == Grade.A) {
            events.add(new HistoryEvent("Evaluation", id,
                    new BonusEligibilityRecorded(id, contractId, vendorId, quarter.value(), adjustment)));
        }
        if (!grade.belowStandard()) {
            return events;
        }
        events.add(new HistoryEvent("Evaluation", id,
                new PerformanceBelowStandard(id, contractId, vendorId, quarter.value(), grade)));
        LocalDate issuedOn = ended.plusDays(12).isAfter(today) ? today : ended.plusDays(12);
        String noticeId = contractId + "-rectification-e" + (noticesSoFar + 1);
        events.add(HistoryEvent.contract(contractId, new RectificationNoticeIssued(contractId, noticeId, null,
                List.of(quarter.value()), "Performance evaluation " + quarter.value() + " was graded " + grade
                + ", below standard", issuedOn, issuedOn.plusDays(30), true, null, 30,
                RectificationTrigger.EVALUATION, id, false, List.of())));
        if (n % PIP_EVERY == 0 && q == PIP_QUARTER) {
            String pipId = contractId + "-pip-1";
            String previous = contractId + ":" + quarter.previous().value();
            events.add(HistoryEvent.contract(contractId, new PipInitiated(contractId, pipId, List.of(previous, id),
                    List.of(contractId + "-rectification-e" + noticesSoFar, noticeId),
                    "Performance below standard in consecutive evaluation periods", issuedOn, issuedOn.plusDays(15),
                    15)));
            if (issuedOn.plusDays(15).isBefore(today)) {
                events.add(HistoryEvent.contract(contractId, new PipPlanRecorded(contractId, pipId, "人员流失",
                        List.of("补充人员", "加强培训"), List.of("一个月内到岗"))));
            }
            if (issuedOn.plusMonths(6).isBefore(today)) {
                events.add(HistoryEvent.contract(contractId, new PipConcluded(contractId, pipId, PipOutcome.SUCCEEDED,
                        "连续两个季度达标")));
            }
        }
        return events;
    }

    static final int PIP_QUARTER = 3;

    /** Mostly B, one in four A, one in nine C or D; PIP contracts are below standard in quarters 2 and 3. */
    static Grade gradeOf(int n, int q) {
        if (n % PIP_EVERY == 0 && (q == PIP_QUARTER - 1 || q == PIP_QUARTER)) {
            return q == PIP_QUARTER ? Grade.D : Grade.C;
        }
        int k = (n * 5 + q) % 36;
        return k % 9 == 0 ? (k == 0 ? Grade.D : Grade.C) : k % 4 == 1 ? Grade.A : Grade.B;
    }

    static SlaComplianceLine line(String metricId, String period, boolean met, Money penalty) {
        return new SlaComplianceLine(metricId, period, new BigDecimal(met ? "97" : "90"), new BigDecimal("95"),
                SlaDirection.AT_LEAST, met, !met, false, met ? null : penalty);
    }
}
