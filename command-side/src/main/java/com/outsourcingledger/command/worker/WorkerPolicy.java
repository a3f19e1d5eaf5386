package com.outsourcingledger.command.worker;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Policy values of the worker process: how many months the latest social-insurance proof may cover behind the
 * current month before it counts as lapsed (recorded in each {@code SocialInsuranceProofLapsed}).
 */
@ConfigurationProperties("ledger.worker")
record WorkerPolicy(@DefaultValue("2") int socialInsuranceGraceMonths) {

    static WorkerPolicy defaults() {
        return new WorkerPolicy(2);
    }
}
