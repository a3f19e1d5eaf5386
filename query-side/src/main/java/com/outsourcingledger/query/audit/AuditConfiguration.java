package com.outsourcingledger.query.audit;

import com.outsourcingledger.platform.eventlog.StoreReader;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    @Bean
    StoreReader storeReader(EventStore eventStore, ObjectProvider<EventStorageEngine> storageEngine) {
        return new StoreReader(eventStore, storageEngine);
    }
}
