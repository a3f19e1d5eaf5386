package com.outsourcingledger.platform.security;

import com.outsourcingledger.api.organization.Department;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentClaimsTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTokensDepartmentClaimBecomesItsRoleAndTheActorsDepartment() {
        var authentication = new DepartmentClaims().convert(jwt("legal")
                .claim("department", "legal")
                .claim("preferred_username", "wang.fang")
                .build());

        assertThat(authentication.getName()).isEqualTo("wang.fang");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_LEGAL");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        assertThat(Actor.current()).contains(new Actor("wang.fang", Department.LEGAL));
    }

    @Test
    void anIntegratorTokenHasTheIntegratorRoleAndNoDepartment() {
        var authentication = new DepartmentClaims().convert(jwt("finance-system")
                .claim("roles", List.of("integrator"))
                .build());

        assertThat(authentication.getName()).isEqualTo("finance-system");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_INTEGRATOR");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        assertThat(Actor.current()).contains(new Actor("finance-system", null));
    }

    private static Jwt.Builder jwt(String subject) {
        return Jwt.withTokenValue("token").header("alg", "none").subject(subject)
                .issuedAt(Instant.parse("2026-11-21T00:00:00Z")).expiresAt(Instant.parse("2026-11-21T01:00:00Z"));
    }
}
