package com.outsourcingledger.command.vendor;

import java.util.Optional;

/** The set of credit codes already taken, which no single vendor stream can see. */
interface CreditCodes {

    /**
     * Takes {@code creditCode} for {@code vendorId}; claiming it again for the same vendor is a retry and
     * succeeds.
     *
     * @throws com.outsourcingledger.api.refusal.Refusal when another vendor holds it
     */
    void claim(String creditCode, String vendorId);

    Optional<String> ownerOf(String creditCode);
}
