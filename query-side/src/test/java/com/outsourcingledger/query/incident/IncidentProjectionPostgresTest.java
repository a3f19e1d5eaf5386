package com.outsourcingledger.query.incident;

import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;

class IncidentProjectionPostgresTest extends IncidentProjectionContract {

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
