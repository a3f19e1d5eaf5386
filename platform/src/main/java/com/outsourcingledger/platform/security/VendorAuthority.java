package com.outsourcingledger.platform.security;

import org.springframework.security.core.GrantedAuthority;

/** The one vendor a VENDOR user belongs to, carried beside its role so that {@link Actor} can name it. */
record VendorAuthority(String vendorId) implements GrantedAuthority {

    static final String ROLE = "ROLE_" + SecurityConfiguration.VENDOR;

    @Override
    public String getAuthority() {
        return "VENDOR_ID:" + vendorId;
    }
}
