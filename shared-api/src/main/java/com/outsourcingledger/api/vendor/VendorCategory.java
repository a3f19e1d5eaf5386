package com.outsourcingledger.api.vendor;

/** What a vendor serves. */
public enum VendorCategory {
    IT, BPO, HR, FACILITY, PRODUCTION_SUPPORT, LOGISTICS, OTHER
}
