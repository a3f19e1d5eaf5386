package com.outsourcingledger.api.specialaudit;

/** OPENED by AUDIT until HR joins (IN_PROGRESS); CLOSED once both signed and every finding is resolved or accepted. */
public enum SpecialAuditStatus {
    OPENED, IN_PROGRESS, CLOSED
}
