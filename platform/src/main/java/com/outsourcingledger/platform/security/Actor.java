package com.outsourcingledger.platform.security;

import com.outsourcingledger.api.organization.Department;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.Optional;

/** The authenticated user on whose behalf a request runs, with their department (none for integrators). */
public record Actor(String user, Department department) {

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
        return Optional.of(new Actor(authentication.getName(), department));
    }
}
