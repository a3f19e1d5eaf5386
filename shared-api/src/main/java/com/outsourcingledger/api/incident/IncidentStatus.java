package com.outsourcingledger.api.incident;

/** REPORTED until the emergency plan is activated (RESPONDING), then RESOLVED and REVIEWED. */
public enum IncidentStatus {
    REPORTED, RESPONDING, RESOLVED, REVIEWED
}
