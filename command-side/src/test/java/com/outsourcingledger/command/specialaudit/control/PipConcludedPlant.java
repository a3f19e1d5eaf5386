package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.PipOutcome;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.evaluation.EvaluationCadence;
import com.outsourcingledger.api.evaluation.EvaluationDimension;
import com.outsourcingledger.api.evaluation.EvaluationEvent.*;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import com.outsourcingledger.api.evaluation.EvaluationPolicy;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.api.specialaudit.AuditControl;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.command.specialaudit.control.PlantDays.at;

/**
 * A contract in service graded C in two consecutive quarters before the period: each confirmed evaluation has the
 * contract issue an EVALUATION rectification notice, the second opens a PIP, the vendor records its plan and
 * BUSINESS its progress; the next quarter's evaluation, graded B, is confirmed on the deciding day, ending the
 * PIP's term, and BUSINESS concludes it SUCCEEDED that afternoon. On another contract the same PIP stays open.
 */
final class PipConcludedPlant implements ControlPlant {

    private static final String OPEN = "cb-pip-contract-open";

    @Override
    public AuditControl control() {
        return AuditControl.PIP_CONCLUDED;
    }

    @Override
    public List<AuditedEvent> clean(AuditPeriod period) {
        return history("cb-pip-contract-concluded", period, true);
    }

    @Override
    public List<AuditedEvent> violation(AuditPeriod period) {
        return history(OPEN, period, false);
    }

    @Override
    public String violatingSubjectId() {
        return OPEN;
    }

    private static List<AuditedEvent> history(String contractId, AuditPeriod period, boolean concluded) {
        LocalDate day = PlantDays.decidingDay(period);
        EvaluationPeriod third = EvaluationPeriod.containing(day.minusDays(6), EvaluationCadence.QUARTERLY).previous();
        EvaluationPeriod second = third.previous();
        EvaluationPeriod first = second.previous();
        PlantedHistory contract = ServiceContract.signed(contractId, period);
        List<AuditedEvent> events = new ArrayList<>();
        PlantedHistory firstEvaluation = evaluated(contractId, first, period, 62, Grade.C);
        notice(contract, contractId, first, firstEvaluation, period, 1);
        plan(contract, contractId, 1, Duration.ofDays(5));
        PlantedHistory secondEvaluation = evaluated(contractId, second, period, 65, Grade.C);
        notice(contract, contractId, second, secondEvaluation, period, 2);
        String pipId = contractId + "-pip-1";
        LocalDate initiatedOn = secondEvaluation.events().getLast().timestamp().atZone(period.zone()).toLocalDate();
        contract.event(new PipInitiated(contractId, pipId, List.of(idOf(contractId, first), idOf(contractId, second)),
                        List.of(), "Performance below standard in consecutive evaluation periods [" + first + ", "
                        + second + "]", initiatedOn, initiatedOn.plusDays(15), 15));
        plan(contract, contractId, 2, Duration.ofDays(3));
        contract.after(Duration.ofDays(7))
                .event(new PipPlanRecorded(contractId, pipId, "驻场人员流动大、质检标准未落实",
                        List.of("补充两名质检人员", "每周质量复盘"), List.of("一个月内人员到岗", "下季度评估达到B")))
                .by("BUSINESS", "business-1").after(Duration.ofDays(30))
                .event(new PipProgressRecorded(contractId, pipId, "人员已到岗，质检合格率回升至95%"));
        PlantedHistory thirdEvaluation = evaluated(contractId, third, period, 85, Grade.B);
        thirdEvaluation.at(at(period, day, 10, 0)).event(confirmed(contractId, third, 85, Grade.B));
        if (concluded) {
            contract.by("BUSINESS", "business-2").at(at(period, day, 15, 0))
                    .event(new PipConcluded(contractId, pipId, PipOutcome.SUCCEEDED, "评估 " + third + " 等级 B"));
        }
        events.addAll(contract.events());
        events.addAll(firstEvaluation.events());
        events.addAll(secondEvaluation.events());
        events.addAll(thirdEvaluation.events());
        return PlantDays.inStoreOrder(events);
    }

    private static String idOf(String contractId, EvaluationPeriod period) {
        return contractId + ":" + period;
    }

    /** Opened by its deadline the day after the quarter, scored by BUSINESS, countersigned by HR and shared. */
    private static PlantedHistory evaluated(String contractId, EvaluationPeriod quarter, AuditPeriod period,
                                            int score, Grade grade) {
        String id = idOf(contractId, quarter);
        EvaluationPolicy policy = EvaluationPolicy.standard();
        LocalDate opened = quarter.end().plusDays(1);
        Map<EvaluationDimension, Integer> scores = new EnumMap<>(EvaluationDimension.class);
        policy.weights().keySet().forEach(d -> scores.put(d, score));
        PlantedHistory evaluation = PlantedHistory.of("Evaluation", id, at(period, opened, 0, 5)).by(null, null)
                .event(new EvaluationPeriodOpened(id, contractId, ServiceContract.vendorOf(contractId),
                        contractId + "-project", quarter.value(), EvaluationCadence.QUARTERLY, quarter.end()
                        .plusDays(policy.scoringDueDays()), policy, BigDecimal.ZERO, List.of()))
                .by("BUSINESS", "business-1").after(Duration.ofDays(3))
                .event(new EvaluationScored(id, 1, Map.copyOf(scores), policy, new BigDecimal(score), grade, "按季度评估"))
                .by("HR", "hr-1").after(Duration.ofDays(1)).event(new EvaluationCountersigned(id, 1, "已复核"))
                .by("BUSINESS", "business-1").after(Duration.ofHours(1))
                .event(new EvaluationShared(id, 1, opened.plusDays(4)))
                .by(null, "vendor-user-1");
        if (grade == Grade.C) {
            evaluation.after(Duration.ofDays(1)).event(confirmed(contractId, quarter, score, grade))
                    .event(new PerformanceBelowStandard(id, contractId, ServiceContract.vendorOf(contractId),
                            quarter.value(), grade));
        }
        return evaluation;
    }

    private static EvaluationConfirmed confirmed(String contractId, EvaluationPeriod quarter, int score, Grade grade) {
        return new EvaluationConfirmed(idOf(contractId, quarter), contractId, ServiceContract.vendorOf(contractId),
                quarter.value(), 1, new BigDecimal(score), grade, EvaluationPolicy.DEFAULT_VERSION, BigDecimal.ZERO);
    }

    /** The contract's notice for the below-standard evaluation, in the step its confirmation caused. */
    private static void notice(PlantedHistory contract, String contractId, EvaluationPeriod quarter,
                               PlantedHistory evaluation, AuditPeriod period, int n) {
        LocalDate issuedOn = evaluation.events().getLast().timestamp().atZone(period.zone()).toLocalDate();
        contract.by(null, "vendor-user-1").at(evaluation.events().getLast().timestamp().plusSeconds(1))
                .event(new RectificationNoticeIssued(contractId, noticeId(contractId, n), null,
                        List.of(quarter.value()), "Performance evaluation " + quarter + " was graded C, below standard",
                        issuedOn, issuedOn.plusDays(30), true, null, 30, RectificationTrigger.EVALUATION,
                        idOf(contractId, quarter), false, List.of()));
    }

    private static String noticeId(String contractId, int n) {
        return contractId + "-rectification-" + n;
    }

    private static void plan(PlantedHistory contract, String contractId, int n, Duration later) {
        contract.by(null, "vendor-user-1").after(later)
                .event(new RectificationPlanRecorded(contractId, noticeId(contractId, n), "增加质检频次，问题单当日闭环"));
    }
}
