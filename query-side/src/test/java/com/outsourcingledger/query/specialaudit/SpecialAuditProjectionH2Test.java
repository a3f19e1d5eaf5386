package com.outsourcingledger.query.specialaudit;

import com.outsourcingledger.platform.schema.SchemaMigrations;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

/** The same scenarios on H2 in PostgreSQL mode, the embedded default database: the SQL must run on both. */
class SpecialAuditProjectionH2Test extends SpecialAuditProjectionContract {

    private static DataSource dataSource;

    @BeforeAll
    static void migratedDatabase() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:special-audit-views;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        new SchemaMigrations(dataSource, "query-side").migrate();
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
