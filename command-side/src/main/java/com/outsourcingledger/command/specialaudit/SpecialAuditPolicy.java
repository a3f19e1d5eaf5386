package com.outsourcingledger.command.specialaudit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Policy values of the special audit (§14, §16): how many months after an audit closes the next one is due (at most
 * 12: the audit is annual). Recorded in {@code SpecialAuditClosed}.
 */
@ConfigurationProperties("ledger.special-audit")
record SpecialAuditPolicy(@DefaultValue("12") int intervalMonths) {

    SpecialAuditPolicy {
        if (intervalMonths < 1 || intervalMonths > 12) {
            throw new IllegalArgumentException("ledger.special-audit.interval-months is 1 to 12, not "
                    + intervalMonths);
        }
    }

    static SpecialAuditPolicy defaults() {
        return new SpecialAuditPolicy(12);
    }
}
