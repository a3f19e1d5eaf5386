package com.outsourcingledger.api.contract;

public enum SuspensionGround {
    DECISION, VENDOR_SANCTIONED
}
