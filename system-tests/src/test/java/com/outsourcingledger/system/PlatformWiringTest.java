package com.outsourcingledger.system;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import com.outsourcingledger.platform.problem.ConflictTranslatingCommandBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Axon 4.13's auto-configuration does not order itself correctly under Spring Boot 4: left alone there is no
 * event store and the transaction manager silently becomes a no-op. This pins the explicit wiring. The tests of
 * the JDBC event store's engine and table are {@link JdbcStoreOnly}.
 */
class PlatformWiringTest {

    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();


    @Test
    void bothAppsUseTheSpringTransactionManagerAndTheJdbcStores() {
        for (ConfigurableApplicationContext app : List.of(ledger.system().commandSide(), ledger.system().querySide())) {
            assertThat(app.getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
            assertThat(app.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
            assertThat(app.getBean(SagaStore.class)).isInstanceOf(JdbcSagaStore.class);
            assertThat(app.getBean("eventSerializer", Serializer.class)).isInstanceOf(Jackson3Serializer.class);
            assertThat(app.getBean("messageSerializer", Serializer.class)).isInstanceOf(Jackson3Serializer.class);
            org.axonframework.config.Configuration axon = app.getBean(org.axonframework.config.Configuration.class);
            assertThat(axon.eventStore()).isSameAs(app.getBean(EventStore.class));
            assertThat(axon.getComponent(TransactionManager.class)).isSameAs(app.getBean(TransactionManager.class));
            assertThat(axon.commandBus()).as("stream conflicts cross the bus as data")
                    .isInstanceOf(ConflictTranslatingCommandBus.class);
        }
    }

    @Test
    @JdbcStoreOnly
    void bothAppsKeepEventsInTheJdbcEventStore() {
        for (ConfigurableApplicationContext app : List.of(ledger.system().commandSide(), ledger.system().querySide())) {
            assertThat(app.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
            assertThat(app.getBean(EventStore.class)).isInstanceOf(EmbeddedEventStore.class);
        }
    }

    @Test
    void neitherAppPhonesHome() {
        for (ConfigurableApplicationContext app : List.of(ledger.system().commandSide(), ledger.system().querySide())) {
            assertThat(app.getEnvironment().getProperty("axon.update-check.disabled", Boolean.class)).isTrue();
            app.getBeanProvider(org.axonframework.updates.configuration.UsagePropertyProvider.class)
                    .ifAvailable(usage -> assertThat(usage.getDisabled()).isTrue());
        }
    }

    @Test
    void postgresSessionsPlanEachStatementWithItsParameters() {
        for (ConfigurableApplicationContext app : List.of(ledger.system().commandSide(), ledger.system().querySide())) {
            assertThat(jdbc(app).sql("SHOW plan_cache_mode").query(String.class).single())
                    .isEqualTo("force_custom_plan");
        }
    }

    @Test
    void onlyTheCommandSideExecutesDurableDeadlines() {
        ConfigurableApplicationContext commandSide = ledger.system().commandSide();
        assertThat(commandSide.getBean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(commandSide.getBean(Scheduler.class).getSchedulerState().isStarted())
                .as("command-side polls for due deadlines").isTrue();
        assertThat(ledger.system().querySide().getBeanProvider(Scheduler.class).getIfAvailable())
                .as("query-side has no aggregates: it must never consume a deadline").isNull();
    }

    @Test
    @JdbcStoreOnly
    void anEventAppendRollsBackWithTheTransactionItRanIn() {
        ConfigurableApplicationContext app = ledger.system().commandSide();
        EventStorageEngine engine = app.getBean(EventStorageEngine.class);
        Transaction transaction = app.getBean(TransactionManager.class).startTransaction();
        try {
            engine.appendEvents(new GenericDomainEventMessage<>("Probe", "rollback-probe", 0, "payload"));
        } finally {
            transaction.rollback();
        }

        assertThat(jdbc(app).sql("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = 'rollback-probe'")
                .query(Long.class).single()).isZero();
    }

    @Test
    @JdbcStoreOnly
    void aSecondAppendAtTheSameSequenceIsAConcurrencyConflictNotAFailure() {
        ConfigurableApplicationContext app = ledger.system().commandSide();
        EventStorageEngine engine = app.getBean(EventStorageEngine.class);
        engine.appendEvents(new GenericDomainEventMessage<>("Probe", "conflict-probe", 0, "first"));

        assertThatThrownBy(() -> engine.appendEvents(new GenericDomainEventMessage<>("Probe", "conflict-probe", 0, "second")))
                .isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(new GenericDomainEventMessage<>("Probe", "conflict-probe", 1, "next"));
        assertThatThrownBy(() -> engine.appendEvents(new GenericDomainEventMessage<>("Probe", "conflict-probe", 1, "racer")))
                .isInstanceOf(ConcurrencyException.class);
    }

    @Test
    @JdbcStoreOnly
    void eachAppOwnsItsMigrationsBesideTheSharedEventStoreSchema() {
        JdbcClient jdbc = jdbc(ledger.system().commandSide());
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                .query(String.class).list();
        assertThat(tables).contains("domainevententry", "snapshotevententry", "tokenentry", "sagaentry",
                "associationvalueentry", "scheduled_tasks", "flyway_platform_history",
                "flyway_command_side_history", "flyway_query_side_history");
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class);
    }
}
