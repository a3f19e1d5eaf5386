package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.dashboard.DashboardQuery.OpenPip;
import com.outsourcingledger.api.dashboard.DashboardQuery.OpenPips;
import com.outsourcingledger.api.dashboard.DashboardQuery.PaidSettlements;
import com.outsourcingledger.api.dashboard.DashboardQuery.ProjectBudget;
import com.outsourcingledger.api.dashboard.DashboardQuery.WorkQueue;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The dashboard's evaluation and settlement work, its money figures and PIPs: small indexed reads, as the rest. */
final class WorkReads {

    private static final Map<String, Department> WORK_QUEUES = workQueueDepartments();

    private final JdbcClient jdbc;

    WorkReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every evaluation and settlement queue with the department it waits for, zero where nothing waits. */
    static List<WorkQueue> workQueues(Map<String, Map<String, Long>> counters) {
        List<WorkQueue> queues = new ArrayList<>();
        WORK_QUEUES.forEach((queue, department) -> queues.add(new WorkQueue(queue, department,
                DashboardReads.count(counters, "queue." + queue, department.name()))));
        return queues;
    }

    private static Map<String, Department> workQueueDepartments() {
        Map<String, Department> queues = new LinkedHashMap<>();
        queues.put(EvaluationChanges.SCORING, Department.BUSINESS);
        queues.put(EvaluationChanges.OVERDUE, Department.BUSINESS);
        queues.put(EvaluationChanges.COUNTERSIGN, Department.HR);
        queues.put(EvaluationChanges.SHARING, Department.BUSINESS);
        queues.put(SettlementChanges.CONFIRMATION, Department.BUSINESS);
        queues.put(SettlementChanges.COMPLIANCE, Department.HR);
        queues.put(SettlementChanges.HELD, Department.HR);
        queues.put(SettlementChanges.VERIFICATION, Department.FINANCE);
        queues.put(SettlementChanges.APPROVAL, Department.FINANCE);
        queues.put(SettlementChanges.PAYMENT, Department.FINANCE);
        return queues;
    }

    PaidSettlements paid(String month) {
        long count = jdbc.sql("SELECT COALESCE(SUM(items), 0) FROM dashboard_money WHERE figure = :figure"
                        + " AND item = :month")
                .param("figure", DashboardFigures.SETTLEMENTS_PAID).param("month", month).query(Long.class).single();
        return new PaidSettlements(month, count, money(DashboardFigures.SETTLEMENTS_PAID, month));
    }

    List<Money> money(String figure, String item) {
        return jdbc.sql("SELECT currency, amount FROM dashboard_money WHERE figure = :figure AND item = :item"
                        + " ORDER BY currency")
                .param("figure", figure).param("item", item)
                .query((rs, n) -> new Money(rs.getBigDecimal("amount").setScale(2, RoundingMode.HALF_UP),
                        rs.getString("currency")))
                .list();
    }

    long overduePips(LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) FROM dashboard_pip WHERE status = 'PLAN_DUE'"
                + " AND (plan_overdue = TRUE OR plan_due_on < :today)").param("today", today).query(Long.class).single();
    }

    OpenPips openPips(LocalDate today, boolean overdueOnly, int page, int size) {
        String where = " FROM dashboard_pip WHERE status <> 'CONCLUDED'" + (overdueOnly
                ? " AND status = 'PLAN_DUE' AND (plan_overdue = TRUE OR plan_due_on < :today)" : "");
        Map<String, Object> params = overdueOnly ? Map.of("today", today) : Map.of();
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        List<OpenPip> items = jdbc.sql("SELECT contract_id, vendor_id, pip_id, status, plan_due_on, plan_overdue" + where
                        + " ORDER BY plan_due_on, contract_id, pip_id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("plan_due_on", LocalDate.class);
                    boolean planDue = "PLAN_DUE".equals(rs.getString("status"));
                    return new OpenPip(rs.getString("contract_id"), rs.getString("vendor_id"), rs.getString("pip_id"),
                            due, !planDue, planDue && (rs.getBoolean("plan_overdue")
                            || (due != null && due.isBefore(today))));
                })
                .list();
        return new OpenPips(items, page, size, total);
    }

    /** Every project with a budget or a payment, with what was paid against its budget per currency. */
    List<ProjectBudget> projectBudgets() {
        Map<List<String>, BigDecimal[]> figures = new TreeMap<>(Comparator
                .comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        jdbc.sql("SELECT figure, item, currency, amount FROM dashboard_money WHERE figure IN (:figures)")
                .param("figures", List.of(DashboardFigures.PROJECT_BUDGET, DashboardFigures.PROJECT_PAID))
                .query(rs -> {
                    BigDecimal[] pair = figures.computeIfAbsent(List.of(rs.getString("item"), rs.getString("currency")),
                            k -> new BigDecimal[2]);
                    pair[DashboardFigures.PROJECT_BUDGET.equals(rs.getString("figure")) ? 0 : 1] = rs.getBigDecimal("amount");
                });
        Map<String, String> names = new HashMap<>();
        List<String> ids = figures.keySet().stream().map(k -> k.get(0)).distinct().toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("SELECT entity_id, name FROM dashboard_entity WHERE kind = 'PROJECT' AND entity_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(rs -> {
                        names.put(rs.getString("entity_id"), rs.getString("name"));
                    });
        }
        List<ProjectBudget> budgets = new ArrayList<>();
        figures.forEach((key, pair) -> {
            BigDecimal budget = pair[0];
            BigDecimal paid = pair[1] == null ? BigDecimal.ZERO.setScale(2) : pair[1].setScale(2, RoundingMode.HALF_UP);
            budgets.add(new ProjectBudget(key.get(0), names.get(key.get(0)),
                    budget == null ? null : new Money(budget.setScale(2, RoundingMode.HALF_UP), key.get(1)),
                    new Money(paid, key.get(1)), budget == null || budget.signum() == 0 ? null
                    : paid.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP)));
        });
        return budgets;
    }
}
