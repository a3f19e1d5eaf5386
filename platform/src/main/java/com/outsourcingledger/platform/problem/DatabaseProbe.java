package com.outsourcingledger.platform.problem;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The database can be reached when the pool hands out a connection that answers within a second. */
public final class DatabaseProbe implements StoreProbe {

    private final DataSource dataSource;

    public DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<String> unreachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1) ? Optional.empty() : Optional.of("the database");
        } catch (SQLException e) {
            return Optional.of("the database");
        }
    }
}
