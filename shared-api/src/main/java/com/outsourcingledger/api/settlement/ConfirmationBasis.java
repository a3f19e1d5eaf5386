package com.outsourcingledger.api.settlement;

/** What BUSINESS's confirmation of a settlement rests on (DOMAIN §11 step 2). */
public enum ConfirmationBasis {
    /** A confirmed evaluation covering the period. */
    EVALUATION,
    /** A workload confirmation (工作量确认单) covering the period. */
    WORKLOAD
}
