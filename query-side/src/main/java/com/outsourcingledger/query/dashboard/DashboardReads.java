package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.dashboard.DashboardQuery.*;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.signal.ShamSignalStatus;
import com.outsourcingledger.api.worker.WorkerStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The dashboard's answers: each one reads a handful of small, indexed rows, never the history. */
final class DashboardReads {

    static final List<Integer> HORIZONS = List.of(30, 60, 90);
    private static final String RUNNING = "('SIGNED', 'ACTIVE', 'SUSPENDED')";
    private static final RowMapper<Ends> ENDS = (rs, n) -> new Ends(rs.getObject("ends", LocalDate.class), rs.getLong("n"));

    private final JdbcClient jdbc;
    private final WorkReads work;

    DashboardReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.work = new WorkReads(jdbc);
    }

    List<ProjectBudget> projectBudgets() {
        return work.projectBudgets();
    }

    OpenPips openPips(LocalDate today, boolean overdueOnly, int page, int size) {
        return work.openPips(today, overdueOnly, page, size);
    }

    private static final String CHECKS = DashboardFigures.counterOf(DashboardRows.COMPLIANCE_CHECK);

    Dashboard dashboard(LocalDate today) {
        Map<String, Map<String, Long>> counters = new HashMap<>();
        jdbc.sql("SELECT counter, item, amount FROM dashboard_counter").query(rs -> {
            counters.computeIfAbsent(rs.getString("counter"), c -> new HashMap<>())
                    .put(rs.getString("item"), rs.getLong("amount"));
        });
        List<ApprovalQueue> queues = new ArrayList<>();
        for (Department department : Department.values()) {
            long projects = count(counters, "queue." + ProjectChanges.QUEUE, department.name());
            long contracts = count(counters, "queue." + ContractChanges.CO_REVIEW, department.name())
                    + count(counters, "queue." + ContractChanges.AMENDMENT, department.name());
            queues.add(new ApprovalQueue(department, projects, contracts));
        }
        long measurements = count(counters, "sla", "measurements");
        long breaches = count(counters, "sla", "breaches");
        long overdue = jdbc.sql("SELECT COUNT(*) FROM dashboard_rectification WHERE status IN ('OPEN', 'PLAN_RECORDED')"
                + " AND due_on < :today").param("today", today).query(Long.class).single();
        return new Dashboard(today, count(counters, DashboardFigures.RISKS, RiskFlag.LIVE_ACCESS_AFTER_EXIT.name()),
                count(counters, DashboardFigures.counterOf(DashboardRows.SHAM_SIGNAL), ShamSignalStatus.OPEN.name()),
                count(counters, DashboardFigures.counterOf(DashboardRows.SHAM_RISK), ShamOutsourcingRisk.HIGH.name()),
                statuses(counters, DashboardFigures.counterOf(DashboardRows.VENDOR), VendorStatus.class),
                statuses(counters, DashboardFigures.counterOf(DashboardRows.PROJECT), ProjectStatus.class),
                statuses(counters, DashboardFigures.counterOf(DashboardRows.CONTRACT), ContractStatus.class),
                statuses(counters, DashboardFigures.counterOf(DashboardRows.WORKER), WorkerStatus.class),
                queues, expiring(today), new SlaTotals(measurements, breaches, percent(measurements, breaches)),
                penaltyTotals(), count(counters, "rectifications", "open"), overdue,
                statuses(counters, DashboardFigures.RISKS, RiskFlag.class), risks(null, Dashboard.RISKS_LISTED),
                work.workQueues(counters), statuses(counters, DashboardFigures.counterOf(DashboardRows.SETTLEMENT),
                        SettlementStep.class), work.paid(YearMonth.from(today).toString()),
                work.money(DashboardFigures.PENALTIES_DEDUCTED, ""), count(counters, "pips", "open"),
                work.overduePips(today), count(counters, CHECKS, ComplianceCheckChanges.WAITING)
                        + count(counters, CHECKS, ComplianceCheckChanges.OVERDUE),
                count(counters, CHECKS, ComplianceCheckChanges.OVERDUE));
    }

    /**
     * The workers, vendors and contracts carrying {@code flag} (any flag when null), by kind and id, at most
     * {@code limit}.
     */
    List<Risk> risks(RiskFlag flag, int limit) {
        return risks(flag, 0, limit).items();
    }

    Risks risks(RiskFlag flag, int page, int size) {
        String where = " FROM dashboard_entity WHERE at_risk = TRUE AND risk_flags LIKE :pattern";
        String pattern = flag == null ? "%,%" : flag.columnPattern();
        long total = jdbc.sql("SELECT COUNT(*)" + where).param("pattern", pattern).query(Long.class).single();
        List<Risk> items = jdbc.sql("SELECT kind, entity_id, name, vendor_id, risk_flags" + where
                        + " ORDER BY kind DESC, entity_id LIMIT :limit OFFSET :offset")
                .param("pattern", pattern)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new Risk(rs.getString("kind").toLowerCase(Locale.ROOT), rs.getString("entity_id"),
                        rs.getString("name"), rs.getString("vendor_id"), RiskFlag.ofColumn(rs.getString("risk_flags"))))
                .list();
        return new Risks(items, page, size, total);
    }

    /** Counts per end date (at most one row per day of the horizon), never a row per contract or qualification. */
    private List<ExpiryBucket> expiring(LocalDate today) {
        LocalDate horizon = today.plusDays(HORIZONS.getLast());
        Map<Integer, Long> contracts = buckets(jdbc.sql("SELECT term_end AS ends, COUNT(*) AS n FROM dashboard_entity"
                        + " WHERE kind = 'CONTRACT' AND term_end >= :today AND term_end <= :horizon AND status IN "
                        + RUNNING + " GROUP BY term_end")
                .param("today", today).param("horizon", horizon).query(ENDS).list(), today);
        Map<Integer, Long> qualifications = buckets(jdbc.sql("SELECT q.valid_until AS ends, COUNT(*) AS n"
                        + " FROM dashboard_qualification q"
                        + " JOIN dashboard_entity v ON v.kind = 'VENDOR' AND v.entity_id = q.vendor_id"
                        + " WHERE q.expired = FALSE AND q.valid_until >= :today AND q.valid_until <= :horizon"
                        + " AND v.status <> 'BLACKLISTED' GROUP BY q.valid_until")
                .param("today", today).param("horizon", horizon).query(ENDS).list(), today);
        return HORIZONS.stream()
                .map(days -> new ExpiryBucket(days, contracts.get(days), qualifications.get(days)))
                .toList();
    }

    private record Ends(LocalDate on, long count) {
    }

    private static Map<Integer, Long> buckets(List<Ends> ends, LocalDate today) {
        Map<Integer, Long> buckets = new HashMap<>();
        for (int days : HORIZONS) {
            buckets.put(days, ends.stream().filter(end -> ChronoUnit.DAYS.between(today, end.on()) <= days)
                    .mapToLong(Ends::count).sum());
        }
        return buckets;
    }

    List<SlaComplianceRow> sla(FindSlaCompliance query) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Map<String, Object> params = new HashMap<>();
        filter(conditions, params, "vendor_id = :vendor", "vendor", query.vendorId());
        filter(conditions, params, "metric_id = :metric", "metric", query.metricId());
        filter(conditions, params, "service_month >= :from", "from", query.fromMonth());
        filter(conditions, params, "service_month <= :to", "to", query.toMonth());
        return jdbc.sql("SELECT vendor_id, metric_id, service_month, currency, measurements, breaches, penalty"
                        + " FROM dashboard_sla_month WHERE " + String.join(" AND ", conditions)
                        + " ORDER BY vendor_id, metric_id, service_month, currency")
                .params(params)
                .query((rs, n) -> new SlaComplianceRow(rs.getString("vendor_id"), rs.getString("metric_id"),
                        rs.getString("service_month"), rs.getLong("measurements"), rs.getLong("breaches"),
                        percent(rs.getLong("measurements"), rs.getLong("breaches")),
                        new Money(rs.getBigDecimal("penalty").setScale(2, RoundingMode.HALF_UP), rs.getString("currency"))))
                .list();
    }

    List<ExpiringContract> expiringContracts(LocalDate today, int withinDays) {
        return jdbc.sql("SELECT entity_id, vendor_id, name, status, term_end FROM dashboard_entity"
                        + " WHERE kind = 'CONTRACT' AND term_end >= :today AND term_end <= :horizon AND status IN "
                        + RUNNING + " ORDER BY term_end, entity_id")
                .param("today", today).param("horizon", today.plusDays(withinDays))
                .query((rs, n) -> {
                    LocalDate end = rs.getObject("term_end", LocalDate.class);
                    return new ExpiringContract(rs.getString("entity_id"), rs.getString("vendor_id"),
                            rs.getString("name"), ContractStatus.valueOf(rs.getString("status")), end,
                            ChronoUnit.DAYS.between(today, end));
                })
                .list();
    }

    OpenRectifications openRectifications(LocalDate today, boolean overdueOnly, int page, int size) {
        String where = " FROM dashboard_rectification WHERE status IN ('OPEN', 'PLAN_RECORDED')"
                + (overdueOnly ? " AND due_on < :today" : "");
        Map<String, Object> params = overdueOnly ? Map.of("today", today) : Map.of();
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        List<OpenRectification> items = jdbc.sql("SELECT contract_id, vendor_id, notice_id, metric_id, status, due_on"
                        + where + " ORDER BY due_on, contract_id, notice_id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new OpenRectification(rs.getString("contract_id"), rs.getString("vendor_id"),
                            rs.getString("notice_id"), rs.getString("metric_id"), rs.getString("status"), due,
                            due != null && due.isBefore(today));
                })
                .list();
        return new OpenRectifications(items, page, size, total);
    }

    Penalties penalties() {
        List<VendorPenalties> byVendor = jdbc.sql("SELECT vendor_id, currency, breaches, penalty FROM dashboard_penalty"
                        + " ORDER BY penalty DESC, vendor_id, currency")
                .query((rs, n) -> new VendorPenalties(rs.getString("vendor_id"), rs.getLong("breaches"),
                        new Money(rs.getBigDecimal("penalty").setScale(2, RoundingMode.HALF_UP), rs.getString("currency"))))
                .list();
        Map<String, BigDecimal> totals = new java.util.TreeMap<>();
        byVendor.forEach(v -> totals.merge(v.penalties().currency(), v.penalties().amount(), BigDecimal::add));
        return new Penalties(totals.entrySet().stream().map(t -> new Money(t.getValue(), t.getKey())).toList(), byVendor);
    }

    private List<Money> penaltyTotals() {
        return jdbc.sql("SELECT currency, SUM(penalty) AS total FROM dashboard_penalty GROUP BY currency ORDER BY currency")
                .query((rs, n) -> new Money(rs.getBigDecimal("total").setScale(2, RoundingMode.HALF_UP),
                        rs.getString("currency")))
                .list();
    }

    private static BigDecimal percent(long measurements, long breaches) {
        return measurements == 0 ? null : BigDecimal.valueOf((measurements - breaches) * 100L)
                .divide(BigDecimal.valueOf(measurements), 1, RoundingMode.HALF_UP);
    }

    private static void filter(List<String> conditions, Map<String, Object> params, String condition, String name,
                               String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(condition);
            params.put(name, value);
        }
    }

    static long count(Map<String, Map<String, Long>> counters, String counter, String item) {
        return counters.getOrDefault(counter, Map.of()).getOrDefault(item, 0L);
    }

    /** Every value of {@code type}, counted under {@code counter}, zero where nothing is. */
    private static <E extends Enum<E>> Map<E, Long> statuses(Map<String, Map<String, Long>> counters, String counter,
                                                             Class<E> type) {
        Map<E, Long> statuses = new EnumMap<>(type);
        for (E status : type.getEnumConstants()) {
            statuses.put(status, 0L);
        }
        counters.getOrDefault(counter, Map.of()).forEach((status, n) -> statuses.put(Enum.valueOf(type, status), n));
        return statuses;
    }
}
