package com.outsourcingledger.query.worker;

import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;

class WorkerProjectionPostgresTest extends WorkerProjectionContract {

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
