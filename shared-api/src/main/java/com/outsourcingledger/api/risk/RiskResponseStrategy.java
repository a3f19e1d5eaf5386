package com.outsourcingledger.api.risk;

/**
 * The response to a risk [004 九(二)]: AVOID (e.g. end the outsourcing: on a contract it recommends termination for
 * RISK_AVOIDANCE), REDUCE, TRANSFER (insurance, exemption clauses), ACCEPT (only for a LOW risk, monitored).
 */
public enum RiskResponseStrategy {
    AVOID, REDUCE, TRANSFER, ACCEPT
}
