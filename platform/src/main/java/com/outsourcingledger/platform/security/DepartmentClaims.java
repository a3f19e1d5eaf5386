package com.outsourcingledger.platform.security;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.RequestRuleCodes;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a token's {@code department} claim (one of the departments) and its {@code roles} claim (for
 * example INTEGRATOR) into roles; the user is {@code preferred_username}, or the subject. A principal belongs
 * to one department, the one its events are stamped with: a token whose {@code roles} name another department,
 * or a department without the {@code department} claim, or whose {@code department} is none, is refused. A vendor
 * user's token has the role VENDOR and nothing else, no department, and names its vendor in {@code vendor_id}.
 * The console's OIDC sign-in reads an ID token's (and its userinfo's) claims with the same rules
 * ({@link #authorities(ClaimAccessor)}, {@link #user(ClaimAccessor)}).
 */
public final class DepartmentClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    /** A token the ledger does not accept, with the rule it breaks; answered 401 by {@link ProblemResponses}. */
    static final class Refused extends AuthenticationException {

        private final String rule;

        Refused(String rule, String detail) {
            super(detail);
            this.rule = rule;
        }

        String rule() {
            return rule;
        }
    }

    DepartmentClaims() {
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authorities(jwt), user(jwt));
    }

    /**
     * The roles that {@code claims} give (the department's, those of {@code roles}, and for a vendor user its
     * vendor); an {@link AuthenticationException} when they break a rule above.
     */
    public static List<GrantedAuthority> authorities(ClaimAccessor claims) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        String department = normalized(claims.getClaimAsString("department"));
        if (department != null) {
            if (!isDepartment(department)) {
                throw new Refused(RequestRuleCodes.AUTHENTICATION_UNKNOWN_DEPARTMENT,
                        "The token's department claim names none of " + List.of(Department.values()));
            }
            authorities.add(new SimpleGrantedAuthority("ROLE_" + department));
        }
        List<String> roles = claims.getClaimAsStringList("roles");
        if (roles != null) {
            for (String role : roles) {
                String name = normalized(role);
                if (name == null) {
                    continue;
                }
                if (isDepartment(name) && !name.equals(department)) {
                    throw new Refused(RequestRuleCodes.AUTHENTICATION_MORE_THAN_ONE_DEPARTMENT, "A user belongs to"
                            + " one department, named by the department claim; the roles claim may not add another");
                }
                authorities.add(new SimpleGrantedAuthority("ROLE_" + name));
            }
        }
        requireVendorBinding(claims, authorities);
        return List.copyOf(authorities);
    }

    /** The user's name: {@code preferred_username}, or the subject. */
    public static String user(ClaimAccessor claims) {
        String user = claims.getClaimAsString("preferred_username");
        return user != null ? user : claims.getClaimAsString("sub");
    }

    private static void requireVendorBinding(ClaimAccessor claims, Set<GrantedAuthority> authorities) {
        String vendorId = claims.getClaimAsString("vendor_id");
        boolean vendor = authorities.stream().anyMatch(a -> VendorAuthority.ROLE.equals(a.getAuthority()));
        if (!vendor) {
            if (vendorId != null) {
                throw new Refused(RequestRuleCodes.AUTHENTICATION_VENDOR_ID_WITHOUT_VENDOR_ROLE,
                        "Only a VENDOR token names a vendor_id");
            }
            return;
        }
        if (authorities.size() > 1) {
            throw new Refused(RequestRuleCodes.AUTHENTICATION_VENDOR_NOT_EXCLUSIVE,
                    "A vendor user has the VENDOR role only: no department, no other role");
        }
        if (vendorId == null || vendorId.isBlank()) {
            throw new Refused(RequestRuleCodes.AUTHENTICATION_VENDOR_ID_REQUIRED,
                    "A VENDOR token names its vendor in the vendor_id claim");
        }
        authorities.add(new VendorAuthority(vendorId.strip()));
    }

    private static String normalized(String claim) {
        return claim == null || claim.isBlank() ? null : claim.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean isDepartment(String name) {
        return Arrays.stream(Department.values()).anyMatch(d -> d.name().equals(name));
    }
}
