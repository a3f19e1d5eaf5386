package com.outsourcingledger.api.risk;

/** H/M/L from likelihood × impact under the thresholds recorded with the assessment; HIGH goes to MANAGEMENT. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
