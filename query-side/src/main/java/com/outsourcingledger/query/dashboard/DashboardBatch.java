package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.query.readmodel.ChangeSet;
import com.outsourcingledger.query.readmodel.TableStatistics;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityKey;
import com.outsourcingledger.query.dashboard.DashboardRows.EntityRow;
import com.outsourcingledger.query.dashboard.DashboardRows.NoticeKey;
import com.outsourcingledger.query.dashboard.DashboardRows.NoticeRow;
import com.outsourcingledger.query.dashboard.DashboardRows.PipKey;
import com.outsourcingledger.query.dashboard.DashboardRows.PipRow;
import com.outsourcingledger.query.dashboard.DashboardRows.QualificationKey;
import com.outsourcingledger.query.dashboard.DashboardRows.SettlementRow;
import com.outsourcingledger.query.dashboard.DashboardRows.QualificationRow;
import com.outsourcingledger.query.dashboard.DashboardRows.SlaKey;
import com.outsourcingledger.query.dashboard.DashboardRows.SlaRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * The dashboard rows one batch of events touches, held in memory: the rows of every aggregate in the batch are
 * read with one query per table when the first of them is needed, and the changes are written once, with JDBC
 * batches, before the batch's transaction commits.
 */
final class DashboardBatch {

    final ChangeSet<EntityKey, EntityRow> entities = new ChangeSet<>();
    final ChangeSet<QualificationKey, QualificationRow> qualifications = new ChangeSet<>();
    final ChangeSet<SlaKey, SlaRow> slas = new ChangeSet<>();
    final ChangeSet<NoticeKey, NoticeRow> notices = new ChangeSet<>();
    final ChangeSet<PipKey, PipRow> pips = new ChangeSet<>();
    final ChangeSet<String, SettlementRow> settlements = new ChangeSet<>();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TableStatistics statistics;
    private final Collection<EntityKey> upcoming;
    private final Collection<SlaKey> upcomingMeasurements;
    private final Set<EntityKey> fetched = new HashSet<>();
    private final Set<SlaKey> fetchedMeasurements = new HashSet<>();

    DashboardBatch(JdbcClient jdbc, JdbcTemplate template, TableStatistics statistics, Collection<EntityKey> upcoming,
                   Collection<SlaKey> upcomingMeasurements) {
        this.jdbc = jdbc;
        this.template = template;
        this.statistics = statistics;
        this.upcoming = upcoming;
        this.upcomingMeasurements = upcomingMeasurements;
    }

    /** Reads the rows of this aggregate, and of every other one in the batch not read yet, measurements aside. */
    void fetch(EntityKey key) {
        if (fetched.contains(key)) {
            return;
        }
        Set<EntityKey> wanted = new LinkedHashSet<>();
        wanted.add(key);
        upcoming.stream().filter(k -> !fetched.contains(k)).forEach(wanted::add);
        fetched.addAll(wanted);
        for (String kind : List.of(DashboardRows.VENDOR, DashboardRows.PROJECT, DashboardRows.CONTRACT,
                DashboardRows.EVALUATION, DashboardRows.SETTLEMENT, DashboardRows.WORKER, DashboardRows.SHAM_SIGNAL,
                DashboardRows.SHAM_RISK, DashboardRows.PROJECT_RISK, DashboardRows.COMPLIANCE_CHECK)) {
            List<String> ids = idsOf(wanted, kind);
            if (ids.isEmpty()) {
                continue;
            }
            jdbc.sql("SELECT kind, entity_id, name, vendor_id, status, term_end, currency, awaiting, sequence_number,"
                            + " risk_flags, amount FROM dashboard_entity WHERE kind = :kind AND entity_id IN (:ids)")
                    .param("kind", kind)
                    .param("ids", ids)
                    .query((rs, n) -> new EntityRow(rs.getString("kind"), rs.getString("entity_id"),
                            rs.getString("name"), rs.getString("vendor_id"), rs.getString("status"),
                            rs.getObject("term_end", LocalDate.class), rs.getString("currency"),
                            awaiting(rs.getString("awaiting")), rs.getLong("sequence_number"),
                            RiskFlag.ofColumn(rs.getString("risk_flags")), rs.getBigDecimal("amount")))
                    .list().forEach(row -> entities.loaded(row.key(), row));
        }
        List<String> vendors = idsOf(wanted, DashboardRows.VENDOR);
        if (!vendors.isEmpty()) {
            jdbc.sql("SELECT vendor_id, qualification_id, valid_until, expired FROM dashboard_qualification"
                            + " WHERE vendor_id IN (:ids)")
                    .param("ids", vendors)
                    .query((rs, n) -> new QualificationRow(rs.getString("vendor_id"), rs.getString("qualification_id"),
                            rs.getObject("valid_until", LocalDate.class), rs.getBoolean("expired")))
                    .list().forEach(row -> qualifications.loaded(row.key(), row));
        }
        List<String> contracts = idsOf(wanted, DashboardRows.CONTRACT);
        if (!contracts.isEmpty()) {
            jdbc.sql("SELECT contract_id, notice_id, vendor_id, metric_id, status, due_on FROM dashboard_rectification"
                            + " WHERE contract_id IN (:ids)")
                    .param("ids", contracts)
                    .query((rs, n) -> new NoticeRow(rs.getString("contract_id"), rs.getString("notice_id"),
                            rs.getString("vendor_id"), rs.getString("metric_id"), rs.getString("status"),
                            rs.getObject("due_on", LocalDate.class)))
                    .list().forEach(row -> notices.loaded(row.key(), row));
            jdbc.sql("SELECT contract_id, pip_id, vendor_id, status, plan_due_on, plan_overdue FROM dashboard_pip"
                            + " WHERE contract_id IN (:ids)")
                    .param("ids", contracts)
                    .query((rs, n) -> new PipRow(rs.getString("contract_id"), rs.getString("pip_id"),
                            rs.getString("vendor_id"), rs.getString("status"),
                            rs.getObject("plan_due_on", LocalDate.class), rs.getBoolean("plan_overdue")))
                    .list().forEach(row -> pips.loaded(row.key(), row));
        }
        List<String> settlementIds = idsOf(wanted, DashboardRows.SETTLEMENT);
        if (!settlementIds.isEmpty()) {
            jdbc.sql("SELECT settlement_id, project_id, currency, deducted, paid, paid_month FROM dashboard_settlement"
                            + " WHERE settlement_id IN (:ids)")
                    .param("ids", settlementIds)
                    .query((rs, n) -> new SettlementRow(rs.getString("settlement_id"), rs.getString("project_id"),
                            rs.getString("currency"), rs.getBigDecimal("deducted"), rs.getBigDecimal("paid"),
                            rs.getString("paid_month")))
                    .list().forEach(row -> settlements.loaded(row.settlementId(), row));
        }
    }

