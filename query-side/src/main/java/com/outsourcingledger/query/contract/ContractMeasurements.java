package com.outsourcingledger.query.contract;

import com.outsourcingledger.query.BatchScope;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SLA measurement rows the SLA dashboard aggregates, changed once per batch of events: a measurement creates
 * its row or sets whether it was met, a breach or its withdrawal sets the penalty of a row that exists.
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
        Boolean met;
        String vendorId;
        String currency;
        BigDecimal penalty;
        boolean penaltyAfterMeasurement;
    }

    private final JdbcTemplate template;

    ContractMeasurements(DataSource dataSource) {
        this.template = new JdbcTemplate(dataSource);
    }

    void measured(String contractId, String metricId, String period, String vendorId, String currency, boolean met) {
        change(new Key(contractId, metricId, period), c -> {
            c.met = met;
            c.vendorId = vendorId;
            c.currency = currency;
        });
    }

    void penalty(String contractId, String metricId, String period, BigDecimal penalty) {
        change(new Key(contractId, metricId, period), c -> {
            c.penalty = penalty;
            c.penaltyAfterMeasurement = c.met != null;
        });
    }

    private void change(Key key, java.util.function.Consumer<Change> edit) {
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
        List<Key> keys = new ArrayList<>(changes.keySet());
        List<Object[]> updates = keys.stream().map(k -> new Object[]{changes.get(k).met, changes.get(k).penalty,
                k.contractId(), k.metricId(), k.period()}).toList();
        if (updates.isEmpty()) {
            return;
        }
        int[] updated = template.batchUpdate("UPDATE contract_sla_measurement_view SET met = COALESCE(?, met),"
                + " penalty = COALESCE(?, penalty) WHERE contract_id = ? AND metric_id = ? AND period = ?",
                updates, UPDATE_TYPES);
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Change c = changes.get(keys.get(i));
            if (updated[i] == 0 && c.met != null) {
                Key k = keys.get(i);
                inserts.add(new Object[]{k.contractId(), k.metricId(), k.period(), c.vendorId, c.met,
                        c.penaltyAfterMeasurement ? c.penalty : BigDecimal.ZERO, c.currency});
            }
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate("INSERT INTO contract_sla_measurement_view (contract_id, metric_id, period, vendor_id,"
                    + " met, penalty, currency) VALUES (?, ?, ?, ?, ?, ?, ?)", inserts, INSERT_TYPES);
        }
    }
}
