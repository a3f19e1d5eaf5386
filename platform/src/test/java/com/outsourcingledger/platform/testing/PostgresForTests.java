package com.outsourcingledger.platform.testing;

import com.outsourcingledger.platform.schema.SchemaMigrations;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server started once per test JVM from Maven-provided binaries (no Docker, nothing
 * installed), with a fresh database for every caller that asks.
 */
public final class PostgresForTests {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresForTests() {
    }

    /** Creates an empty database and returns the Spring datasource properties that point at it. */
    public static Map<String, String> newDatabase() {
        String name = "ledger_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return Map.of(
                "spring.datasource.url", server().getJdbcUrl("postgres", name),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "");
    }

    /** A fresh database with the shared schema and {@code application}'s own migrations applied. */
    public static DataSource migratedDataSource(String application) {
        Map<String, String> db = newDatabase();
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(db.get("spring.datasource.url"));
        pool.setUsername(db.get("spring.datasource.username"));
        pool.setPassword(db.get("spring.datasource.password"));
        pool.setMaximumPoolSize(4);
        pool.setMinimumIdle(0);
        pool.setIdleTimeout(10_000);
        DataSource dataSource = new HikariDataSource(pool);
        new SchemaMigrations(dataSource, application).migrate();
        return dataSource;
    }

    /**
     * With {@code -Dpostgres.statements=true} the server counts every statement's calls and time
     * ({@code pg_stat_statements}, created in a database with {@code CREATE EXTENSION}): for benchmarks.
     */
    public static final String STATEMENTS = "postgres.statements";

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off");
                if (Boolean.getBoolean(STATEMENTS)) {
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                }
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data directory is temporary
                }
            }));
        }
        return server;
    }
}
