package com.outsourcingledger.api.project;

/** A request returned for revision goes back to DRAFT; REJECTED and CANCELLED are terminal. */
public enum ProjectStatus {
    DRAFT, SUBMITTED, ESTABLISHED, SOURCING, AWARDED, CONTRACTED, ACTIVE, CLOSED, REJECTED, CANCELLED
}
