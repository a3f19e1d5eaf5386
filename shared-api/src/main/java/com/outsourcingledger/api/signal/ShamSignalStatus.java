package com.outsourcingledger.api.signal;

/** {@code OPEN → DISMISSED | CONFIRMED}, by HR after LEGAL's opinion. */
public enum ShamSignalStatus {
    OPEN, DISMISSED, CONFIRMED
}
