package com.outsourcingledger.query.admin;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A projection handler that cannot apply an event stops its processor at that event (Axon's default would log the
 * error and go on, leaving the read model silently without it): the processor retries with back-off, health is
 * DOWN naming the event, and an operator either fixes the cause or skips the event (ProcessorSkips).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionFailures {

    @Bean
    ConfigurerModule projectionHandlerErrorsPropagate() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }
}
