package com.outsourcingledger.query.lineage;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.SlaBreachWithdrawn;
import com.outsourcingledger.api.contract.ContractEvent.SlaBreached;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.query.readmodel.BatchScope;
import com.outsourcingledger.query.readmodel.ChangeSet;
import com.outsourcingledger.query.readmodel.TableStatistics;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The lineage rows one batch of events touches, held in memory: the contracts, breaches and settlements of every
 * aggregate in the batch are read with one query per table when the first of them is needed, and the changes are
 * written once, with JDBC batches, before the batch's transaction commits.
 */
final class LineageBatch {

    private static final int IN_LIST = 1000;

    record BreachKey(String contractId, String metricId, String period) {
    }

    record Breach(BreachKey key, boolean withdrawn, BigDecimal penalty, String currency, String eventId,
                  long sequence) {
    }

    record Settlement(String settlementId, String contractId, String projectId, String period, boolean finalSettlement,
                      String step, String requestedEventId, long requestedSequence, BigDecimal approvedAmount,
                      String currency, String approvedEventId, Long approvedSequence, String paymentReference,
                      LocalDate paidOn, BigDecimal paidAmount, String paidEventId, Long paidSequence, long sequence) {

        Settlement step(String to) {
            return new Settlement(settlementId, contractId, projectId, period, finalSettlement, to, requestedEventId,
                    requestedSequence, approvedAmount, currency, approvedEventId, approvedSequence, paymentReference,
                    paidOn, paidAmount, paidEventId, paidSequence, sequence);
        }

        Settlement approved(BigDecimal amount, String currency, String eventId, long seq) {
            return new Settlement(settlementId, contractId, projectId, period, finalSettlement, step, requestedEventId,
                    requestedSequence, amount, currency, eventId, seq, paymentReference, paidOn, paidAmount,
                    paidEventId, paidSequence, sequence);
        }

        Settlement paid(String reference, LocalDate on, BigDecimal amount, String paidCurrency, String eventId,
                        long seq) {
            return new Settlement(settlementId, contractId, projectId, period, finalSettlement, step, requestedEventId,
                    requestedSequence, approvedAmount, currency == null ? paidCurrency : currency, approvedEventId,
                    approvedSequence, reference, on, amount, eventId, seq, sequence);
        }

        Settlement at(long seq) {
            return new Settlement(settlementId, contractId, projectId, period, finalSettlement, step, requestedEventId,
                    requestedSequence, approvedAmount, currency, approvedEventId, approvedSequence, paymentReference,
                    paidOn, paidAmount, paidEventId, paidSequence, seq);
        }
    }

    record Deduction(String settlementId, String metricId, String period, String contractId, BigDecimal penalty,
                     String currency, String eventId, String eventType, long sequence) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TableStatistics statistics;
    private final Collection<String> upcomingContracts;
    private final Collection<BreachKey> upcomingBreaches;
    private final Collection<String> upcomingSettlements;

    private final Set<String> fetchedContracts = new HashSet<>();
    private final Set<BreachKey> fetchedBreaches = new HashSet<>();
    private final Set<String> fetchedSettlements = new HashSet<>();

    private final Set<String> knownContracts = new HashSet<>();
    private final Set<String> newContracts = new LinkedHashSet<>();
    private final Map<String, Long> lastDecision = new HashMap<>();
    private final List<Object[]> decisions = new ArrayList<>();
    final ChangeSet<BreachKey, Breach> breaches = new ChangeSet<>();
    final ChangeSet<String, Settlement> settlements = new ChangeSet<>();
    /** Settlements whose stored deductions an approval replaced, and single deductions a PenaltyDeducted replaced. */
    private final Set<String> replacedDeductions = new LinkedHashSet<>();
    private final Set<List<String>> replacedDeduction = new LinkedHashSet<>();
    private final Map<List<String>, Deduction> deductions = new LinkedHashMap<>();

    LineageBatch(JdbcClient jdbc, JdbcTemplate template, TableStatistics statistics, Collection<String> contracts,
                 Collection<BreachKey> breaches, Collection<String> settlements) {
        this.jdbc = jdbc;
        this.template = template;
        this.statistics = statistics;
        this.upcomingContracts = contracts;
        this.upcomingBreaches = breaches;
        this.upcomingSettlements = settlements;
    }

