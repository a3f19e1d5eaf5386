package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.platform.schema.SchemaMigrations;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.outsourcingledger.command.vendor.VendorSamples.CREDIT_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the databases the migrations must run on: real PostgreSQL, and H2 in PostgreSQL mode. */
class JdbcCreditCodesTest {

    private static final String OTHER_CODE = "91110000600037341L";

    private DataSource migrated(String database) {
        DataSource dataSource = "postgresql".equals(database) ? postgres() : h2();
        new SchemaMigrations(dataSource, "command-side").migrate();
        return dataSource;
    }

    private static DataSource postgres() {
        Map<String, String> db = PostgresForTests.newDatabase();
        return new DriverManagerDataSource(db.get("spring.datasource.url"), db.get("spring.datasource.username"),
                db.get("spring.datasource.password"));
    }

    private static DataSource h2() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void claimsAFreeCodeForTheVendor(String database) {
        CreditCodes codes = new JdbcCreditCodes(migrated(database));

        codes.claim(CREDIT_CODE, "vendor-1");

        assertThat(codes.ownerOf(CREDIT_CODE)).contains("vendor-1");
        assertThat(codes.ownerOf(OTHER_CODE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void refusesACodeClaimedByAnotherVendor(String database) {
        CreditCodes codes = new JdbcCreditCodes(migrated(database));
        codes.claim(CREDIT_CODE, "vendor-1");

        assertThatThrownBy(() -> codes.claim(CREDIT_CODE, "vendor-2"))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.rule()).isEqualTo("vendor.credit-code.already-registered");
                    assertThat(e.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                });
        assertThat(codes.ownerOf(CREDIT_CODE)).contains("vendor-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void treatsTheSameVendorClaimingAgainAsARetryThatKeepsItsTransactionUsable(String database) {
        DataSource dataSource = migrated(database);
        CreditCodes codes = new JdbcCreditCodes(dataSource);
        codes.claim(CREDIT_CODE, "vendor-1");

        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(tx -> {
            codes.claim(CREDIT_CODE, "vendor-1");
            codes.claim(OTHER_CODE, "vendor-1");
        });

        assertThat(codes.ownerOf(OTHER_CODE)).contains("vendor-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void releasesTheClaimWhenItsTransactionRollsBack(String database) {
        DataSource dataSource = migrated(database);
        CreditCodes codes = new JdbcCreditCodes(dataSource);

        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(tx -> {
            codes.claim(CREDIT_CODE, "vendor-1");
            tx.setRollbackOnly();
        });

        assertThat(codes.ownerOf(CREDIT_CODE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void letsExactlyOneOfManyConcurrentClaimsWin(String database) throws Exception {
        CreditCodes codes = new JdbcCreditCodes(migrated(database));
        int claimants = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(claimants)) {
            for (int i = 0; i < claimants; i++) {
                String vendorId = "vendor-" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        codes.claim(CREDIT_CODE, vendorId);
                        return true;
                    } catch (Refusal refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            long winners = 0;
            for (Future<Boolean> outcome : outcomes) {
                winners += outcome.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        }
        assertThat(codes.ownerOf(CREDIT_CODE)).hasValueSatisfying(owner -> assertThat(owner).startsWith("vendor-"));
    }
}
