package com.outsourcingledger.platform.schema;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Owns the schema. The shared event-store schema is migrated from one migration set with its own history
 * table, whichever app starts first; each app then migrates the tables it alone owns, with a history table
 * of its own, so neither app ever needs to know the other's migrations.
 */
public final class SchemaMigrations {

    private final DataSource dataSource;
    private final String application;

    public SchemaMigrations(DataSource dataSource, String application) {
        this.dataSource = dataSource;
        this.application = application;
    }

    public void migrate() {
        migrate("platform");
        migrate(application);
    }

    private void migrate(String owner) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/" + owner)
                .table("flyway_" + owner.replace('-', '_') + "_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }
}
