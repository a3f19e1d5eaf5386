package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.query.readmodel.TableStatistics;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityRow;
import com.outsourcingledger.query.dashboard.DashboardRows.NoticeRow;
import com.outsourcingledger.query.dashboard.DashboardRows.PipRow;
import com.outsourcingledger.query.dashboard.DashboardRows.SettlementRow;
import com.outsourcingledger.query.dashboard.DashboardRows.SlaRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * The incremental figures: what each row contributes to the counters, SLA months and vendor penalties. A batch
 * removes the stored rows' contributions and adds the changed rows', then writes only the differences.
 */
final class DashboardFigures {

    private static final int[] COUNTER_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR};
    private static final int[] KEY_TYPES_2 = {Types.VARCHAR, Types.VARCHAR};

    private final Map<List<String>, Long> counters = new HashMap<>();
    private final Map<List<String>, Totals> months = new HashMap<>();
    private final Map<List<String>, Totals> penalties = new HashMap<>();
    private final Map<List<String>, Totals> money = new HashMap<>();

    record Totals(long measurements, long breaches, BigDecimal penalty) {

        Totals plus(Totals other) {
            return new Totals(measurements + other.measurements, breaches + other.breaches, penalty.add(other.penalty));
        }

        boolean zero() {
            return measurements == 0 && breaches == 0 && penalty.signum() == 0;
        }
    }

    static final String RISKS = "risks";

    static String counterOf(String kind) {
        return kind.toLowerCase() + "s";
    }

    void entity(EntityRow row, int sign) {
        count(counterOf(row.kind()), row.status(), sign);
        for (String item : row.awaiting()) {
            int colon = item.indexOf(':');
            count("queue." + item.substring(0, colon), item.substring(colon + 1), sign);
        }
        row.risks().forEach(flag -> count(RISKS, flag.name(), sign));
        if (DashboardRows.PROJECT.equals(row.kind()) && row.amount() != null) {
            money(PROJECT_BUDGET, row.id(), row.currency(), row.amount(), 0, sign);
        }
    }

    static final String PENALTIES_DEDUCTED = "penalties.deducted";
    static final String SETTLEMENTS_PAID = "settlements.paid";
    static final String PROJECT_PAID = "projects.paid";
    static final String PROJECT_BUDGET = "projects.budget";

    void settlement(SettlementRow row, int sign) {
        money(PENALTIES_DEDUCTED, "", row.currency(), row.deducted(), 0, sign);
        if (row.paidMonth() != null) {
            money(SETTLEMENTS_PAID, row.paidMonth(), row.currency(), row.paid(), 1, sign);
            money(PROJECT_PAID, row.projectId() == null ? "" : row.projectId(), row.currency(), row.paid(), 1, sign);
        }
    }

    void pip(PipRow row, int sign) {
        if (row.open()) {
            count("pips", "open", sign);
        }
    }

    /** {@code items} counts the rows behind the amount where that means something (settlements paid). */
    private void money(String figure, String item, String currency, BigDecimal amount, long items, int sign) {
        money.merge(List.of(figure, item, currency), new Totals(sign * items, 0,
                sign > 0 ? amount : amount.negate()), Totals::plus);
    }

    void sla(SlaRow row, int sign) {
        long breach = row.met() ? 0 : sign;
        count("sla", "measurements", sign);
        count("sla", "breaches", breach);
        BigDecimal penalty = sign > 0 ? row.penalty() : row.penalty().negate();
        months.merge(List.of(row.vendorId(), row.metricId(), row.month(), row.currency()),
                new Totals(sign, breach, penalty), Totals::plus);
        penalties.merge(List.of(row.vendorId(), row.currency()), new Totals(0, breach, penalty), Totals::plus);
    }

    void notice(NoticeRow row, int sign) {
        if (row.open()) {
            count("rectifications", "open", sign);
        }
    }

    private void count(String counter, String item, long delta) {
        counters.merge(List.of(counter, item), delta, Long::sum);
    }

    void write(JdbcTemplate jdbc, TableStatistics statistics) {
        List<Object[]> counterDeltas = new ArrayList<>();
        counters.forEach((key, delta) -> {
            if (delta != 0) {
                counterDeltas.add(new Object[]{delta, key.get(0), key.get(1)});
            }
        });
        Set<List<String>> counterRows = new HashSet<>(jdbc.query("SELECT counter, item FROM dashboard_counter",
                (rs, n) -> List.of(rs.getString(1), rs.getString(2))));
        upsert(jdbc, "UPDATE dashboard_counter SET amount = amount + ? WHERE counter = ? AND item = ?", COUNTER_TYPES,
                "INSERT INTO dashboard_counter (amount, counter, item) VALUES (?, ?, ?)", counterDeltas, 1, counterRows,
                statistics);
        remove(jdbc, "DELETE FROM dashboard_counter WHERE counter = ? AND item = ? AND amount = 0", KEY_TYPES_2,
                counterDeltas.stream().filter(d -> (long) d[0] < 0).map(d -> new Object[]{d[1], d[2]}).toList());

        List<Object[]> monthDeltas = totals(months);
        Set<List<String>> monthRows = existing(jdbc, "SELECT vendor_id, metric_id, service_month, currency"
                + " FROM dashboard_sla_month WHERE vendor_id IN (:vendors) AND service_month IN (:months)", Map.of(
                "vendors", column(monthDeltas, 3), "months", column(monthDeltas, 5)), 4);
        upsert(jdbc, "UPDATE dashboard_sla_month SET measurements = measurements + ?, breaches = breaches + ?,"
                        + " penalty = penalty + ? WHERE vendor_id = ? AND metric_id = ? AND service_month = ? AND currency = ?",
                new int[]{Types.BIGINT, Types.BIGINT, Types.DECIMAL, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR},
                "INSERT INTO dashboard_sla_month (measurements, breaches, penalty, vendor_id, metric_id, service_month,"
                        + " currency) VALUES (?, ?, ?, ?, ?, ?, ?)", monthDeltas, 3, monthRows, statistics);
        remove(jdbc, "DELETE FROM dashboard_sla_month WHERE vendor_id = ? AND metric_id = ? AND service_month = ?"
                        + " AND currency = ? AND measurements = 0",
                new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR},
                monthDeltas.stream().filter(d -> (long) d[0] < 0).map(d -> new Object[]{d[3], d[4], d[5], d[6]}).toList());

        List<Object[]> penaltyDeltas = totals(penalties);
        Set<List<String>> penaltyRows = existing(jdbc, "SELECT vendor_id, currency FROM dashboard_penalty"
                + " WHERE vendor_id IN (:vendors)", Map.of("vendors", column(penaltyDeltas, 3)), 2);
        upsert(jdbc, "UPDATE dashboard_penalty SET breaches = breaches + ?, penalty = penalty + ?"
                        + " WHERE vendor_id = ? AND currency = ?",
                new int[]{Types.BIGINT, Types.DECIMAL, Types.VARCHAR, Types.VARCHAR},
                "INSERT INTO dashboard_penalty (breaches, penalty, vendor_id, currency) VALUES (?, ?, ?, ?)",
                penaltyDeltas.stream().map(d -> new Object[]{d[1], d[2], d[3], d[4]}).toList(), 2, penaltyRows,
                statistics);
        remove(jdbc, "DELETE FROM dashboard_penalty WHERE vendor_id = ? AND currency = ? AND breaches = 0"
                + " AND penalty = 0", KEY_TYPES_2, penaltyDeltas.stream()
                .filter(d -> (long) d[1] < 0 || ((BigDecimal) d[2]).signum() < 0)
                .map(d -> new Object[]{d[3], d[4]}).toList());
        writeMoney(jdbc, statistics);
        counters.clear();
        months.clear();
        penalties.clear();
        money.clear();
    }

    private void writeMoney(JdbcTemplate jdbc, TableStatistics statistics) {
        List<Object[]> deltas = totals(money).stream().map(d -> new Object[]{d[2], d[0], d[3], d[4], d[5]}).toList();
        Set<List<String>> rows = existing(jdbc, "SELECT figure, item, currency FROM dashboard_money"
                + " WHERE figure IN (:figures) AND item IN (:items)", Map.of("figures", column(deltas, 2),
                "items", column(deltas, 3)), 3);
        int[] types = {Types.DECIMAL, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};
        upsert(jdbc, "UPDATE dashboard_money SET amount = amount + ?, items = items + ? WHERE figure = ? AND item = ?"
                        + " AND currency = ?", types,
                "INSERT INTO dashboard_money (amount, items, figure, item, currency) VALUES (?, ?, ?, ?, ?)", deltas, 2,
                rows, statistics);
        remove(jdbc, "DELETE FROM dashboard_money WHERE figure = ? AND item = ? AND currency = ? AND amount = 0"
                        + " AND items = 0", new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR},
                deltas.stream().map(d -> new Object[]{d[2], d[3], d[4]}).toList());
    }

    private static List<Object[]> totals(Map<List<String>, Totals> deltas) {
        List<Object[]> rows = new ArrayList<>();
        deltas.forEach((key, totals) -> {
            if (!totals.zero()) {
                List<Object> row = new ArrayList<>(List.of(totals.measurements(), totals.breaches(), totals.penalty()));
                row.addAll(key);
                rows.add(row.toArray());
            }
        });
        return rows;
    }

    /**
     * Adds each delta to its row, creating the rows that do not exist yet; {@code stored} holds the keys (the
     * columns from {@code firstKey} on) of the rows that exist. Only a decrease can leave a row at zero.
     */
    private static void upsert(JdbcTemplate jdbc, String update, int[] types, String insert, List<Object[]> rows,
                               int firstKey, Set<List<String>> stored, TableStatistics statistics) {
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Object[] row : rows) {
            (stored.contains(key(row, firstKey)) ? updates : inserts).add(row);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate(update, updates, types);
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(insert, inserts, types);
            statistics.insertedBy(insert, inserts.size());
        }
    }

    private static List<String> key(Object[] row, int firstKey) {
        List<String> key = new ArrayList<>();
        for (int i = firstKey; i < row.length; i++) {
            key.add((String) row[i]);
        }
        return key;
    }

    private static List<String> column(List<Object[]> rows, int index) {
        return rows.stream().map(r -> (String) r[index]).distinct().toList();
    }

    private static Set<List<String>> existing(JdbcTemplate jdbc, String sql, Map<String, List<String>> params,
                                              int columns) {
        if (params.values().stream().anyMatch(List::isEmpty)) {
            return Set.of();
        }
        Set<List<String>> keys = new HashSet<>();
        new NamedParameterJdbcTemplate(jdbc).query(sql, params, rs -> {
            List<String> key = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                key.add(rs.getString(i));
            }
            keys.add(key);
        });
        return keys;
    }

    private static void remove(JdbcTemplate jdbc, String delete, int[] types, List<Object[]> keys) {
        if (!keys.isEmpty()) {
            jdbc.batchUpdate(delete, keys, types);
        }
    }
}
