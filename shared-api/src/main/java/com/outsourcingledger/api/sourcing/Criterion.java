package com.outsourcingledger.api.sourcing;

/** The dimensions of the 供应商评估打分表; each panel member scores each 0–100. */
public enum Criterion {
    TECHNICAL_PROPOSAL, EXPERIENCE, MANAGEMENT_SERVICE, PRICE, FINANCE_REPUTATION
}
