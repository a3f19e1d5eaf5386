package com.outsourcingledger.api.settlement;

import com.outsourcingledger.api.money.Money;

/** The vendor's invoice for a settlement: number, type (e.g. VAT special / ordinary), amount and tax. */
public record Invoice(String number, String type, Money amount, Money tax) {
}
