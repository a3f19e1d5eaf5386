package com.outsourcingledger.query.dashboard;

import com.outsourcingledger.platform.schema.SchemaMigrations;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.Map;

class DashboardProjectionPostgresTest extends DashboardProjectionContract {

    private static DataSource dataSource;

    @BeforeAll
    static void migratedDatabase() {
        Map<String, String> db = PostgresForTests.newDatabase();
        dataSource = new DriverManagerDataSource(db.get("spring.datasource.url"),
                db.get("spring.datasource.username"), db.get("spring.datasource.password"));
        new SchemaMigrations(dataSource, "query-side").migrate();
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
