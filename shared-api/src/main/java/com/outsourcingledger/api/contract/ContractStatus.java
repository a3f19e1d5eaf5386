package com.outsourcingledger.api.contract;

public enum ContractStatus {
    DRAFTING, IN_REVIEW, APPROVED, SIGNED, ACTIVE, SUSPENDED, EXPIRED, TERMINATED, CLOSED
}
