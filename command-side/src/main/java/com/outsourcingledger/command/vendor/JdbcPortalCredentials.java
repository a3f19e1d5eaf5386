package com.outsourcingledger.command.vendor;

import com.outsourcingledger.platform.security.VendorAccounts;
import org.springframework.stereotype.Component;

@Component
class JdbcPortalCredentials implements PortalCredentials {

    private final VendorAccounts accounts;

    JdbcPortalCredentials(VendorAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean reserved(String username) {
        return VendorAccounts.isInternalUser(username);
    }

    @Override
    public boolean store(String username, String vendorId, String passwordHash) {
        return accounts.claim(username, vendorId, passwordHash);
    }

    @Override
    public void close(String username) {
        accounts.close(username);
    }
}
