package com.outsourcingledger.query.readmodel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Keeps PostgreSQL's planner statistics of the read-model tables a projection fills in bulk. Autovacuum analyzes a
 * table a minute apart at best, while a rebuild empties a table and refills it with hundreds of thousands of rows in
 * less: planned with the statistics of a nearly empty table, a batch's reads became sequential scans of an ever
 * larger table (48 ms instead of 4 ms for one read of {@code dashboard_sla} at 300,000 rows). So the writer counts
 * the rows it inserts and analyzes the table once they exceed half the rows it had at its last analysis (at least
 * {@value #MIN_ROWS}), as autovacuum would but at once; over a rebuild that is a few analyses a table. ANALYZE runs
 * in the rebuild's transaction and counts its rows. Other databases are left to themselves.
 * <p>
 * Where a table is analyzed depends on who can see the rows: a rebuild writes every batch in one transaction that no
 * other session sees before it commits, so its tables are analyzed inside it ({@link #inOneTransaction}); a live
 * batch commits, and its tables are analyzed after the commit, one at a time on a thread of their own. Inside a live
 * batch an analysis held the read model back: with {@code vendor_sanction_view} analyzed in vendor-views' batch, a new
 * vendor stayed invisible for the 2.4 s it took under load.
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

    private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);

    static final long MIN_ROWS = 10_000;

    private static final ThreadLocal<Boolean> ONE_TRANSACTION = new ThreadLocal<>();
    private static final ExecutorService ANALYZER = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("read-model-statistics").factory());

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
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
            counts[0] = 0;
            if (Boolean.TRUE.equals(ONE_TRANSACTION.get())) {
                counts[1] = analyze(table);
                return;
            }
        }
        afterCommit(() -> {
            if (pending.add(table)) {
                ANALYZER.execute(() -> {
                    try {
                        long analyzed = analyze(table);
                        synchronized (counts) {
                            counts[1] = analyzed;
                        }
                    } catch (RuntimeException e) {
                        log.warn("Analyzing {} failed; autovacuum will", table, e);
                    } finally {
                        pending.remove(table);
                    }
                });
            }
        });
    }

    /**
     * Runs {@code work} as a rebuild does, all its batches in one transaction whose rows no other session sees until
     * it commits: the tables it fills are analyzed inside it.
     */
    public static void inOneTransaction(Runnable work) {
        ONE_TRANSACTION.set(true);
        try {
            work.run();
        } finally {
            ONE_TRANSACTION.remove();
        }
    }

    /** Analyzes the table; the rows it holds, as the analysis estimated them. */
    private long analyze(String table) {
        jdbc.execute("ANALYZE " + table + analyzed(table));
        Long analyzed = jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE oid = ?::regclass",
                Long.class, table);
        return analyzed == null ? 0 : Math.max(0, analyzed);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
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
