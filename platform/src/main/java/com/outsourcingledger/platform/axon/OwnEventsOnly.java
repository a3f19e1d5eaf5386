package com.outsourcingledger.platform.axon;

import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Every aggregate reads only the events of its own type. Identifiers are the clients' own, and the store keys a
 * stream by identifier alone: without the filter, a command creating (or acting on) an aggregate under an identifier
 * another aggregate holds loaded that one's history into it — a 500, or with create-if-missing an event of one type
 * appended to the stream of another. Filtered, the clash is the store's: a creation at sequence 0 is refused (409)
 * and any other command finds nothing (404).
 * <p>
 * {@code @Aggregate(filterEventsByType = true)} would say it per aggregate, but Axon 4.13's Spring Boot lookup
 * ({@code SpringAggregateLookup}) never copies that attribute to the configurer it registers, so the setting is
 * applied here to each registered aggregate.
 */
final class OwnEventsOnly implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (String name : beanFactory.getBeanNamesForType(SpringAggregateConfigurer.class, true, false)) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            definition.getPropertyValues().add("filterEventsByType", true);
        }
    }
}
