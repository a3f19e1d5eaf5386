package com.outsourcingledger.api.evaluation;

import com.outsourcingledger.api.contract.SlaDirection;
import com.outsourcingledger.api.money.Money;

import java.math.BigDecimal;

/**
 * One SLA measurement of the evaluated period as the evaluation was opened with it: {@code slaPeriod} is the
 * measurement's own period (a month or quarter within the evaluation period); {@code breached} with its standing
 * {@code penalty}, or {@code withdrawn} when a correction withdrew the breach.
 */
public record SlaComplianceLine(String metricId, String slaPeriod, BigDecimal value, BigDecimal target,
                                SlaDirection direction, boolean met, boolean breached, boolean withdrawn,
                                Money penalty) {
}
