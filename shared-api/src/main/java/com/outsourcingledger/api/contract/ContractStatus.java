package com.outsourcingledger.api.contract;

/** WITHDRAWN: a draft given up before signing; it counts as closed for its project. */
public enum ContractStatus {
    DRAFTING, IN_REVIEW, APPROVED, SIGNED, ACTIVE, SUSPENDED, EXPIRED, TERMINATED, CLOSED, WITHDRAWN
}
