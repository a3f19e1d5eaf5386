package com.outsourcingledger.query.console;

import java.util.List;

/**
 * The console's OIDC client under {@code ledger.security.mode=jwt}: the provider's issuer (its
 * {@code /.well-known/openid-configuration} is read at the first sign-in), the client registered there for the
 * console, and the scopes it asks for. Without a secret the console is a public client (PKCE only).
 */
record OidcClientProperties(String issuerUri, String clientId, String clientSecret, List<String> scopes) {

    OidcClientProperties {
        if (issuerUri == null || issuerUri.isBlank() || clientId == null || clientId.isBlank()) {
            throw new IllegalStateException("Under ledger.security.mode=jwt the console signs in with OIDC:"
                    + " set ledger.console.oidc.issuer-uri and ledger.console.oidc.client-id"
                    + " (LEDGER_CONSOLE_OIDC_ISSUER_URI, LEDGER_CONSOLE_OIDC_CLIENT_ID)");
        }
        scopes = List.copyOf(scopes);
    }
}
