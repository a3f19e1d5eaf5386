package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.refusal.Refusal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryCreditCodes implements CreditCodes {

    private final Map<String, String> owners = new ConcurrentHashMap<>();

    @Override
    public void claim(String creditCode, String vendorId) {
        String owner = owners.putIfAbsent(creditCode, vendorId);
        if (owner != null && !owner.equals(vendorId)) {
            throw Refusal.conflict("vendor.credit-code.already-registered",
                    "Credit code " + creditCode + " is already registered to another vendor");
        }
    }

    @Override
    public Optional<String> ownerOf(String creditCode) {
        return Optional.ofNullable(owners.get(creditCode));
    }
}
