package com.outsourcingledger.query.readmodel;

import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class TableStatisticsTest {

    @Test
    void analyzesATableOnPostgresqlOnceEnoughRowsWereInsertedSinceItsLastAnalysis() {
        DataSource dataSource = PostgresForTests.migratedDataSource("query-side");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TableStatistics statistics = new TableStatistics(dataSource);
        jdbc.execute("ALTER TABLE dashboard_counter SET (autovacuum_enabled = false)");

        insertCounters(jdbc, 0, 6_000);
        statistics.inserted("dashboard_counter", 6_000);
        assertThat(analyzedRows(jdbc)).as("below %d rows nothing is analyzed", TableStatistics.MIN_ROWS).isEqualTo(-1);

        insertCounters(jdbc, 6_000, 5_000);
        statistics.inserted("dashboard_counter", 5_000);
        assertThat(analyzedRows(jdbc)).isEqualTo(11_000);

        insertCounters(jdbc, 11_000, 5_000);
        statistics.insertedBy("INSERT INTO dashboard_counter (amount, counter, item) VALUES (?, ?, ?)", 5_000);
        assertThat(analyzedRows(jdbc)).as("not yet half the rows of the last analysis").isEqualTo(11_000);

        insertCounters(jdbc, 16_000, 10_000);
        statistics.inserted("dashboard_counter", 10_000);
        assertThat(analyzedRows(jdbc)).isEqualTo(26_000);
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
