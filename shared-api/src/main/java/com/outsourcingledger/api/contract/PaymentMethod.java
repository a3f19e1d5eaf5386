package com.outsourcingledger.api.contract;

public enum PaymentMethod {
    BANK_TRANSFER, BANK_ACCEPTANCE_BILL
}
