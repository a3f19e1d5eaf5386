package com.outsourcingledger.command.contract;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Policy values of the contract process: how many consecutive breached periods of one metric issue a
 * rectification notice, how many days the vendor then has to rectify, and how long before the end of the
 * term the renewal review opens, and how many days the vendor has for a PIP's plan.
 */
@ConfigurationProperties("ledger.contract")
record ContractPolicy(@DefaultValue("2") int consecutiveBreachesForRectification,
                      @DefaultValue("30") int rectificationDays,
                      @DefaultValue("3") int renewalReviewMonthsBeforeEnd,
                      @DefaultValue("6") int slaReviewMonths,
                      @DefaultValue("15") int pipPlanDueDays) {

    static ContractPolicy defaults() {
        return new ContractPolicy(2, 30, 3, 6, 15);
    }
}
