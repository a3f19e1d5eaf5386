package com.outsourcingledger.system.benchmark;

import com.outsourcingledger.api.contract.Clause;
import com.outsourcingledger.api.contract.ClauseCategory;
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
import com.outsourcingledger.api.evaluation.EvaluationCadence;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import com.outsourcingledger.api.evaluation.SlaComplianceLine;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One contract's history: co-review and signing, then months of three SLA metrics, one measurement in six
 * breached. One contract in {@code noticeEvery} (none when 0) belongs to a troubled service that gets a
 * rectification notice for every breach, answered with a plan and verified after a few months, the last
 * months' notices still open. Unless {@link #PROCESSES} is off, each month is settled and each quarter evaluated
 * ({@link ProcessHistory}), their events following the contract's for the month.
 */
final class ContractHistory {

    private static final List<String> METRICS = List.of("quality", "on-time", "response");

    /**
     * Whether contracts are evaluated and settled ({@link ProcessHistory}); {@code -Dbenchmark.processes=false}
     * leaves them out, for figures comparable with runs before evaluations and settlements existed.
     */
    static final boolean PROCESSES = Boolean.parseBoolean(System.getProperty("benchmark.processes", "true"));

    private final LocalDate today;
    private final int noticeEvery;
    private final ProcessHistory processes;

    ContractHistory(LocalDate today, int noticeEvery) {
        this.today = today;
        this.noticeEvery = noticeEvery;
        this.processes = new ProcessHistory(today);
    }

    /** The contract's events and, unless switched off, its evaluations' and settlements', in the order they happen. */
    List<HistoryEvent> history(String contractId, String vendorId, int n, int months) {
        return history(contractId, vendorId, n, months, METRICS, 6);
    }

    /** With the given metrics, a measurement in {@code breachEvery} breached. */
    List<HistoryEvent> history(String contractId, String vendorId, int n, int months, List<String> metrics,
                               int breachEvery) {
        LocalDate start = today.withDayOfMonth(1).minusMonths(months);
        List<HistoryEvent> events = new ArrayList<>(events(contractId, vendorId, n, months, metrics, breachEvery)
                .stream().map(e -> HistoryEvent.contract(contractId, e)).toList());
        if (!PROCESSES) {
            return events;
        }
        List<HistoryEvent> ordered = new ArrayList<>();
        List<SlaComplianceLine> quarterLines = new ArrayList<>();
        int q = 0;
        int notices = 0;
        int i = 0;
        for (; i < events.size() && !(events.get(i).payload() instanceof SlaMeasurementRecorded); i++) {
            ordered.add(events.get(i));
        }
        for (int m = 0; m < months; m++) {
            YearMonth month = YearMonth.from(start).plusMonths(m);
            List<ProcessHistory.Breach> breaches = new ArrayList<>();
            for (; i < events.size() && !(events.get(i).payload() instanceof SlaMeasurementRecorded r
                    && !r.period().equals(month.toString())); i++) {
                ordered.add(events.get(i));
                if (events.get(i).payload() instanceof SlaMeasurementRecorded r) {
                    quarterLines.add(ProcessHistory.line(r.metricId(), r.period(), r.met(), Money.cny("2000.00")));
                } else if (events.get(i).payload() instanceof SlaBreached b) {
                    breaches.add(new ProcessHistory.Breach(b.metricId(), b.period(), b.penalty()));
                }
            }
            ordered.addAll(processes.settlement(contractId, vendorId, month, breaches, m == months - 1));
            EvaluationPeriod quarter = EvaluationPeriod.containing(month.atDay(1), EvaluationCadence.QUARTERLY);
            if (quarter.end().equals(month.atEndOfMonth())) {
                List<HistoryEvent> evaluation = processes.evaluation(contractId, vendorId, n, q++, quarter,
                        List.copyOf(quarterLines), notices);
                notices += (int) evaluation.stream().filter(e -> e.payload() instanceof RectificationNoticeIssued).count();
                ordered.addAll(evaluation);
                quarterLines.clear();
            }
        }
        ordered.addAll(events.subList(i, events.size()));
        return ordered;
    }

