package com.outsourcingledger.api.specialaudit;

/** OPEN until RESOLVED (verified by the auditors, or its rectification verified) or ACCEPTED by MANAGEMENT. */
public enum FindingStatus {
    OPEN, RESOLVED, ACCEPTED
}
