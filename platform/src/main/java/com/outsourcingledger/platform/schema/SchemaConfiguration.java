package com.outsourcingledger.platform.schema;

import com.outsourcingledger.platform.LedgerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The database both apps share: its schema migrated at startup, and how each PostgreSQL session is set up. */
@Configuration(proxyBeanMethods = false)
public class SchemaConfiguration {

    @Bean
    static PostgresSessions postgresSessions() {
        return new PostgresSessions();
    }

    @Bean
    SchemaMigrations schemaMigrations(DataSource dataSource, LedgerProperties properties) {
        SchemaMigrations migrations = new SchemaMigrations(dataSource, properties.application());
        migrations.migrate();
        return migrations;
    }
}