    /**
     * Reads this measurement's row, and those of every other measurement the batch's events name; the periods a
     * batch names are few, so contract and period together pick little more than the rows needed.
     */
    void fetch(SlaKey key) {
        if (fetchedMeasurements.contains(key)) {
            return;
        }
        Set<SlaKey> wanted = new LinkedHashSet<>();
        wanted.add(key);
        upcomingMeasurements.stream().filter(k -> !fetchedMeasurements.contains(k)).forEach(wanted::add);
        fetchedMeasurements.addAll(wanted);
        jdbc.sql("SELECT contract_id, metric_id, period, vendor_id, service_month, met, penalty, currency"
                        + " FROM dashboard_sla WHERE contract_id IN (:ids) AND period IN (:periods)")
                .param("ids", wanted.stream().map(SlaKey::contractId).distinct().toList())
                .param("periods", wanted.stream().map(SlaKey::period).distinct().toList())
                .query((rs, n) -> new SlaRow(rs.getString("contract_id"), rs.getString("metric_id"),
                        rs.getString("period"), rs.getString("vendor_id"), rs.getString("service_month"),
                        rs.getBoolean("met"), rs.getBigDecimal("penalty"), rs.getString("currency")))
                .list().stream()
                .filter(row -> wanted.contains(row.key()) && slas.get(row.key()).isEmpty())
                .forEach(row -> slas.loaded(row.key(), row));
    }

