package com.outsourcingledger.api.specialaudit;

public enum FindingSeverity {
    LOW, MEDIUM, HIGH
}
