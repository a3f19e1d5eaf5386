package com.outsourcingledger.query.contract;

import com.outsourcingledger.query.readmodel.BatchScope;
import com.outsourcingledger.query.readmodel.ChangeSet;
import com.outsourcingledger.query.readmodel.TableStatistics;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The SLA measurement rows the SLA dashboard aggregates, changed once per batch of events: a recorded measurement
 * creates its row (the contract accepts one per metric and period), a correction sets whether it was met, a breach
 * or its withdrawal sets the penalty of a row that exists.
 */
final class ContractMeasurements {

    private static final String KEY = ContractMeasurements.class.getName();
    private static final int[] UPDATE_TYPES = {Types.BOOLEAN, Types.DECIMAL, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};
    private static final int[] INSERT_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.BOOLEAN, Types.DECIMAL, Types.VARCHAR};

    private record Key(String contractId, String metricId, String period) {
    }

    /**
     * What a batch does to one row, written blind (the row is never read): a measurement recorded in the batch
     * inserts it, anything else updates the columns set here; the last measurement and the last penalty win.
     */
    private record Edit(boolean created, Boolean met, String vendorId, String currency, BigDecimal penalty,
                        boolean penaltyAfterMeasurement) {

        static final Edit NONE = new Edit(false, null, null, null, null, false);
    }

    private final JdbcTemplate template;
    private final TableStatistics statistics;

    ContractMeasurements(DataSource dataSource) {
        this.template = new JdbcTemplate(dataSource);
        this.statistics = new TableStatistics(dataSource);
    }

    void recorded(String contractId, String metricId, String period, String vendorId, String currency, boolean met) {
        change(new Key(contractId, metricId, period),
                e -> new Edit(true, met, vendorId, currency, e.penalty(), e.penaltyAfterMeasurement()));
    }

    void corrected(String contractId, String metricId, String period, boolean met) {
        change(new Key(contractId, metricId, period),
                e -> new Edit(e.created(), met, e.vendorId(), e.currency(), e.penalty(), e.penaltyAfterMeasurement()));
    }

    void penalty(String contractId, String metricId, String period, BigDecimal penalty) {
        change(new Key(contractId, metricId, period),
                e -> new Edit(e.created(), e.met(), e.vendorId(), e.currency(), penalty, e.created()));
    }

    private void change(Key key, UnaryOperator<Edit> edit) {
        Optional<ChangeSet<Key, Edit>> batch = BatchScope.current(KEY, root -> new ChangeSet<>(), this::write);
        ChangeSet<Key, Edit> edits = batch.orElseGet(ChangeSet::new);
        edits.put(key, edit.apply(edits.get(key).orElse(Edit.NONE)));
        if (batch.isEmpty()) {
            write(edits);
        }
    }

    private void write(ChangeSet<Key, Edit> edits) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        edits.changed().forEach((k, e) -> {
            if (e.created()) {
                inserts.add(new Object[]{k.contractId(), k.metricId(), k.period(), e.vendorId(), e.met(),
                        e.penaltyAfterMeasurement() ? e.penalty() : BigDecimal.ZERO, e.currency()});
            } else {
                updates.add(new Object[]{e.met(), e.penalty(), k.contractId(), k.metricId(), k.period()});
            }
        });
        if (!inserts.isEmpty()) {
            template.batchUpdate("INSERT INTO contract_sla_measurement_view (contract_id, metric_id, period, vendor_id,"
                    + " met, penalty, currency) VALUES (?, ?, ?, ?, ?, ?, ?)", inserts, INSERT_TYPES);
            statistics.inserted("contract_sla_measurement_view", inserts.size());
        }
        if (!updates.isEmpty()) {
            template.batchUpdate("UPDATE contract_sla_measurement_view SET met = COALESCE(?, met),"
                    + " penalty = COALESCE(?, penalty) WHERE contract_id = ? AND metric_id = ? AND period = ?",
                    updates, UPDATE_TYPES);
        }
        edits.flushed();
    }
}
