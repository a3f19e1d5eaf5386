package com.outsourcingledger.query.lineage;

import com.outsourcingledger.api.lineage.LineageQuery.*;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.query.lineage.LineageRows.BreachRow;
import com.outsourcingledger.query.lineage.LineageRows.DecisionRow;
import com.outsourcingledger.query.lineage.LineageRows.DeductionRow;
import com.outsourcingledger.query.lineage.LineageRows.SettlementRow;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lineage answers, read with a few indexed queries each: the breach or settlement rows, the rows they link
 * to, and the global positions of every event named, by id, from the audit index in one query.
 */
final class LineageReads {

    private static final String SETTLEMENT_COLUMNS = "s.settlement_id, s.contract_id, s.project_id, s.period,"
            + " s.final_settlement, s.step, s.requested_event_id, s.requested_sequence, s.approved_amount,"
            + " s.currency, s.approved_event_id, s.approved_sequence, s.payment_reference, s.paid_on, s.paid_amount,"
            + " s.paid_event_id, s.paid_sequence";

    private static final String DEDUCTIONS = "SELECT d.settlement_id AS d_settlement, d.metric_id AS d_metric,"
            + " d.period AS d_period, d.penalty AS d_penalty, d.currency AS d_currency, d.event_id AS d_event,"
            + " d.event_type AS d_type, d.sequence_number AS d_sequence, " + SETTLEMENT_COLUMNS
            + " FROM lineage_deduction d JOIN lineage_settlement s ON s.settlement_id = d.settlement_id";

    /** Joins the settlement's deductions {@code sd} to the rows of the same breaches in table alias {@code %s}. */
    private static final String SAME_BREACH = " JOIN lineage_deduction sd ON sd.contract_id = %1$s.contract_id"
            + " AND sd.metric_id = %1$s.metric_id AND sd.period = %1$s.period";

    private final JdbcClient jdbc;

    LineageReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BreachLineage> breach(String contractId, String metricId, String period) {
        Optional<BreachRow> breach = jdbc.sql("SELECT contract_id, metric_id, period, withdrawn, penalty, currency,"
                        + " event_id, sequence_number FROM lineage_breach"
                        + " WHERE contract_id = ? AND metric_id = ? AND period = ?")
                .params(contractId, metricId, period).query(LineageReads::breachRow).optional();
        if (breach.isEmpty()) {
            return Optional.empty();
        }
        List<DecisionRow> decisions = jdbc.sql("SELECT * FROM lineage_decision WHERE contract_id = ?"
                        + " AND metric_id = ? AND period = ? ORDER BY sequence_number")
                .params(contractId, metricId, period).query(LineageReads::decisionRow).list();
        List<DeductionRow> deductions = jdbc.sql(DEDUCTIONS
                        + " WHERE d.contract_id = ? AND d.metric_id = ? AND d.period = ? ORDER BY d.sequence_number")
                .params(contractId, metricId, period).query(LineageReads::deductionRow).list();
        Positions positions = new Positions(jdbc);
        decisions.forEach(d -> positions.want(d.eventId()));
        deductions.forEach(d -> {
            positions.want(d.eventId());
            d.settlement().eventIds().forEach(positions::want);
        });
        positions.load();
        BreachRow row = breach.get();
        return Optional.of(new BreachLineage(contractId, metricId, period, state(row, deductions), row.penalty(),
                decisions.stream().map(d -> d.decision(positions)).toList(),
                deductions.stream().map(d -> new Deduction(d.settlement().settlementId(), d.penalty(),
                        positions.link(d.eventId(), d.eventType(), d.settlement().settlementId(), d.sequence()),
                        d.settlement().link(positions))).toList()));
    }

    Optional<SettlementLineage> settlement(String settlementId) {
        Optional<SettlementRow> settlement = jdbc.sql("SELECT " + SETTLEMENT_COLUMNS
                        + " FROM lineage_settlement s WHERE s.settlement_id = ?")
                .param(settlementId).query((rs, n) -> settlementRow(rs)).optional();
        if (settlement.isEmpty()) {
            return Optional.empty();
        }
        SettlementRow s = settlement.get();
        List<DeductionRow> deductions = jdbc.sql(DEDUCTIONS + " WHERE d.settlement_id = ? ORDER BY d.metric_id, d.period")
                .param(settlementId).query(LineageReads::deductionRow).list();
        Map<List<String>, BreachRow> breaches = new HashMap<>();
        Map<List<String>, List<DecisionRow>> decisions = new HashMap<>();
        Map<List<String>, List<DeductionRow>> allDeductions = new HashMap<>();
        if (!deductions.isEmpty()) {
            jdbc.sql("SELECT b.* FROM lineage_breach b" + SAME_BREACH.formatted("b") + " WHERE sd.settlement_id = ?")
                    .param(settlementId).query(LineageReads::breachRow).list()
                    .forEach(b -> breaches.put(List.of(b.metricId(), b.period()), b));
            jdbc.sql("SELECT x.* FROM lineage_decision x" + SAME_BREACH.formatted("x") + " WHERE sd.settlement_id = ?"
                            + " ORDER BY x.sequence_number")
                    .param(settlementId).query(LineageReads::decisionRow).list()
                    .forEach(d -> decisions.computeIfAbsent(List.of(d.metricId(), d.period()), k -> new ArrayList<>())
                            .add(d));
            jdbc.sql(DEDUCTIONS + SAME_BREACH.formatted("d") + " WHERE sd.settlement_id = ?")
                    .param(settlementId).query(LineageReads::deductionRow).list()
                    .forEach(d -> allDeductions.computeIfAbsent(d.breach(), k -> new ArrayList<>()).add(d));
        }
        Positions positions = new Positions(jdbc);
        s.eventIds().forEach(positions::want);
        deductions.forEach(d -> {
            positions.want(d.eventId());
            decisions.getOrDefault(d.breach(), List.of()).forEach(x -> positions.want(x.eventId()));
        });
        positions.load();
        return Optional.of(new SettlementLineage(s.link(positions), deductions.stream()
                .map(d -> new DeductedBreach(d.metricId(), d.period(), d.penalty(),
                        positions.link(d.eventId(), d.eventType(), settlementId, d.sequence()),
                        breaches.containsKey(d.breach())
                                ? state(breaches.get(d.breach()), allDeductions.getOrDefault(d.breach(), List.of()))
                                : DeductionState.STANDING,
                        decisions.getOrDefault(d.breach(), List.of()).stream().map(x -> x.decision(positions)).toList()))
                .toList()));
    }

