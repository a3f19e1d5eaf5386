package com.outsourcingledger.platform.security;

import com.outsourcingledger.platform.security.VendorAccounts.Account;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP Basic for vendor portal accounts. Each request reads the account by its key, so a closed account (or one of
 * a blacklisted or eliminated vendor, whose accounts are closed with it) is refused at once by both apps. The bcrypt
 * check (tens of milliseconds) is paid once: a successful verification is remembered for {@link #TTL}, keyed by a
 * SHA-256 of username and password (never the password itself), and counts only while the stored hash is the one
 * it verified; later requests cost the lookup and a hash.
 */
final class PortalAuthentication implements AuthenticationProvider {

    static final Duration TTL = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 10_000;

    private record Verified(String passwordHash, Instant until) {
    }

    private final VendorAccounts accounts;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final AtomicLong bcryptChecks = new AtomicLong();

    PortalAuthentication(VendorAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (VendorAccounts.isInternalUser(username)) {
            throw new BadCredentialsException("Bad credentials");
        }
        Account account = accounts.find(username).filter(Account::open)
                .orElseThrow(() -> new BadCredentialsException("Bad credentials"));
        String key = key(username, password);
        Instant now = clock.instant();
        Verified known = verified.get(key);
        if (known == null || !known.passwordHash().equals(account.passwordHash()) || !known.until().isAfter(now)) {
            bcryptChecks.incrementAndGet();
            if (!VendorAccounts.matches(password, account.passwordHash())) {
                verified.remove(key);
                throw new BadCredentialsException("Bad credentials");
            }
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, new Verified(account.passwordHash(), now.plus(TTL)));
        }
        return UsernamePasswordAuthenticationToken.authenticated(username, null, List.of(
                new SimpleGrantedAuthority(VendorAuthority.ROLE), new VendorAuthority(account.vendorId())));
    }

    /** How many times a password was checked against its bcrypt hash: the cost the remembered verifications spare. */
    long bcryptChecks() {
        return bcryptChecks.get();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String key(String username, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(username.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
