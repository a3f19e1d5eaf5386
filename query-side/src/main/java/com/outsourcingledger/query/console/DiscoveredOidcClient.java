package com.outsourcingledger.query.console;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The console's one OIDC client, its provider read from the issuer's discovery document at the first sign-in rather
 * than at start: query-side (and its API) starts and serves while the provider is away; a sign-in then fails until
 * the provider answers, and the next one tries again.
 */
final class DiscoveredOidcClient implements ClientRegistrationRepository {

    private final String registrationId;
    private final OidcClientProperties properties;
    private volatile ClientRegistration registration;

    DiscoveredOidcClient(String registrationId, OidcClientProperties properties) {
        this.registrationId = registrationId;
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String id) {
        if (!registrationId.equals(id)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            known = discover();
            registration = known;
        }
        return known;
    }

    private ClientRegistration discover() {
        ClientRegistration.Builder client = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                .registrationId(registrationId)
                .clientId(properties.clientId())
                .scope(properties.scopes());
        if (properties.clientSecret() == null || properties.clientSecret().isBlank()) {
            client.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            client.clientSecret(properties.clientSecret());
        }
        return client.build();
    }
}
