package com.outsourcingledger.query.risk;

import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;

class RiskProjectionPostgresTest extends RiskProjectionContract {

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
