package com.outsourcingledger.api.contract;

import com.outsourcingledger.api.money.Money;

import java.math.BigDecimal;

/**
 * One SLA metric: the target the measured value must reach (AT_LEAST) or stay under (AT_MOST) in each
 * period, who collects it from where, and the penalty per breach as a percent of the period fee, capped per
 * period.
 */
public record SlaMetric(String metricId, String name, String unit, BigDecimal target, SlaDirection direction,
                        MeasurementPeriod period, String dataSource, String collectionOwner,
                        BigDecimal penaltyPercent, Money penaltyCapPerPeriod) {
}
