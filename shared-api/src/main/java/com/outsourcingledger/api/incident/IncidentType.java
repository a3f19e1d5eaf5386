package com.outsourcingledger.api.incident;

/** What happened (§14). For WORK_INJURY and LABOR_DISPUTE the vendor is the responsible party. */
public enum IncidentType {
    WORK_INJURY, LABOR_DISPUTE, SERVICE_INTERRUPTION, INFORMATION_LEAK, SAFETY_ACCIDENT, OTHER;

    /** Whether the vendor is recorded as the party responsible for it (no client-side compensation decision). */
    public boolean vendorResponsible() {
        return this == WORK_INJURY || this == LABOR_DISPUTE;
    }
}
