package com.outsourcingledger.api.vendor;

/** Why a vendor is held suspended; a vendor returns to ADMITTED only when no cause remains. */
public enum SuspensionCause {
    DECISION, QUALIFICATION_EXPIRED
}
