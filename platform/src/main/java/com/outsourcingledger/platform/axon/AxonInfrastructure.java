package com.outsourcingledger.platform.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.LedgerProperties;
import com.outsourcingledger.platform.problem.CommandFailureTranslator;
import com.outsourcingledger.platform.schema.SchemaMigrations;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Axon infrastructure both apps declare identically: serializers from the shared wire format, the Spring
 * transaction manager, JDBC token and saga stores, durable deadlines, and the metadata every message carries.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
public class AxonInfrastructure {

    @Bean
    SchemaMigrations schemaMigrations(DataSource dataSource, LedgerProperties properties) {
        SchemaMigrations migrations = new SchemaMigrations(dataSource, properties.application());
        migrations.migrate();
        return migrations;
    }

    @Bean
    Clock clock(LedgerProperties properties) {
        return Clock.system(properties.zone());
    }

    @Bean
    @Primary
    Serializer serializer() {
        return EventWireFormat.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource, SchemaMigrations migrated) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolations();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(SnakeCaseSchema.tokens())
                .contentType(byte[].class)
                .build();
    }

    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(new PostgresSagaSqlSchema(SnakeCaseSchema.sagas()))
                .serializer(serializer)
                .build();
    }

    /** Deadlines live in the database, so they survive restarts; scheduling joins the command's transaction. */
    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, LedgerProperties properties,
                                SchemaMigrations migrated) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .tableName("scheduled_tasks")
                .pollingInterval(properties.deadlinePoll())
                .threads(2)
                .build();
    }

    /** Axon's db-scheduler task looks this up by its concrete type when a deadline fires. */
    @Bean
    DbSchedulerDeadlineManager deadlineManager(Scheduler deadlineScheduler,
                                               org.axonframework.config.Configuration axonConfiguration,
                                               Serializer serializer, TransactionManager axonTransactionManager) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axonConfiguration))
                .serializer(serializer)
                .transactionManager(axonTransactionManager)
                .useBinaryPojo(true)
                .build();
    }

    /** Causation is the direct parent message; correlation is the originating request, inherited down the chain. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider(MetadataKeys.CAUSATION_ID, MetadataKeys.CORRELATION_ID);
    }

    @Bean
    CorrelationDataProvider actingParty() {
        return new SimpleCorrelationDataProvider(MetadataKeys.USER, MetadataKeys.DEPARTMENT);
    }

    @Bean
    CorrelationDataProvider causingCommand() {
        return message -> message instanceof org.axonframework.commandhandling.CommandMessage<?> command
                ? Map.of(MetadataKeys.COMMAND, command.getCommandName().replaceAll(".*[.$]", ""))
                : Map.of();
    }

    /**
     * Registered once every singleton exists: Axon's command bus bean is built from the Axon configuration, so
     * asking for it while that configuration initializes (an onInitialize handler) is a circular reference.
     */
    @Bean
    SmartInitializingSingleton commandInterceptors(ObjectProvider<CommandBus> commandBus) {
        return () -> {
            CommandBus bus = commandBus.getObject();
            bus.registerDispatchInterceptor(new ActorMetadata());
            bus.registerHandlerInterceptor(new CommandFailureTranslator());
        };
    }

    /** Tracking processors wake as soon as the event store has new events, instead of pooled polling. */
    @Bean
    ConfigurerModule ledgerMessaging() {
        return configurer -> {
            configurer.eventProcessing(processing -> processing
                    .usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing()
                            .andBatchSize(100)
                            .andEventAvailabilityTimeout(1, TimeUnit.SECONDS)));
        };
    }
}
