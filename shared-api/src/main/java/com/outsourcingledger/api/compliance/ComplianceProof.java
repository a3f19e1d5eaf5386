package com.outsourcingledger.api.compliance;

/** What HR asks a vendor to prove about its workers of one contract (§13): the documents the contract obliges. */
public enum ComplianceProof {
    ROSTER, LABOR_CONTRACTS, WAGE_VOUCHERS, SOCIAL_INSURANCE, HOUSING_FUND
}
