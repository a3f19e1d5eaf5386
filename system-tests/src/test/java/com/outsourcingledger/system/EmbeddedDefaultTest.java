package com.outsourcingledger.system;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.platform.privacy.PersonalDataVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default that needs nothing but a JDK: both apps on one H2 file database in PostgreSQL mode. JDBC store
 * only: the embedded default is that store, its events in the H2 file.
 */
@JdbcStoreOnly
class EmbeddedDefaultTest {

    @TempDir
    Path dataDir;

    @Test
    void bothAppsStartOnTheSharedH2FileAndMigrateTheSameSchema() {
        try (LedgerSystem system = LedgerSystem.start(Map.of("ledger.data-dir", dataDir.toString()))) {
            LedgerClient client = new LedgerClient();
            assertThat(client.get(system.commandUrl("/actuator/health"), null).json().get("status").asString()).isEqualTo("UP");
            assertThat(client.get(system.queryUrl("/actuator/health"), null).json().get("status").asString()).isEqualTo("UP");

            String url = system.querySide().getEnvironment().getProperty("spring.datasource.url");
            assertThat(url).startsWith("jdbc:h2:file:" + dataDir).contains("AUTO_SERVER=TRUE", "MODE=PostgreSQL");
            JdbcClient jdbc = system.querySide().getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                    + "('domainevententry', 'tokenentry', 'sagaentry', 'scheduled_tasks')").query(Long.class).single())
                    .isEqualTo(4L);
            bothAppsShareThePersonalDataKeys(system);
        }
        assertThat(dataDir.resolve("ledger.mv.db")).exists();
    }

    /** Keys in the shared database (the default store): one app seals, the other opens, and sees the erasure. */
    private static void bothAppsShareThePersonalDataKeys(LedgerSystem system) {
        PersonalDataVault commandSide = system.commandSide().getBean(PersonalDataVault.class);
        PersonalDataVault querySide = system.querySide().getBean(PersonalDataVault.class);
        PersonalData data = new PersonalData("王芳", "110101199201011234", "wang.fang@example.cn");
        SealedPersonalData sealed = commandSide.seal("worker-embedded", data);

        assertThat(querySide.open(sealed)).contains(data);
        commandSide.erase("worker-embedded");
        await().atMost(Duration.ofSeconds(10)).until(() -> querySide.open(sealed).isEmpty());
        assertThat(querySide.isErased("worker-embedded")).isTrue();
    }

    @Test
    void aProjectionIsRebuiltInOneTransactionOnH2() {
        try (LedgerSystem system = LedgerSystem.start(Map.of("ledger.data-dir", dataDir.toString()))) {
            LedgerClient client = new LedgerClient();
            String vendor = VendorSteps.registerAndAdmit(system, client);
            ProjectSteps.awaitQuery(system, client, "/vendors/" + vendor, v -> v.path("status").asString().equals("ADMITTED"));

            assertThat(client.post(system.queryUrl("/admin/projections/vendor-views/rebuild"), "management", Map.of())
                    .status()).isEqualTo(202);

            ProjectSteps.awaitQuery(system, client, "/admin/projections/vendor-views",
                    p -> p.path("rebuild").path("state").asString().equals("COMPLETED") && p.path("caughtUp").asBoolean());
            assertThat(client.get(system.queryUrl("/vendors/" + vendor), "hr").json().path("status").asString())
                    .isEqualTo("ADMITTED");
        }
    }
}
