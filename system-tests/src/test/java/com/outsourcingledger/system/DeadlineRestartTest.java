package com.outsourcingledger.system;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A deadline set before a shutdown fires after the restart: deadlines live in the database, not in memory. */
class DeadlineRestartTest {

    private final LedgerClient client = new LedgerClient();

    @Test
    void aDeadlineDueWhileTheSystemWasDownFiresAfterTheRestart() {
        Map<String, String> database = PostgresForTests.newDatabase();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String vendorId;
        try (LedgerSystem before = LedgerSystem.start(database)) {
            before.commandSide().getBean(Scheduler.class).stop();
            vendorId = VendorSteps.registerAndAdmit(before, client);
            Response added = client.post(before.commandUrl("/vendors/" + vendorId + "/qualifications"), "hr",
                    VendorSteps.qualification("lapsed", "SAFETY_CERT", today.minusYears(3),
                            today.minusDays(1), true));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            assertThat(before.commandSide().getBean(JdbcClient.class)
                    .sql("SELECT count(*) FROM scheduled_tasks WHERE execution_time < CURRENT_TIMESTAMP")
                    .query(Long.class).single())
                    .as("the due deadline is stored, waiting").isEqualTo(1L);
        }

        try (LedgerSystem after = LedgerSystem.start(database)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            String status = null;
            while (System.nanoTime() < deadline) {
                Response vendor = client.get(after.queryUrl("/vendors/" + vendorId), "audit");
                status = vendor.status() == 200 ? vendor.json().get("status").asString() : null;
                if ("SUSPENDED".equals(status)) {
                    return;
                }
                sleep();
            }
            throw new AssertionError("the stored deadline never fired after the restart; vendor status " + status);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
