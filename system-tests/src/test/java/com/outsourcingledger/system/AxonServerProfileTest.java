package com.outsourcingledger.system;

import com.outsourcingledger.command.CommandSideApplication;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import com.outsourcingledger.platform.axon.AxonServerHealth;
import com.outsourcingledger.platform.problem.ConflictTranslatingCommandBus;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code axonserver} profile hands events, commands and queries to Axon Server through the connector.
 * The connector connects lazily, so the wiring can be checked without a server.
 */
class AxonServerProfileTest {

    @ParameterizedTest
    @ValueSource(strings = {"command-side", "query-side"})
    void routesEventsCommandsAndQueriesThroughAxonServer(String app) {
        SpringApplicationBuilder builder = app.equals("command-side")
                ? CommandSideApplication.builder() : QuerySideApplication.builder();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=axonserver",
                "--axon.axonserver.servers=localhost:1", "--axon.axonserver.connect-timeout=100"));
        PostgresForTests.newDatabase().forEach((key, value) -> args.add("--" + key + "=" + value));

        try (ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new))) {
            assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(context.getBean("commandBus")).as("the local segment reports stream conflicts as data")
                    .isInstanceOf(ConflictTranslatingCommandBus.class);
            assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
            assertThat(context.getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
            Health axonServer = context.getBean(AxonServerHealth.class).health();
            assertThat(axonServer.getStatus()).as("no Axon Server at localhost:1").isEqualTo(Status.DOWN);
            assertThat(axonServer.getDetails()).containsEntry("connected", false);
        }
    }
}
