package com.outsourcingledger.query.contract;

import com.outsourcingledger.query.readmodel.BatchScope;
import com.outsourcingledger.query.readmodel.TableStatistics;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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

    /** What a batch does to one row; the last measurement and the last penalty win. */
    private static final class Change {
        boolean created;
        Boolean met;
        String vendorId;
        String currency;
        BigDecimal penalty;
        boolean penaltyAfterMeasurement;
    }

    private final JdbcTemplate template;
    private final TableStatistics statistics;

    ContractMeasurements(DataSource dataSource) {
        this.template = new JdbcTemplate(dataSource);
        this.statistics = new TableStatistics(dataSource);
    }

    void recorded(String contractId, String metricId, String period, String vendorId, String currency, boolean met) {
        change(new Key(contractId, metricId, period), c -> {
            c.created = true;
            c.met = met;
            c.vendorId = vendorId;
            c.currency = currency;
        });
    }

    void corrected(String contractId, String metricId, String period, boolean met) {
        change(new Key(contractId, metricId, period), c -> c.met = met);
    }

    void penalty(String contractId, String metricId, String period, BigDecimal penalty) {
        change(new Key(contractId, metricId, period), c -> {
            c.penalty = penalty;
            c.penaltyAfterMeasurement = c.created;
        });
    }

    private void change(Key key, Consumer<Change> edit) {
        Map<Key, Change> batch = BatchScope.current(KEY, root -> new LinkedHashMap<Key, Change>(), this::write)
                .orElse(null);
        if (batch == null) {
            Change change = new Change();
            edit.accept(change);
            write(Map.of(key, change));
        } else {
            edit.accept(batch.computeIfAbsent(key, k -> new Change()));
        }
    }

    private void write(Map<Key, Change> changes) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        changes.forEach((k, c) -> {
            if (c.created) {
                inserts.add(new Object[]{k.contractId(), k.metricId(), k.period(), c.vendorId, c.met,
                        c.penaltyAfterMeasurement ? c.penalty : BigDecimal.ZERO, c.currency});
            } else {
                updates.add(new Object[]{c.met, c.penalty, k.contractId(), k.metricId(), k.period()});
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
    }
}
