package com.outsourcingledger.query.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps PostgreSQL's planner statistics of the read-model tables a projection fills in bulk. Autovacuum analyzes a
 * table a minute apart at best, while a rebuild empties a table and refills it with hundreds of thousands of rows in
 * less: planned with the statistics of a nearly empty table, a batch's reads became sequential scans of an ever
 * larger table (48 ms instead of 4 ms for one read of {@code dashboard_sla} at 300,000 rows). So the writer counts
 * the rows it inserts and analyzes the table once they exceed half the rows it had at its last analysis (at least
 * {@value #MIN_ROWS}), as autovacuum would but at once; over a rebuild that is a few analyses a table. ANALYZE runs
 * in the batch's transaction and counts its rows. Other databases are left to themselves.
 */
public final class TableStatistics {

    static final long MIN_ROWS = 10_000;

    private final JdbcTemplate jdbc;
    private final Map<String, long[]> tables = new ConcurrentHashMap<>();
    private volatile Boolean postgres;

    public TableStatistics(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Counts {@code rows} inserted into {@code table}, and analyzes it when they are enough to matter. */
    public void inserted(String table, int rows) {
        if (rows == 0 || !postgres()) {
            return;
        }
        long[] counts = tables.computeIfAbsent(table, t -> new long[2]);
        synchronized (counts) {
            counts[0] += rows;
            if (counts[0] < Math.max(MIN_ROWS, counts[1] / 2)) {
                return;
            }
            jdbc.execute("ANALYZE " + table);
            Long analyzed = jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE oid = ?::regclass",
                    Long.class, table);
            counts[0] = 0;
            counts[1] = analyzed == null ? 0 : Math.max(0, analyzed);
        }
    }

    /** The same, for the table an {@code INSERT INTO table ...} statement names. */
    public void insertedBy(String insert, int rows) {
        String rest = insert.substring("INSERT INTO ".length());
        inserted(rest.substring(0, rest.indexOf(' ')), rows);
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try {
                known = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(),
                        DatabaseMetaData::getDatabaseProductName));
            } catch (Exception e) {
                known = false;
            }
            postgres = known;
        }
        return known;
    }
}
