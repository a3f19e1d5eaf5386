package com.outsourcingledger.api.worker;

/** What an access grant opens. */
public enum AccessResourceType {
    SYSTEM, NETWORK, DATA, PHYSICAL_AREA
}
