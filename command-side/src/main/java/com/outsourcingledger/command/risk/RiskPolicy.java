package com.outsourcingledger.command.risk;

import com.outsourcingledger.api.risk.RiskLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Policy values of the risk register (§14, §16): the score (likelihood × impact, each 1–5) from which a risk is
 * HIGH and from which it is MEDIUM, and the longest interval to the next review. Each event that applies one records
 * it.
 */
@ConfigurationProperties("ledger.risk")
record RiskPolicy(@DefaultValue("15") int highFromScore,
                  @DefaultValue("6") int mediumFromScore,
                  @DefaultValue("12") int maxReviewMonths) {

    static RiskPolicy defaults() {
        return new RiskPolicy(15, 6, 12);
    }

    RiskLevel levelOf(int score) {
        return score >= highFromScore ? RiskLevel.HIGH : score >= mediumFromScore ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }
}
