package com.outsourcingledger.api.vendor;

public enum VendorStatus {
    REGISTERED, UNDER_DUE_DILIGENCE, ADMITTED, ADMISSION_REJECTED, SUSPENDED, ELIMINATED, BLACKLISTED
}
