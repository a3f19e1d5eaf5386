package com.outsourcingledger.platform.axon;

import com.outsourcingledger.platform.LedgerProperties;
import com.outsourcingledger.platform.eventlog.ReadAheadEventSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.util.concurrent.TimeUnit;

/**
 * Axon's JDBC event storage engine on the shared database, used by both apps unless the {@code axonserver}
 * profile hands events to Axon Server. The embedded store polls the database on its own, so events appended
 * by the other process show up within {@code ledger.event-poll-delay}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!axonserver")
public class JdbcEventStore {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          LedgerProperties properties) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .dataType(byte[].class)
                .batchSize(properties.eventFetch())
                .build();
    }

    @Bean(destroyMethod = "shutDown")
    EventStore eventStore(EventStorageEngine eventStorageEngine, LedgerProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(eventStorageEngine)
                .fetchDelay(properties.eventPollDelay().toMillis())
                .cleanupDelay(10_000)
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }

    /** Tracking processors read the store ahead of the batch they handle (see {@link ReadAheadEventSource}). */
    @Bean
    ConfigurerModule readAheadEventSource(LedgerProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .configureDefaultStreamableMessageSource(c -> new ReadAheadEventSource(c.eventStore(),
                        properties.eventFetch(), properties.processorLinger())));
    }
}