    /** The batch of a tracking processor's unit of work, its aggregates and breaches named up front. */
    static LineageBatch of(JdbcClient jdbc, JdbcTemplate template, TableStatistics statistics, UnitOfWork<?> root) {
        return new LineageBatch(jdbc, template, statistics, BatchScope.aggregates(root, ContractEvent.class),
                breachesOf(root), BatchScope.aggregates(root, SettlementEvent.class));
    }

    /** The breaches the batch's breach decisions name; these payloads are read by the handler anyway. */
    private static List<BreachKey> breachesOf(UnitOfWork<?> root) {
        if (!(root instanceof BatchingUnitOfWork<?> batching)) {
            return List.of();
        }
        return batching.getMessages().stream()
                .filter(m -> SlaBreached.class.equals(m.getPayloadType())
                        || SlaBreachWithdrawn.class.equals(m.getPayloadType()))
                .map(m -> switch (m.getPayload()) {
                    case SlaBreached e -> new BreachKey(e.contractId(), e.metricId(), e.period());
                    case SlaBreachWithdrawn e -> new BreachKey(e.contractId(), e.metricId(), e.period());
                    default -> null;
                })
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    void contractDrafted(String contractId) {
        fetchContract(contractId);
        if (knownContracts.add(contractId)) {
            newContracts.add(contractId);
        }
    }

    /** Whether the contract's breach decisions already hold this sequence (a replayed event). */
    boolean decided(String contractId, long seq) {
        fetchContract(contractId);
        Long last = lastDecision.get(contractId);
        return last != null && seq <= last;
    }

    void decision(String contractId, long seq, String metricId, String period, boolean withdrawn, BigDecimal penalty,
                  String currency, String reason, String eventId, String eventType) {
        lastDecision.put(contractId, seq);
        decisions.add(new Object[]{contractId, seq, metricId, period, withdrawn ? "WITHDRAWN" : "BREACHED", penalty,
                currency, reason, eventId, eventType});
        BreachKey key = new BreachKey(contractId, metricId, period);
        fetchBreach(key);
        Breach stored = breaches.get(key).orElse(null);
        if (stored != null && stored.sequence() < seq) {
            breaches.put(key, new Breach(key, withdrawn, withdrawn ? stored.penalty() : penalty,
                    withdrawn ? stored.currency() : currency, eventId, seq));
        } else if (stored == null && !withdrawn) {
            breaches.put(key, new Breach(key, false, penalty, currency, eventId, seq));
        }
    }

    Settlement settlement(String settlementId) {
        fetchSettlement(settlementId);
        return settlements.get(settlementId).orElse(null);
    }

    void settlement(Settlement settlement) {
        settlements.put(settlement.settlementId(), settlement);
    }

    /** An approval's deductions replace every deduction the settlement had. */
    void replaceDeductions(String settlementId, List<Deduction> approved) {
        replacedDeductions.add(settlementId);
        deductions.keySet().removeIf(key -> key.getFirst().equals(settlementId));
        approved.forEach(this::deduct);
    }

    /** A PenaltyDeducted event replaces the deduction of its one breach. */
    void replaceDeduction(Deduction deduction) {
        List<String> key = List.of(deduction.settlementId(), deduction.metricId(), deduction.period());
        if (!replacedDeductions.contains(deduction.settlementId())) {
            replacedDeduction.add(key);
        }
        deduct(deduction);
    }

    private void deduct(Deduction deduction) {
        deductions.put(List.of(deduction.settlementId(), deduction.metricId(), deduction.period()), deduction);
    }

    void flush() {
        if (!newContracts.isEmpty()) {
            template.batchUpdate("INSERT INTO lineage_contract (contract_id) VALUES (?)",
                    newContracts.stream().map(id -> new Object[]{id}).toList(), new int[]{Types.VARCHAR});
            statistics.inserted("lineage_contract", newContracts.size());
        }
        if (!decisions.isEmpty()) {
            template.batchUpdate("INSERT INTO lineage_decision (contract_id, sequence_number, metric_id, period,"
                            + " decision, penalty, currency, reason, event_id, event_type)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", decisions,
                    new int[]{Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DECIMAL,
                            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
            statistics.inserted("lineage_decision", decisions.size());
        }
        write(breaches, "INSERT INTO lineage_breach (withdrawn, penalty, currency, event_id, sequence_number,"
                        + " contract_id, metric_id, period) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                "UPDATE lineage_breach SET withdrawn = ?, penalty = ?, currency = ?, event_id = ?, sequence_number = ?"
                        + " WHERE contract_id = ? AND metric_id = ? AND period = ?",
                "lineage_breach",
                new int[]{Types.BOOLEAN, Types.DECIMAL, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR},
                row -> new Object[]{row.withdrawn(), row.penalty(), row.currency(), row.eventId(), row.sequence(),
                        row.key().contractId(), row.key().metricId(), row.key().period()});
        write(settlements, "INSERT INTO lineage_settlement (contract_id, project_id, period, final_settlement, step,"
                        + " requested_event_id, requested_sequence, approved_amount, currency, approved_event_id,"
                        + " approved_sequence, payment_reference, paid_on, paid_amount, paid_event_id, paid_sequence,"
                        + " sequence_number, settlement_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "UPDATE lineage_settlement SET contract_id = ?, project_id = ?, period = ?, final_settlement = ?,"
                        + " step = ?, requested_event_id = ?, requested_sequence = ?, approved_amount = ?, currency = ?,"
                        + " approved_event_id = ?, approved_sequence = ?, payment_reference = ?, paid_on = ?,"
                        + " paid_amount = ?, paid_event_id = ?, paid_sequence = ?, sequence_number = ?"
                        + " WHERE settlement_id = ?",
                "lineage_settlement",
                new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR,
                        Types.BIGINT, Types.DECIMAL, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
                        Types.DATE, Types.DECIMAL, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR},
                row -> new Object[]{row.contractId(), row.projectId(), row.period(), row.finalSettlement(), row.step(),
                        row.requestedEventId(), row.requestedSequence(), row.approvedAmount(), row.currency(),
                        row.approvedEventId(), row.approvedSequence(), row.paymentReference(), row.paidOn(),
                        row.paidAmount(), row.paidEventId(), row.paidSequence(), row.sequence(), row.settlementId()});
        chunks(List.copyOf(replacedDeductions), ids -> jdbc.sql("DELETE FROM lineage_deduction"
                + " WHERE settlement_id IN (:ids)").param("ids", ids).update());
        if (!replacedDeduction.isEmpty()) {
            template.batchUpdate("DELETE FROM lineage_deduction WHERE settlement_id = ? AND metric_id = ?"
                            + " AND period = ?", replacedDeduction.stream().map(List::toArray).toList(),
                    new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        }
        if (!deductions.isEmpty()) {
            template.batchUpdate("INSERT INTO lineage_deduction (settlement_id, metric_id, period, contract_id, penalty,"
                            + " currency, event_id, event_type, sequence_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    deductions.values().stream().map(d -> new Object[]{d.settlementId(), d.metricId(), d.period(),
                            d.contractId(), d.penalty(), d.currency(), d.eventId(), d.eventType(), d.sequence()})
                            .toList(),
                    new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DECIMAL, Types.VARCHAR,
                            Types.VARCHAR, Types.VARCHAR, Types.BIGINT});
            statistics.inserted("lineage_deduction", deductions.size());
        }
        newContracts.clear();
        decisions.clear();
        replacedDeductions.clear();
        replacedDeduction.clear();
        deductions.clear();
    }

