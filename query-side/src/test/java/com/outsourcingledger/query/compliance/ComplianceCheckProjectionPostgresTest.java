package com.outsourcingledger.query.compliance;

import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;

class ComplianceCheckProjectionPostgresTest extends ComplianceCheckProjectionContract {

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
