package com.outsourcingledger.command.lookup;

import com.outsourcingledger.platform.schema.SchemaMigrations;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the databases the migrations must run on: real PostgreSQL, and H2 in PostgreSQL mode. */
class JdbcContractWorkersTest {

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
    void knowsWhichContractsHaveWorkers(String database) {
        ContractWorkers workers = new JdbcContractWorkers(migrated(database));
        assertThat(workers.hasWorkers("contract-1")).isFalse();

        workers.enlist("worker-1", "contract-1");
        workers.enlist("worker-1", "contract-1");

        assertThat(workers.hasWorkers("contract-1")).isTrue();
        assertThat(workers.hasWorkers("contract-2")).isFalse();
    }
}
