package com.outsourcingledger.query.sourcing;

import com.outsourcingledger.platform.schema.SchemaMigrations;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

class SourcingProjectionH2Test extends SourcingProjectionContract {

    private static DataSource dataSource;

    @BeforeAll
    static void migratedDatabase() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:sourcing-views;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        new SchemaMigrations(dataSource, "query-side").migrate();
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