    Optional<ContractLineage> contract(String contractId) {
        Map<List<String>, BreachState> items = new LinkedHashMap<>();
        List<Object[]> rows = jdbc.sql("SELECT b.metric_id, b.period, b.withdrawn, b.penalty, b.currency, b.event_id,"
                        + " b.sequence_number, d.settlement_id, s.step, a.global_position FROM lineage_breach b"
                        + " LEFT JOIN lineage_deduction d ON d.contract_id = b.contract_id AND d.metric_id = b.metric_id"
                        + " AND d.period = b.period"
                        + " LEFT JOIN lineage_settlement s ON s.settlement_id = d.settlement_id"
                        + " LEFT JOIN audit_event a ON a.event_id = b.event_id"
                        + " WHERE b.contract_id = ? ORDER BY b.metric_id, b.period")
                .param(contractId)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        new Money(rs.getBigDecimal(4), rs.getString(5)), rs.getString(6), rs.getLong(7),
                        rs.getString(8), rs.getString(9), rs.getObject(10, Long.class)})
                .list();
        if (rows.isEmpty() && jdbc.sql("SELECT COUNT(*) FROM lineage_contract WHERE contract_id = ?")
                .param(contractId).query(Long.class).single() == 0) {
            return Optional.empty();
        }
        for (Object[] r : rows) {
            DeductionState state = (boolean) r[2] ? DeductionState.WITHDRAWN : stateOf((String) r[7]);
            BreachState item = new BreachState((String) r[0], (String) r[1], state, (Money) r[3],
                    state == DeductionState.STANDING ? null : (String) r[6],
                    new EventLink((String) r[4], (Long) r[8], (boolean) r[2] ? "SlaBreachWithdrawn" : "SlaBreached",
                            contractId, (long) r[5]));
            items.merge(List.of(item.metricId(), item.period()), item,
                    (a, b) -> b.state().compareTo(a.state()) > 0 ? b : a);
        }
        return Optional.of(new ContractLineage(contractId, List.copyOf(items.values())));
    }

    /** A deduction counts while its settlement stands approved or paid; a returned one deducts nothing yet. */
    private static DeductionState stateOf(String settlementStep) {
        if ("PAID".equals(settlementStep)) {
            return DeductionState.PAID;
        }
        return "APPROVED".equals(settlementStep) ? DeductionState.DEDUCTED : DeductionState.STANDING;
    }

    private static DeductionState state(BreachRow breach, List<DeductionRow> deductions) {
        if (breach.withdrawn()) {
            return DeductionState.WITHDRAWN;
        }
        return deductions.stream().map(d -> stateOf(d.settlement().step()))
                .max(Comparator.naturalOrder()).orElse(DeductionState.STANDING);
    }

    private static BreachRow breachRow(ResultSet rs, int n) throws SQLException {
        return new BreachRow(rs.getString("metric_id"), rs.getString("period"), rs.getBoolean("withdrawn"),
                new Money(rs.getBigDecimal("penalty"), rs.getString("currency")));
    }

    private static DecisionRow decisionRow(ResultSet rs, int n) throws SQLException {
        return new DecisionRow(rs.getString("contract_id"), rs.getLong("sequence_number"), rs.getString("metric_id"),
                rs.getString("period"), rs.getString("decision"), rs.getBigDecimal("penalty") == null ? null
                : new Money(rs.getBigDecimal("penalty"), rs.getString("currency")), rs.getString("reason"),
                rs.getString("event_id"), rs.getString("event_type"));
    }

    private static DeductionRow deductionRow(ResultSet rs, int n) throws SQLException {
        return new DeductionRow(rs.getString("d_metric"), rs.getString("d_period"),
                new Money(rs.getBigDecimal("d_penalty"), rs.getString("d_currency")), rs.getString("d_event"),
                rs.getString("d_type"), rs.getLong("d_sequence"), settlementRow(rs));
    }

    private static SettlementRow settlementRow(ResultSet rs) throws SQLException {
        return new SettlementRow(rs.getString("settlement_id"), rs.getString("contract_id"),
                rs.getString("project_id"), rs.getString("period"), rs.getBoolean("final_settlement"),
                rs.getString("step"), rs.getBigDecimal("approved_amount") == null ? null
                : new Money(rs.getBigDecimal("approved_amount"), rs.getString("currency")),
                rs.getString("requested_event_id"), rs.getLong("requested_sequence"),
                rs.getString("approved_event_id"), rs.getLong("approved_sequence"),
                rs.getString("payment_reference"), rs.getObject("paid_on", LocalDate.class),
                rs.getBigDecimal("paid_amount") == null ? null
                        : new Money(rs.getBigDecimal("paid_amount"), rs.getString("currency")),
                rs.getString("paid_event_id"), rs.getLong("paid_sequence"));
    }
}