    void flush() {
        DashboardFigures figures = new DashboardFigures();
        write(entities, figures::entity,
                "INSERT INTO dashboard_entity (name, vendor_id, status, term_end, currency, awaiting, sequence_number,"
                        + " risk_flags, at_risk, amount, kind, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "UPDATE dashboard_entity SET name = ?, vendor_id = ?, status = ?, term_end = ?, currency = ?,"
                        + " awaiting = ?, sequence_number = ?, risk_flags = ?, at_risk = ?, amount = ?"
                        + " WHERE kind = ? AND entity_id = ?",
                new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR,
                        Types.BIGINT, Types.VARCHAR, Types.BOOLEAN, Types.DECIMAL, Types.VARCHAR, Types.VARCHAR},
                row -> new Object[]{row.name(), row.vendorId(), row.status(), row.termEnd(), row.currency(),
                        row.awaitingColumn(), row.sequence(), RiskFlag.column(row.risks()), !row.risks().isEmpty(),
                        row.amount(), row.kind(), row.id()},
                this::deleteEntities);
        write(qualifications, (row, sign) -> {
                },
                "INSERT INTO dashboard_qualification (valid_until, expired, vendor_id, qualification_id)"
                        + " VALUES (?, ?, ?, ?)",
                "UPDATE dashboard_qualification SET valid_until = ?, expired = ? WHERE vendor_id = ?"
                        + " AND qualification_id = ?",
                new int[]{Types.DATE, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR},
                row -> new Object[]{row.validUntil(), row.expired(), row.vendorId(), row.qualificationId()});
        write(slas, figures::sla,
                "INSERT INTO dashboard_sla (vendor_id, service_month, met, penalty, currency, contract_id, metric_id,"
                        + " period) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                "UPDATE dashboard_sla SET vendor_id = ?, service_month = ?, met = ?, penalty = ?, currency = ?"
                        + " WHERE contract_id = ? AND metric_id = ? AND period = ?",
                new int[]{Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.DECIMAL, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR},
                row -> new Object[]{row.vendorId(), row.month(), row.met(), row.penalty(), row.currency(),
                        row.contractId(), row.metricId(), row.period()});
        write(notices, figures::notice,
                "INSERT INTO dashboard_rectification (vendor_id, metric_id, status, due_on, contract_id, notice_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                "UPDATE dashboard_rectification SET vendor_id = ?, metric_id = ?, status = ?, due_on = ?"
                        + " WHERE contract_id = ? AND notice_id = ?",
                new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR},
                row -> new Object[]{row.vendorId(), row.metricId(), row.status(), row.dueOn(), row.contractId(),
                        row.noticeId()});
        write(pips, figures::pip,
                "INSERT INTO dashboard_pip (vendor_id, status, plan_due_on, plan_overdue, contract_id, pip_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                "UPDATE dashboard_pip SET vendor_id = ?, status = ?, plan_due_on = ?, plan_overdue = ?"
                        + " WHERE contract_id = ? AND pip_id = ?",
                new int[]{Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR},
                row -> new Object[]{row.vendorId(), row.status(), row.planDueOn(), row.planOverdue(), row.contractId(),
                        row.pipId()});
        write(settlements, figures::settlement,
                "INSERT INTO dashboard_settlement (project_id, currency, deducted, paid, paid_month, settlement_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                "UPDATE dashboard_settlement SET project_id = ?, currency = ?, deducted = ?, paid = ?, paid_month = ?"
                        + " WHERE settlement_id = ?",
                new int[]{Types.VARCHAR, Types.VARCHAR, Types.DECIMAL, Types.DECIMAL, Types.VARCHAR, Types.VARCHAR},
                row -> new Object[]{row.projectId(), row.currency(), row.deducted(), row.paid(), row.paidMonth(),
                        row.settlementId()});
        figures.write(template, statistics);
    }

    private <K, R> void write(ChangeSet<K, R> rows, BiConsumer<R, Integer> contribution, String insert, String update,
                              int[] types, Function<R, Object[]> columns) {
        write(rows, contribution, insert, update, types, columns, null);
    }

    /** With {@code delete}, the stored rows that changed are deleted and inserted again: two statements, not one a row. */
    private <K, R> void write(ChangeSet<K, R> rows, BiConsumer<R, Integer> contribution, String insert, String update,
                              int[] types, Function<R, Object[]> columns, Consumer<List<R>> delete) {
        List<Object[]> inserts = new java.util.ArrayList<>();
        List<Object[]> updates = new java.util.ArrayList<>();
        List<R> replaced = new java.util.ArrayList<>();
        for (Map.Entry<K, R> change : rows.changed().entrySet()) {
            R stored = rows.stored(change.getKey());
            if (stored == null) {
                inserts.add(columns.apply(change.getValue()));
            } else {
                contribution.accept(stored, -1);
                if (delete == null) {
                    updates.add(columns.apply(change.getValue()));
                } else {
                    replaced.add(stored);
                    inserts.add(columns.apply(change.getValue()));
                }
            }
            contribution.accept(change.getValue(), 1);
        }
        if (!replaced.isEmpty()) {
            delete.accept(replaced);
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate(insert, inserts, types);
            statistics.insertedBy(insert, inserts.size() - replaced.size());
        }
        if (!updates.isEmpty()) {
            template.batchUpdate(update, updates, types);
        }
        rows.flushed();
    }

    private void deleteEntities(List<EntityRow> rows) {
        rows.stream().collect(Collectors.groupingBy(EntityRow::kind)).forEach((kind, ofKind) -> {
            List<String> ids = ofKind.stream().map(EntityRow::id).toList();
            for (int from = 0; from < ids.size(); from += 1000) {
                jdbc.sql("DELETE FROM dashboard_entity WHERE kind = :kind AND entity_id IN (:ids)")
                        .param("kind", kind)
                        .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                        .update();
            }
        });
    }

    private static Set<String> awaiting(String column) {
        return column == null || column.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(column.split(",")));
    }

    private static List<String> idsOf(Set<EntityKey> keys, String kind) {
        return keys.stream().filter(k -> k.kind().equals(kind)).map(EntityKey::id).toList();
    }
}