    private <K, R> void write(ChangeSet<K, R> rows, String insert, String update, String table, int[] types,
                              java.util.function.Function<R, Object[]> columns) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        rows.changed().forEach((key, row) -> (rows.stored(key) == null ? inserts : updates).add(columns.apply(row)));
        if (!inserts.isEmpty()) {
            template.batchUpdate(insert, inserts, types);
            statistics.inserted(table, inserts.size());
        }
        if (!updates.isEmpty()) {
            template.batchUpdate(update, updates, types);
        }
        rows.flushed();
    }

    private void fetchContract(String contractId) {
        if (fetchedContracts.contains(contractId)) {
            return;
        }
        List<String> wanted = wanted(contractId, upcomingContracts, fetchedContracts);
        chunks(wanted, ids -> {
            knownContracts.addAll(jdbc.sql("SELECT contract_id FROM lineage_contract WHERE contract_id IN (:ids)")
                    .param("ids", ids).query(String.class).list());
            jdbc.sql("SELECT contract_id, MAX(sequence_number) AS last FROM lineage_decision"
                            + " WHERE contract_id IN (:ids) GROUP BY contract_id")
                    .param("ids", ids)
                    .query((rs, n) -> Map.entry(rs.getString("contract_id"), rs.getLong("last")))
                    .list().forEach(e -> lastDecision.put(e.getKey(), e.getValue()));
        });
    }

    /**
     * Reads this breach's row, and those of every other breach the batch's events name; the periods a batch names
     * are few, so contract and period together pick little more than the rows needed.
     */
    private void fetchBreach(BreachKey key) {
        if (fetchedBreaches.contains(key)) {
            return;
        }
        Set<BreachKey> wanted = new LinkedHashSet<>();
        wanted.add(key);
        upcomingBreaches.stream().filter(k -> !fetchedBreaches.contains(k)).forEach(wanted::add);
        fetchedBreaches.addAll(wanted);
        List<String> periods = wanted.stream().map(BreachKey::period).distinct().toList();
        chunks(wanted.stream().map(BreachKey::contractId).distinct().toList(), ids ->
                jdbc.sql("SELECT contract_id, metric_id, period, withdrawn, penalty, currency, event_id, sequence_number"
                                + " FROM lineage_breach WHERE contract_id IN (:ids) AND period IN (:periods)")
                        .param("ids", ids)
                        .param("periods", periods)
                        .query((rs, n) -> new Breach(new BreachKey(rs.getString("contract_id"),
                                rs.getString("metric_id"), rs.getString("period")), rs.getBoolean("withdrawn"),
                                rs.getBigDecimal("penalty"), rs.getString("currency"), rs.getString("event_id"),
                                rs.getLong("sequence_number")))
                        .list().stream()
                        .filter(row -> wanted.contains(row.key()) && !breaches.has(row.key()))
                        .forEach(row -> breaches.loaded(row.key(), row)));
    }

    private void fetchSettlement(String settlementId) {
        if (fetchedSettlements.contains(settlementId)) {
            return;
        }
        chunks(wanted(settlementId, upcomingSettlements, fetchedSettlements), ids ->
                jdbc.sql("SELECT settlement_id, contract_id, project_id, period, final_settlement, step,"
                                + " requested_event_id, requested_sequence, approved_amount, currency, approved_event_id,"
                                + " approved_sequence, payment_reference, paid_on, paid_amount, paid_event_id,"
                                + " paid_sequence, sequence_number FROM lineage_settlement WHERE settlement_id IN (:ids)")
                        .param("ids", ids)
                        .query((rs, n) -> new Settlement(rs.getString("settlement_id"), rs.getString("contract_id"),
                                rs.getString("project_id"), rs.getString("period"), rs.getBoolean("final_settlement"),
                                rs.getString("step"), rs.getString("requested_event_id"),
                                rs.getLong("requested_sequence"), rs.getBigDecimal("approved_amount"),
                                rs.getString("currency"), rs.getString("approved_event_id"),
                                rs.getObject("approved_sequence", Long.class), rs.getString("payment_reference"),
                                rs.getObject("paid_on", LocalDate.class), rs.getBigDecimal("paid_amount"),
                                rs.getString("paid_event_id"), rs.getObject("paid_sequence", Long.class),
                                rs.getLong("sequence_number")))
                        .list().forEach(row -> settlements.loaded(row.settlementId(), row)));
    }

    private static List<String> wanted(String id, Collection<String> upcoming, Set<String> fetched) {
        Set<String> wanted = new LinkedHashSet<>();
        wanted.add(id);
        upcoming.stream().filter(k -> !fetched.contains(k)).forEach(wanted::add);
        fetched.addAll(wanted);
        return List.copyOf(wanted);
    }

    private static void chunks(List<String> ids, Consumer<List<String>> each) {
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            each.accept(ids.subList(from, Math.min(ids.size(), from + IN_LIST)));
        }
    }
}
