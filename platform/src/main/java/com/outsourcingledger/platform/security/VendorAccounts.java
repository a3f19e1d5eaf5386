package com.outsourcingledger.platform.security;

import com.outsourcingledger.api.organization.Department;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Vendor users' portal accounts (table {@code vendor_portal_account}): written by the command that opens or closes
 * one, in that command's transaction, and read by both apps to authenticate. Holds the only copy of each password's
 * bcrypt hash; events name the account, never its secret.
 */
public final class VendorAccounts {

    /** A portal account as stored: open until closed, never deleted. */
    public record Account(String username, String vendorId, String passwordHash, boolean open) {
    }

    /** The embedded default's department, integrator and operations users: no portal account takes their names. */
    static final Set<String> INTERNAL_USERS = Stream.concat(
                    Arrays.stream(Department.values())
                            .flatMap(d -> Stream.of(d.name().toLowerCase(Locale.ROOT),
                                    d.name().toLowerCase(Locale.ROOT) + "2")),
                    Stream.of("integrator", "operations"))
            .collect(Collectors.toUnmodifiableSet());

    /** bcrypt reads at most 72 bytes of a password and refuses more. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();

    private final JdbcClient jdbc;

    public VendorAccounts(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public static boolean isInternalUser(String username) {
        return username != null && INTERNAL_USERS.contains(username.toLowerCase(Locale.ROOT));
    }

    /** The bcrypt hash stored for a password: computed once, when the account is opened. */
    public static String hash(String password) {
        return BCRYPT.encode(password);
    }

    public static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    static boolean matches(String password, String hash) {
        return fits(password) && BCRYPT.matches(password, hash);
    }

    /**
     * Takes {@code username} for a new open account of {@code vendorId}; false when the name is already taken (by any
     * account, open or closed). ON CONFLICT DO NOTHING: on PostgreSQL a failed insert would abort the transaction.
     */
    public boolean claim(String username, String vendorId, String passwordHash) {
        return jdbc.sql("""
                        INSERT INTO vendor_portal_account (username, vendor_id, password_hash, is_open)
                        VALUES (:username, :vendor, :hash, TRUE) ON CONFLICT DO NOTHING""")
                .param("username", username).param("vendor", vendorId).param("hash", passwordHash)
                .update() == 1;
    }

    public void close(String username) {
        jdbc.sql("UPDATE vendor_portal_account SET is_open = FALSE WHERE username = :username")
                .param("username", username).update();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT username, vendor_id, password_hash, is_open FROM vendor_portal_account"
                        + " WHERE username = :username")
                .param("username", username)
                .query((rs, row) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }
}
