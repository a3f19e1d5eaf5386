package com.outsourcingledger.platform.security;

import com.outsourcingledger.platform.schema.SchemaMigrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortalAuthenticationTest {

    private static final String PASSWORD = "correct-horse-battery";

    private VendorAccounts accounts;
    private PortalAuthentication authentication;

    @BeforeEach
    void migrate() {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        new SchemaMigrations(dataSource, "platform-test").migrate();
        accounts = new VendorAccounts(dataSource);
        authentication = new PortalAuthentication(accounts,
                Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOpenAccountAuthenticatesAsAVendorUserOfItsVendor() {
        accounts.claim("li.si", "vendor-a", VendorAccounts.hash(PASSWORD));

        Authentication authenticated = authentication.authenticate(basic("li.si", PASSWORD));

        SecurityContextHolder.getContext().setAuthentication(authenticated);
        assertThat(Actor.current()).contains(new Actor("li.si", null, "vendor-a"));
        assertThat(authenticated.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_VENDOR");
    }

    @Test
    void refusesAWrongPasswordAnUnknownNameAndAnInternalUsersName() {
        accounts.claim("li.si", "vendor-a", VendorAccounts.hash(PASSWORD));

        assertThatThrownBy(() -> authentication.authenticate(basic("li.si", "wrong-password-123")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authentication.authenticate(basic("wang.wu", PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authentication.authenticate(basic("hr", "ledger")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authentication.authenticate(basic("li.si", "密码".repeat(20))))
                .as("longer than bcrypt reads: a refusal, not an error").isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aClosedAccountNoLongerAuthenticatesEvenWhenItsVerificationIsRemembered() {
        accounts.claim("li.si", "vendor-a", VendorAccounts.hash(PASSWORD));
        authentication.authenticate(basic("li.si", PASSWORD));

        accounts.close("li.si");

        assertThatThrownBy(() -> authentication.authenticate(basic("li.si", PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void paysBcryptOnceAndThenAnswersFromTheRememberedVerification() {
        accounts.claim("li.si", "vendor-a", VendorAccounts.hash(PASSWORD));
        authentication.authenticate(basic("li.si", PASSWORD));

        for (int i = 0; i < 100; i++) {
            authentication.authenticate(basic("li.si", PASSWORD));
        }

        assertThat(authentication.bcryptChecks()).as("a bcrypt check takes tens of milliseconds").isEqualTo(1);
    }

    @Test
    void nothingButAnAccountsOwnVendorAndNameIsStoredBesideItsHash() {
        String hash = VendorAccounts.hash(PASSWORD);

        assertThat(accounts.claim("li.si", "vendor-a", hash)).isTrue();
        assertThat(accounts.claim("li.si", "vendor-b", hash)).isFalse();
        assertThat(accounts.find("li.si")).hasValueSatisfying(account -> {
            assertThat(account.vendorId()).isEqualTo("vendor-a");
            assertThat(account.passwordHash()).startsWith("$2").doesNotContain(PASSWORD);
            assertThat(account.open()).isTrue();
        });
        assertThat(VendorAccounts.isInternalUser("HR2")).isTrue();
        assertThat(VendorAccounts.isInternalUser("li.si")).isFalse();
    }

    private static UsernamePasswordAuthenticationToken basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
