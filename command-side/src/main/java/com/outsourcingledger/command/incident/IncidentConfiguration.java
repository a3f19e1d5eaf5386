package com.outsourcingledger.command.incident;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncidentPolicy.class)
class IncidentConfiguration {
}
