package com.outsourcingledger.api.incident;

/** Who must be told of an incident "immediately": HR, LEGAL and the vendor always, MANAGEMENT too when major. */
public enum NotifiedParty {
    HR, LEGAL, VENDOR, MANAGEMENT
}
