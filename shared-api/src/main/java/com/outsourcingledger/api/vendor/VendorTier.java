package com.outsourcingledger.api.vendor;

public enum VendorTier {
    STANDARD, STRATEGIC
}
