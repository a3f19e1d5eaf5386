package com.outsourcingledger.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The one clock: aggregates, deadlines and read models take time from it, in the ledger's zone. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock(LedgerProperties properties) {
        return Clock.system(properties.zone());
    }
}
