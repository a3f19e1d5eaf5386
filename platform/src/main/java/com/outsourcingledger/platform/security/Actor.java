package com.outsourcingledger.platform.security;

import com.outsourcingledger.api.organization.Department;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.Optional;

/**
 * The authenticated user on whose behalf a request runs, with their department (none for integrators and vendor
 * users) and, for a vendor user, the one vendor it acts for (none for everyone else).
 */
public record Actor(String user, Department department, String vendorId) {

    /** A VENDOR role that came without its vendor: matches no vendor, so such a user sees and does nothing. */
    static final String NO_VENDOR = "";

    public Actor(String user, Department department) {
        this(user, department, null);
    }

    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Department department = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .flatMap(role -> Arrays.stream(Department.values()).filter(d -> d.name().equals(role)))
                .findFirst()
                .orElse(null);
        return Optional.of(new Actor(authentication.getName(), department, vendorOf(authentication)));
    }

    /** The acting vendor user's vendor; empty for an internal user, an integrator or no user at all. */
    public static Optional<String> currentVendorId() {
        return current().map(Actor::vendorId);
    }

    private static String vendorOf(Authentication authentication) {
        boolean vendorRole = authentication.getAuthorities().stream()
                .anyMatch(a -> VendorAuthority.ROLE.equals(a.getAuthority()));
        return !vendorRole ? null : authentication.getAuthorities().stream()
                .filter(VendorAuthority.class::isInstance)
                .map(a -> ((VendorAuthority) a).vendorId())
                .findFirst()
                .orElse(NO_VENDOR);
    }
}
