package com.outsourcingledger.query.project;

import com.outsourcingledger.platform.schema.SchemaMigrations;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

class ProjectProjectionH2Test extends ProjectProjectionContract {

    private static DataSource dataSource;

    @BeforeAll
    static void migratedDatabase() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:project-views;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        new SchemaMigrations(dataSource, "query-side").migrate();
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
