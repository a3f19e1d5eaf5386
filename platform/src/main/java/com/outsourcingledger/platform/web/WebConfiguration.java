package com.outsourcingledger.platform.web;

import com.outsourcingledger.platform.axon.EventProcessorsHealth;
import com.outsourcingledger.platform.problem.ProblemDetailsAdvice;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@Import(ProblemDetailsAdvice.class)
public class WebConfiguration {

    /** First of all filters, so that even a refused request gets and echoes its id. */
    @Bean
    FilterRegistrationBean<RequestIds> requestIds() {
        FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    EventProcessorsHealth eventProcessorsHealthIndicator(EventProcessingConfiguration eventProcessing) {
        return new EventProcessorsHealth(eventProcessing);
    }
}
