package com.outsourcingledger.api.compliance;

/** What an employment-compliance check found wanting (§13). */
public enum ComplianceViolationKind {
    WAGES, SOCIAL_INSURANCE, HOUSING_FUND, LABOR_CONTRACT
}
