package com.outsourcingledger.api.signal;

/**
 * What a confirmed signal leads to: a rectification by the vendor, restructuring the contract by amendment, or
 * termination for RISK_AVOIDANCE (recommended on the contract).
 */
public enum ShamSignalResponse {
    RECTIFICATION, AMENDMENT, TERMINATION
}
