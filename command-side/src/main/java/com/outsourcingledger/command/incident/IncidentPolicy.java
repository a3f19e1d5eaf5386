package com.outsourcingledger.command.incident;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Policy values of incidents: within how many hours of the occurrence every required party must be notified (the
 * sources say only "immediately"), recorded in each {@code IncidentReported} as {@code notificationLimitHours}.
 */
@ConfigurationProperties("ledger.incident")
record IncidentPolicy(@DefaultValue("24") int notificationLimitHours) {

    static IncidentPolicy defaults() {
        return new IncidentPolicy(24);
    }
}
