package com.outsourcingledger.query.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Keeps PostgreSQL's planner statistics of the read-model tables a projection fills in bulk. Autovacuum analyzes a
 * table a minute apart at best, while a rebuild empties a table and refills it with hundreds of thousands of rows in
 * less: planned with the statistics of a nearly empty table, a batch's reads became sequential scans of an ever
 * larger table (48 ms instead of 4 ms for one read of {@code dashboard_sla} at 300,000 rows). So the writer counts
 * the rows it inserts and analyzes the table once they exceed half the rows it had at its last analysis (at least
 * {@value #MIN_ROWS}), as autovacuum would but at once; over a rebuild that is a few analyses a table. ANALYZE runs
 * in the batch's transaction and counts its rows. Other databases are left to themselves.
 * <p>
 * Writers count the rows a table grew by: a document or row replaced (deleted and inserted again) does not count.
 * Counted, the warnings of a thousand vendors analyzed {@code vendor_view} every 10,000 warnings, 5 s of PostgreSQL
 * each time under load, for a table whose size had not changed.
 * <p>
 * Only the columns a query can filter or sort on are analyzed: not the {@code text} and {@code bytea} ones (a
 * document, a payload), which no query compares and whose sampled values PostgreSQL would sort to build their
 * statistics; under load an analysis of {@code vendor_view} took up to 10 s, with the batch's transaction (and the
 * read model's freshness) waiting for it.
 */
public final class TableStatistics {

    static final long MIN_ROWS = 10_000;

    private final JdbcTemplate jdbc;
    private final Map<String, long[]> tables = new ConcurrentHashMap<>();
    private final Map<String, String> columns = new ConcurrentHashMap<>();
    private volatile Boolean postgres;

    public TableStatistics(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Counts {@code rows} the table grew by, and analyzes it when they are enough to matter. */
    public void inserted(String table, int rows) {
        if (rows <= 0 || !postgres()) {
            return;
        }
        long[] counts = tables.computeIfAbsent(table, t -> new long[2]);
        synchronized (counts) {
            counts[0] += rows;
            if (counts[0] < Math.max(MIN_ROWS, counts[1] / 2)) {
                return;
            }
            jdbc.execute("ANALYZE " + table + analyzed(table));
            Long analyzed = jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE oid = ?::regclass",
                    Long.class, table);
            counts[0] = 0;
            counts[1] = analyzed == null ? 0 : Math.max(0, analyzed);
        }
    }

    /** The columns of {@code table} worth statistics, as ANALYZE takes them: {@code " (a, b)"}, or all. */
    private String analyzed(String table) {
        return columns.computeIfAbsent(table, t -> {
            List<String> names = jdbc.queryForList("""
                    SELECT column_name FROM information_schema.columns
                    WHERE table_schema = current_schema() AND table_name = ? AND data_type NOT IN ('text', 'bytea')
                    ORDER BY ordinal_position""", String.class, t);
            return names.isEmpty() ? "" : names.stream().collect(Collectors.joining(", ", " (", ")"));
        });
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
