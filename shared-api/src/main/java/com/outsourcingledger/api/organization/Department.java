package com.outsourcingledger.api.organization;

/** The client's internal departments; every command is issued by a user of exactly one of them. */
public enum Department {
    BUSINESS, HR, LEGAL, FINANCE, PROCUREMENT, AUDIT, MANAGEMENT
}
