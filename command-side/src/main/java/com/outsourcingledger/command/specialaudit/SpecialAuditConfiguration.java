package com.outsourcingledger.command.specialaudit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SpecialAuditPolicy.class)
class SpecialAuditConfiguration {
}
