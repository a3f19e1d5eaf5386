package com.outsourcingledger.api.settlement;

/** Where a settlement stands, in the order of DOMAIN §11; RETURNED and HELD wait for the step named with them. */
public enum SettlementStep {
    REQUESTED, CONFIRMED, COMPLIANCE_CHECKED, INVOICE_VERIFIED, APPROVED, PAID, RETURNED, HELD
}
