package com.outsourcingledger.command.contract;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContractPolicy.class)
class ContractConfiguration {
}
