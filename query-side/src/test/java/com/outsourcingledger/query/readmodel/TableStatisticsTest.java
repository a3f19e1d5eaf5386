package com.outsourcingledger.query.readmodel;

import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class TableStatisticsTest {

    @Test
    void aRebuildAnalyzesATableInItsTransactionOnceEnoughRowsWereInsertedSinceItsLastAnalysis() {
        DataSource dataSource = PostgresForTests.migratedDataSource("query-side");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TableStatistics statistics = new TableStatistics(dataSource);
        jdbc.execute("ALTER TABLE dashboard_counter SET (autovacuum_enabled = false)");

        insertCounters(jdbc, 0, 6_000);
        TableStatistics.inOneTransaction(() -> statistics.inserted("dashboard_counter", 6_000));
        assertThat(analyzedRows(jdbc)).as("below %d rows nothing is analyzed", TableStatistics.MIN_ROWS).isEqualTo(-1);

        insertCounters(jdbc, 6_000, 5_000);
        TableStatistics.inOneTransaction(() -> statistics.inserted("dashboard_counter", 5_000));
        assertThat(analyzedRows(jdbc)).isEqualTo(11_000);

        insertCounters(jdbc, 11_000, 5_000);
        TableStatistics.inOneTransaction(() -> statistics.insertedBy(
                "INSERT INTO dashboard_counter (amount, counter, item) VALUES (?, ?, ?)", 5_000));
        assertThat(analyzedRows(jdbc)).as("not yet half the rows of the last analysis").isEqualTo(11_000);

        insertCounters(jdbc, 16_000, 10_000);
        TableStatistics.inOneTransaction(() -> statistics.inserted("dashboard_counter", 10_000));
        assertThat(analyzedRows(jdbc)).isEqualTo(26_000);
    }

    @Test
    void aLiveBatchLeavesTheAnalysisToAfterItsCommitOnAThreadOfItsOwn() throws InterruptedException {
        DataSource dataSource = PostgresForTests.migratedDataSource("query-side");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TableStatistics statistics = new TableStatistics(dataSource);
        jdbc.execute("ALTER TABLE dashboard_counter SET (autovacuum_enabled = false)");
        TransactionTemplate batch = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        long[] seenInBatch = new long[1];
        batch.executeWithoutResult(status -> {
            insertCounters(jdbc, 0, 11_000);
            statistics.inserted("dashboard_counter", 11_000);
            seenInBatch[0] = analyzedRows(jdbc);
        });

        assertThat(seenInBatch[0]).as("not analyzed inside the batch").isEqualTo(-1);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (analyzedRows(jdbc) != 11_000 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(analyzedRows(jdbc)).as("analyzed after the commit").isEqualTo(11_000);
    }

    /** A document as a document table stores it. */
    public record Doc(String docId, long version) {
    }

    @Test
    void documentsReplacedDoNotCountAsGrowth() {
        DataSource dataSource = PostgresForTests.migratedDataSource("query-side");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE stats_doc (doc_id VARCHAR(64) PRIMARY KEY, version BIGINT NOT NULL,"
                + " document TEXT NOT NULL) WITH (autovacuum_enabled = false)");
        DocumentTable<Doc> table = new DocumentTable<>(dataSource, "stats_doc", "doc_id", Doc.class, Doc::docId,
                List.of(new DocumentTable.Column<>("version", java.sql.Types.BIGINT, Doc::version)), "version");
        List<BatchedDocuments.Change<Doc>> created = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            created.add(new BatchedDocuments.Change<>(null, new Doc("d-" + i, 0)));
        }
        TableStatistics.inOneTransaction(() -> table.write(created));
        assertThat(tuples(jdbc, "stats_doc")).as("20,000 new documents analyzed").isEqualTo(20_000);

        jdbc.update("DELETE FROM stats_doc WHERE doc_id IN (SELECT doc_id FROM stats_doc ORDER BY doc_id LIMIT 5000)");
        List<BatchedDocuments.Change<Doc>> replaced = jdbc.queryForList("SELECT doc_id FROM stats_doc", String.class)
                .stream().map(id -> new BatchedDocuments.Change<>(new Doc(id, 0), new Doc(id, 1))).toList();
        TableStatistics.inOneTransaction(() -> table.write(replaced));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM stats_doc WHERE version = 1", Long.class))
                .isEqualTo(15_000);
        assertThat(tuples(jdbc, "stats_doc")).as("15,000 replaced: the table did not grow, so no analysis")
                .isEqualTo(20_000);
        assertThat(jdbc.queryForList("SELECT attname FROM pg_stats WHERE tablename = 'stats_doc' ORDER BY attname",
                String.class)).as("columns with statistics: not the document").containsExactly("doc_id", "version");
    }

    private static long tuples(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE relname = ?", Long.class, table);
    }

    @Test
    void leavesOtherDatabasesToThemselves() {
        TableStatistics statistics = new TableStatistics(new DriverManagerDataSource("jdbc:h2:mem:statistics"));

        assertThatCode(() -> statistics.inserted("no_such_table", 1_000_000)).doesNotThrowAnyException();
    }

    private static void insertCounters(JdbcTemplate jdbc, int from, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            rows.add(new Object[]{1L, "c", "item-" + i});
        }
        jdbc.batchUpdate("INSERT INTO dashboard_counter (amount, counter, item) VALUES (?, ?, ?)", rows);
    }

    private static long analyzedRows(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE relname = 'dashboard_counter'",
                Long.class);
    }
}
