package com.outsourcingledger.api.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount of money; never floating point. */
public record Money(BigDecimal amount, String currency) {

    public static final String DEFAULT_CURRENCY = "CNY";

    public Money {
        Objects.requireNonNull(amount, "amount");
        currency = currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency;
        Currency.getInstance(currency);
    }

    public static Money cny(String amount) {
        return new Money(new BigDecimal(amount), DEFAULT_CURRENCY);
    }
}
