package com.outsourcingledger.api.input;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The one way an identifier is derived from others (a settlement from its contract and period, a check from its
 * settlement, a notice from what opened it): readable while it keeps the {@link InputRules#MAX_ID} characters every
 * command identifier is held to, otherwise the name-based UUID of the readable form — the same on every derivation,
 * so a redelivered event or a later step reaches the same aggregate, and never refused for a length its user could
 * not see (a 64-character contract id made its settlements' ids 83).
 */
public final class DerivedIds {

    private DerivedIds() {
    }

    public static String fit(String readable) {
        return readable.length() <= InputRules.MAX_ID ? readable
                : UUID.nameUUIDFromBytes(readable.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
