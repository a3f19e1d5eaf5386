package com.outsourcingledger.query.stream;

import com.outsourcingledger.platform.LedgerProperties;
import com.outsourcingledger.query.privacy.PersonalDataRendering;
import com.outsourcingledger.query.stream.catalog.EventCatalog;
import com.outsourcingledger.query.sse.EventStreamProperties;
import com.outsourcingledger.query.stream.delivery.EventStreamService;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStreamProperties.class)
class EventStreamConfiguration {

    @Bean
    EventCatalog eventCatalog() {
        return EventCatalog.scan();
    }

    /**
     * Ends every subscription when the context starts closing, before the web server's graceful shutdown would
     * wait for these never-ending responses.
     */
    @Bean
    ApplicationListener<ContextClosedEvent> eventStreamShutdown(EventStreamService service) {
        return closed -> service.shutDown();
    }

    @Bean(destroyMethod = "shutDown")
    EventStreamService eventStreamService(EventStore eventStore, ObjectProvider<EventStorageEngine> jdbcEngine,
                                          LedgerProperties ledger, EventCatalog catalog,
                                          @Qualifier("eventSerializer") Serializer serializer,
                                          PersonalDataRendering personalData, EventStreamProperties properties) {
        return new EventStreamService(eventStore, jdbcEngine.getIfAvailable(), ledger.eventPollDelay(), catalog,
                serializer, personalData, properties, Clock.systemUTC());
    }
}
