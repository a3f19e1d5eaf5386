package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.command.lookup.VendorRegistry;
import com.outsourcingledger.command.lookup.VendorStatuses;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

final class InMemoryVendorStatuses implements VendorStatuses, VendorRegistry {

    private final Map<String, VendorStatus> statuses = new HashMap<>();

    @Override
    public boolean isRegistered(String vendorId) {
        return statuses.containsKey(vendorId);
    }

    @Override
    public Optional<String> registrantOf(String vendorId) {
        return statuses.containsKey(vendorId) ? Optional.of("registrar") : Optional.empty();
    }

    void set(String vendorId, VendorStatus status) {
        statuses.put(vendorId, status);
    }

    void forget(String vendorId) {
        statuses.remove(vendorId);
    }

    @Override
    public Optional<VendorStatus> statusOf(String vendorId) {
        return Optional.ofNullable(statuses.get(vendorId));
    }
}
