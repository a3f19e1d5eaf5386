package com.outsourcingledger.platform.axon;

import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.LedgerProperties;
import com.outsourcingledger.platform.problem.CommandFailureTranslator;
import com.outsourcingledger.platform.problem.ConflictTranslatingCommandBus;
import com.outsourcingledger.platform.schema.SchemaMigrations;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
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
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Axon infrastructure both apps declare identically: serializers from the shared wire format, the Spring
 * transaction manager, JDBC token and saga stores, and the metadata every message carries.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
public class AxonInfrastructure {

    /** How often an idle thread of a split processor looks for a segment to claim (Axon's default: 5 s). */
    private static final Duration SPLIT_CLAIM_INTERVAL = Duration.ofSeconds(1);

    /**
     * The bus that handles commands on this node (the local bus, and Axon Server's local segment) reports a
     * stream conflict found at commit as a rule violation in the failure's details: one translation for both buses.
     */
    /** See {@link OwnEventsOnly}. */
    @Bean
    static OwnEventsOnly ownEventsOnly() {
        return new OwnEventsOnly();
    }

    @Bean
    static BeanPostProcessor conflictTranslatingCommandBus() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof SimpleCommandBus local ? new ConflictTranslatingCommandBus(local) : bean;
            }
        };
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

    /** Token claims are in this node's name; one not extended within {@code ledger.claim-timeout} may be taken. */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, LedgerProperties properties) {
        return JdbcTokenStore.builder()
                .nodeId(properties.node())
                .claimTimeout(properties.claimTimeout())
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .contentType(byte[].class)
                .build();
    }

    @Bean
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, DataSource dataSource,
                                    LedgerProperties properties) {
        return new SegmentBalancer(processing, JdbcClient.create(dataSource), properties.node(),
                properties.balanceInterval(), properties.claimTimeout(), SPLIT_CLAIM_INTERVAL.multipliedBy(5));
    }

    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(new PostgresSagaSqlSchema())
                .serializer(serializer)
                .build();
    }

    /** Causation is the direct parent message; correlation is the originating request, inherited down the chain. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider(MetadataKeys.CAUSATION_ID, MetadataKeys.CORRELATION_ID);
    }

    @Bean
    CorrelationDataProvider actingParty() {
        return new SimpleCorrelationDataProvider(MetadataKeys.USER, MetadataKeys.DEPARTMENT, MetadataKeys.VENDOR);
    }

    @Bean
    CorrelationDataProvider causingCommand() {
        return message -> message instanceof org.axonframework.commandhandling.CommandMessage<?> command
                ? Map.of(MetadataKeys.COMMAND, command.getCommandName().replaceAll(".*[.$]", ""))
                : Map.of();
    }

    /**
     * Tracking processors wake as soon as the event store has new events, instead of pooled polling. One segment
     * and one thread each, unless {@code ledger.processors.<group>} gives it more: each thread of each node claims
     * one segment, and the {@link SegmentBalancer} makes nodes share a processor's segments.
     */
    @Bean
    ConfigurerModule trackingProcessors(LedgerProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> {
            processing.usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(c -> tracking(properties,
                            new LedgerProperties.Processor(1, 1)));
            properties.processors().forEach((group, processor) -> processing
                    .registerTrackingEventProcessorConfiguration(group, c -> tracking(properties, processor)));
        });
    }

    private static TrackingEventProcessorConfiguration tracking(LedgerProperties properties,
                                                                LedgerProperties.Processor processor) {
        return TrackingEventProcessorConfiguration.forParallelProcessing(processor.threads())
                .andInitialSegmentsCount(processor.segments())
                .andTokenClaimInterval(processor.segments() > 1 ? SPLIT_CLAIM_INTERVAL.toMillis() : 5000,
                        TimeUnit.MILLISECONDS)
                .andBatchSize(properties.eventBatch())
                .andEventAvailabilityTimeout(1, TimeUnit.SECONDS);
    }

    @Bean
    ProcessorFailures processorFailures(Clock clock) {
        return new ProcessorFailures(clock);
    }

    /**
     * Every processor's events pass the guard: skipped events (an operator's decision, when the application keeps a
     * {@link SkippedEvents} list) are passed, and an event a processor cannot apply is recorded for health. A handler
     * that fails (a projection, a lookup, a saga step whose command could not be sent) stops its processor at that
     * event, which retries with back-off: Axon's default would log the error and go on without the event.
     */
    @Bean
    ConfigurerModule eventHandlingGuard(ProcessorFailures failures, ObjectProvider<SkippedEvents> skipped,
                                        UnitOfWorkLimits limits) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((configuration, processor) -> limits.interceptor(processor))
                .registerDefaultHandlerInterceptor((configuration, processor) -> new EventHandlingGuard(processor,
                        failures, skipped.getIfAvailable(() -> SkippedEvents.NONE))));
    }

    /** A warning at 10 s and an interrupt at 60 s for every unit of work (Axon's defaults), without its cost. */
    @Bean(destroyMethod = "close")
    UnitOfWorkLimits unitOfWorkLimits() {
        return new UnitOfWorkLimits(Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    /** Registered on the built bus (not as interceptor beans) so nothing registers them twice. */
    @Bean
    InitializingBean commandInterceptors(CommandBus commandBus, UnitOfWorkLimits limits) {
        return () -> {
            commandBus.registerHandlerInterceptor(limits.interceptor("command bus"));
            commandBus.registerDispatchInterceptor(new ActorMetadata());
            commandBus.registerHandlerInterceptor(new CommandFailureTranslator());
            commandBus.registerHandlerInterceptor(new CommandInputRules());
        };
    }

    /** Only under the {@code axonserver} profile: the connection to Axon Server's context. */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
    AxonServerHealth axonServerHealthIndicator(AxonServerConnectionManager connections) {
        return new AxonServerHealth(connections);
    }

    @Bean
    EventProcessorsHealth eventProcessorsHealthIndicator(EventProcessingConfiguration eventProcessing,
                                                         ProcessorFailures failures) {
        return new EventProcessorsHealth(eventProcessing, failures);
    }
}
