package com.outsourcingledger.query.signal;

import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;

class ShamSignalProjectionPostgresTest extends ShamSignalProjectionContract {

    private static DataSource dataSource;

    @BeforeAll
    static void migratedDatabase() {
        dataSource = PostgresForTests.migratedDataSource("query-side");
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
