package com.outsourcingledger.query.stream;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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

    @Bean(destroyMethod = "shutDown")
    EventStreamService eventStreamService(EventStore eventStore, EventCatalog catalog, EventStreamProperties properties) {
        return new EventStreamService(eventStore, catalog, properties, Clock.systemUTC());
    }
}
