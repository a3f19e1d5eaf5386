package com.outsourcingledger.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a token's {@code department} claim (one of the departments) and its {@code roles} claim (for
 * example INTEGRATOR) into roles; the user is {@code preferred_username}, or the subject.
 */
final class DepartmentClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        String department = jwt.getClaimAsString("department");
        if (department != null) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + department.toUpperCase()));
        }
        List<String> roles = jwt.getClaimAsStringList("roles");
        if (roles != null) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase())));
        }
        String user = jwt.getClaimAsString("preferred_username");
        return new JwtAuthenticationToken(jwt, authorities, user != null ? user : jwt.getSubject());
    }
}
