package com.outsourcingledger.command.vendor;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryPortalCredentials implements PortalCredentials {

    record Stored(String vendorId, String passwordHash, boolean open) {
    }

    final Map<String, Stored> accounts = new ConcurrentHashMap<>();

    @Override
    public boolean reserved(String username) {
        return Set.of("hr", "hr2", "business", "integrator").contains(username);
    }

    @Override
    public boolean store(String username, String vendorId, String passwordHash) {
        return accounts.putIfAbsent(username, new Stored(vendorId, passwordHash, true)) == null;
    }

    @Override
    public void close(String username) {
        accounts.computeIfPresent(username, (name, stored) -> new Stored(stored.vendorId(), stored.passwordHash(), false));
    }
}
