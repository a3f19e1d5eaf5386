package com.outsourcingledger.platform.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/** A vendor user's authentication as the portal accounts produce it, for tests outside this package. */
public final class VendorUserTokens {

    private VendorUserTokens() {
    }

    public static Authentication vendorUser(String user, String vendorId) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(VendorAuthority.ROLE), new VendorAuthority(vendorId)));
    }
}
