package com.outsourcingledger.api.sourcing;

public enum SourcingStatus {
    OPEN, CONSOLIDATED, AWARDED, CANCELLED
}
