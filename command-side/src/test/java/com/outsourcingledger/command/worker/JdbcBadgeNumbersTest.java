package com.outsourcingledger.command.worker;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.platform.schema.SchemaMigrations;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the databases the migrations must run on: real PostgreSQL, and H2 in PostgreSQL mode. */
class JdbcBadgeNumbersTest {

    private static DataSource migrated(String database) {
        DataSource dataSource;
        if ("postgresql".equals(database)) {
            Map<String, String> db = PostgresForTests.newDatabase();
            dataSource = new DriverManagerDataSource(db.get("spring.datasource.url"),
                    db.get("spring.datasource.username"), db.get("spring.datasource.password"));
        } else {
            dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        }
        new SchemaMigrations(dataSource, "command-side").migrate();
        return dataSource;
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void givesABadgeNumberToOneWorkerOnly(String database) {
        BadgeNumbers badges = new JdbcBadgeNumbers(migrated(database));
        badges.claim("B-0001", "worker-1");

        assertThatCode(() -> badges.claim("B-0001", "worker-1")).as("a retry by the same worker")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> badges.claim("B-0001", "worker-2")).isInstanceOfSatisfying(Refusal.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.rule()).isEqualTo("worker.badge.number-taken"));
        assertThatCode(() -> badges.claim("B-0002", "worker-2")).doesNotThrowAnyException();
    }
}
