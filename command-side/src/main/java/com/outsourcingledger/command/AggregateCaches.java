package com.outsourcingledger.command;

import com.outsourcingledger.platform.LedgerProperties;
import com.outsourcingledger.platform.axon.StoreCheckedCache;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache per aggregate type, named on the aggregate ({@code @Aggregate(cache = "vendorCache")}): a command on
 * an aggregate this node used lately checks the store for newer events instead of reading its whole history.
 * {@code ledger.aggregate-cache} sets how many aggregates of each type are kept; 0 turns caching off.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCaches {

    private final ObjectProvider<EventStore> eventStore;
    private final int capacity;

    AggregateCaches(ObjectProvider<EventStore> eventStore, LedgerProperties properties) {
        this.eventStore = eventStore;
        this.capacity = properties.aggregateCache();
    }

    @Bean
    Cache vendorCache() {
        return cache();
    }

    @Bean
    Cache projectCache() {
        return cache();
    }

    @Bean
    Cache sourcingCache() {
        return cache();
    }

    @Bean
    Cache contractCache() {
        return cache();
    }

    @Bean
    Cache evaluationCache() {
        return cache();
    }

    @Bean
    Cache settlementCache() {
        return cache();
    }

    @Bean
    Cache workerCache() {
        return cache();
    }

    @Bean
    Cache shamSignalCache() {
        return cache();
    }

    @Bean
    Cache complianceCheckCache() {
        return cache();
    }

    @Bean
    Cache incidentCache() {
        return cache();
    }

    @Bean
    Cache riskCache() {
        return cache();
    }

    @Bean
    Cache specialAuditCache() {
        return cache();
    }

    private Cache cache() {
        return capacity > 0 ? new StoreCheckedCache(eventStore::getObject, capacity) : NoCache.INSTANCE;
    }
}
