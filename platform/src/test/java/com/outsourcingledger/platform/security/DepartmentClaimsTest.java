package com.outsourcingledger.platform.security;

import com.outsourcingledger.api.organization.Department;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void rolesAddNonDepartmentRolesToTheOneDepartment() {
        var authentication = new DepartmentClaims().convert(jwt("wang.fang")
                .claim("department", "hr")
                .claim("roles", List.of("integrator", "HR"))
                .build());

        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_HR", "ROLE_INTEGRATOR");
    }

    @Test
    void refusesATokenWhoseRolesGrantASecondDepartment() {
        Jwt twoDepartments = jwt("wang.fang").claim("department", "hr").claim("roles", List.of("legal")).build();

        assertThatThrownBy(() -> new DepartmentClaims().convert(twoDepartments))
                .isInstanceOfSatisfying(DepartmentClaims.Refused.class,
                        refused -> assertThat(refused.rule()).isEqualTo("authentication.more-than-one-department"));
    }

    @Test
    void refusesADepartmentGrantedOnlyAsARoleOrNotADepartmentAtAll() {
        Jwt roleOnly = jwt("wang.fang").claim("roles", List.of("finance")).build();
        Jwt unknown = jwt("wang.fang").claim("department", "sales").build();

        assertThatThrownBy(() -> new DepartmentClaims().convert(roleOnly))
                .isInstanceOfSatisfying(DepartmentClaims.Refused.class,
                        refused -> assertThat(refused.rule()).isEqualTo("authentication.more-than-one-department"));
        assertThatThrownBy(() -> new DepartmentClaims().convert(unknown))
                .isInstanceOfSatisfying(DepartmentClaims.Refused.class,
                        refused -> assertThat(refused.rule()).isEqualTo("authentication.unknown-department"));
    }

    @Test
    void aVendorTokenBindsTheActorToItsVendorAndNoDepartment() {
        var authentication = new DepartmentClaims().convert(jwt("li.si")
                .claim("roles", List.of("vendor"))
                .claim("vendor_id", "vendor-a")
                .build());

        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_VENDOR");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        assertThat(Actor.current()).contains(new Actor("li.si", null, "vendor-a"));
    }

    @Test
    void refusesAVendorTokenWithoutItsVendorId() {
        Jwt noVendor = jwt("li.si").claim("roles", List.of("VENDOR")).build();
        Jwt blankVendor = jwt("li.si").claim("roles", List.of("VENDOR")).claim("vendor_id", " ").build();

        for (Jwt token : List.of(noVendor, blankVendor)) {
            assertThatThrownBy(() -> new DepartmentClaims().convert(token))
                    .isInstanceOfSatisfying(DepartmentClaims.Refused.class,
                            refused -> assertThat(refused.rule()).isEqualTo("authentication.vendor-id-required"));
        }
    }

    @Test
    void refusesAVendorTokenThatAlsoNamesADepartmentOrAnotherRole() {
        Jwt withDepartment = jwt("li.si").claim("roles", List.of("VENDOR")).claim("vendor_id", "vendor-a")
                .claim("department", "hr").build();
        Jwt withIntegrator = jwt("li.si").claim("roles", List.of("VENDOR", "INTEGRATOR"))
                .claim("vendor_id", "vendor-a").build();

        for (Jwt token : List.of(withDepartment, withIntegrator)) {
            assertThatThrownBy(() -> new DepartmentClaims().convert(token))
                    .isInstanceOfSatisfying(DepartmentClaims.Refused.class,
                            refused -> assertThat(refused.rule()).isEqualTo("authentication.vendor-not-exclusive"));
        }
    }

    @Test
    void refusesAVendorIdClaimWithoutTheVendorRole() {
        Jwt internal = jwt("wang.fang").claim("department", "hr").claim("vendor_id", "vendor-a").build();

        assertThatThrownBy(() -> new DepartmentClaims().convert(internal))
                .isInstanceOfSatisfying(DepartmentClaims.Refused.class,
                        refused -> assertThat(refused.rule()).isEqualTo("authentication.vendor-id-without-vendor-role"));
    }

    @Test
    void anIdTokensClaimsGiveTheSameRolesAsAnAccessTokensForTheConsolesSignIn() {
        ClaimAccessor idToken = () -> Map.of("sub", "u-17", "roles", List.of("vendor"), "vendor_id", " vendor-a ");
        ClaimAccessor named = () -> Map.of("sub", "u-18", "preferred_username", "wang.fang", "department", "audit");

        assertThat(DepartmentClaims.authorities(idToken)).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_VENDOR", "VENDOR_ID:vendor-a");
        assertThat(DepartmentClaims.user(idToken)).isEqualTo("u-17");
        assertThat(DepartmentClaims.authorities(named)).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_AUDIT");
        assertThat(DepartmentClaims.user(named)).isEqualTo("wang.fang");
        assertThatThrownBy(() -> DepartmentClaims.authorities(() -> Map.of("sub", "u-19", "department", "sales")))
                .isInstanceOfSatisfying(DepartmentClaims.Refused.class,
                        refused -> assertThat(refused.rule()).isEqualTo("authentication.unknown-department"));
    }

    @Test
    void aRefusedTokenIsA401ProblemNamingItsRule() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ProblemResponses.unauthenticated(new MockHttpServletRequest(), response,
                new DepartmentClaims.Refused("authentication.more-than-one-department", "two departments"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"rule\":\"authentication.more-than-one-department\"");
    }

    private static Jwt.Builder jwt(String subject) {
        return Jwt.withTokenValue("token").header("alg", "none").subject(subject)
                .issuedAt(Instant.parse("2026-11-21T00:00:00Z")).expiresAt(Instant.parse("2026-11-21T01:00:00Z"));
    }
}
