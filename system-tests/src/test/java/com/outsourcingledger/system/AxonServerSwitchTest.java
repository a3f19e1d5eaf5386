package com.outsourcingledger.system;

import com.outsourcingledger.command.CommandSideApplication;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code -Dledger.it.axonserver=host:port} adds the {@code axonserver} profile and that server to both apps'
 * command lines, and changes nothing when absent. No Axon Server runs here; the connector connects lazily.
 */
class AxonServerSwitchTest {

    private static final Map<String, String> DATABASE = Map.of("spring.datasource.url", "jdbc:postgresql://db/ledger");

    @Test
    void withoutTheSwitchTheCommandLineIsTheGivenPropertiesOnly() {
        assertThat(LedgerSystem.arguments(DATABASE, null)).containsExactly("--server.port=0",
                "--ledger.deadline-poll=200ms", "--spring.datasource.url=jdbc:postgresql://db/ledger");
        assertThat(LedgerSystem.arguments(DATABASE, "")).isEqualTo(LedgerSystem.arguments(DATABASE, null));
    }

    @Test
    void theSwitchAddsTheProfileAndTheServer() {
        assertThat(LedgerSystem.arguments(DATABASE, "axon.example:8124")).containsExactly("--server.port=0",
                "--ledger.deadline-poll=200ms", "--spring.datasource.url=jdbc:postgresql://db/ledger",
                "--spring.profiles.include=axonserver", "--axon.axonserver.servers=axon.example:8124");
    }

    @Test
    void theProfileJoinsThoseAlreadyIncluded() {
        Map<String, String> properties = new LinkedHashMap<>(DATABASE);
        properties.put("spring.profiles.include", "jwt");
        assertThat(LedgerSystem.arguments(properties, "axon.example:8124"))
                .contains("--spring.profiles.include=jwt,axonserver")
                .filteredOn(argument -> argument.startsWith("--spring.profiles.include=")).hasSize(1);
    }

    @Test
    void anAppStartedWithTheSwitchedCommandLineKeepsItsEventsOnAxonServer() {
        List<String> args = new ArrayList<>(LedgerSystem.arguments(PostgresForTests.newDatabase(), "localhost:1"));
        args.add("--axon.axonserver.connect-timeout=100");
        try (ConfigurableApplicationContext app = CommandSideApplication.builder().run(args.toArray(String[]::new))) {
            assertThat(app.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(app.getEnvironment().getActiveProfiles()).contains("axonserver");
        }
    }
}