    List<Object> events(String contractId, String vendorId, int n, int months) {
        return events(contractId, vendorId, n, months, METRICS, 6);
    }

    private List<Object> events(String contractId, String vendorId, int n, int months, List<String> metrics,
                                int breachEvery) {
        LocalDate start = today.withDayOfMonth(1).minusMonths(months);
        Term term = new Term(start, today.plusDays(n % 365));
        List<Object> events = new ArrayList<>(List.of(
                new ContractDrafted(contractId, null, vendorId, "外包服务合同 " + n, term, content())));
        for (String metric : metrics) {
            events.add(new SlaDefined(contractId, new SlaMetric(metric, metric, "%", new BigDecimal("95"),
                    SlaDirection.AT_LEAST, MeasurementPeriod.MONTHLY, "系统", "质检组", new BigDecimal("2"),
                    Money.cny("5000.00"))));
        }
        events.addAll(List.of(new NdaRecorded(contractId, "NDA-" + n, start),
                new ContractSubmittedForCoReview(contractId, 1)));
        for (Department reviewer : List.of(Department.LEGAL, Department.HR, Department.FINANCE, Department.BUSINESS)) {
            events.add(new CoReviewOpinionRecorded(contractId, reviewer, ReviewOpinion.APPROVE, "同意"));
        }
        events.addAll(List.of(new ContractApproved(contractId, 1), new ContractSigned(contractId, start, 1),
                new ContractActivated(contractId, start, start.plusMonths(6), 6)));
        for (int m = 0; m < months; m++) {
            YearMonth month = YearMonth.from(start).plusMonths(m);
            String period = month.toString();
            for (int k = 0; k < metrics.size(); k++) {
                boolean met = (n + m + k) % breachEvery != 0;
                events.add(new SlaMeasurementRecorded(contractId, metrics.get(k), period,
                        new BigDecimal(met ? "97" : "90"), new BigDecimal("95"), SlaDirection.AT_LEAST, met));
                if (!met) {
                    events.add(new SlaBreached(contractId, metrics.get(k), period, new BigDecimal("95"),
                            new BigDecimal("90"), new BigDecimal("5"), Money.cny("100000.00"), new BigDecimal("2"),
                            Money.cny("5000.00"), Money.cny("2000.00")));
                    if (noticeEvery > 0 && n % noticeEvery == 0) {
                        events.addAll(rectification(contractId, metrics.get(k), month, months - m));
                    }
                }
            }
        }
        return events;
    }

    /** A notice early in the month after the breach, due in 30 days; verified once {@code monthsAgo} exceeds 3. */
    private List<Object> rectification(String contractId, String metric, YearMonth period, int monthsAgo) {
        String noticeId = "RN-" + period + "-" + metric;
        LocalDate issuedOn = period.plusMonths(1).atDay(5);
        issuedOn = issuedOn.isAfter(today) ? today : issuedOn;
        List<Object> events = new ArrayList<>(List.of(new RectificationNoticeIssued(contractId, noticeId, metric,
                List.of(period.toString()), "服务水平未达标", issuedOn, issuedOn.plusDays(30), false, null, null, null, null, null, null)));
        if (monthsAgo > 1) {
            events.add(new RectificationPlanRecorded(contractId, noticeId, "增派质检人员，周报跟踪"));
        }
        if (monthsAgo > 3) {
            events.add(new RectificationVerified(contractId, noticeId, "整改到位"));
        }
        return events;
    }

    private static ContractContent content() {
        return new ContractContent(new Party("上海示例科技有限公司", null, null, null, null),
                new Party("基准外包服务有限公司", null, null, null, null), "客服外包", List.of("热线"), null,
                FeeModel.FIXED_PRICE, Money.cny("1200000.00"), PaymentMethod.BANK_TRANSFER, SettlementCycle.MONTHLY,
                Arrays.stream(ClauseCategory.values()).map(c -> new Clause(c, "条款")).toList(), 60);
    }
}
