package com.outsourcingledger.query.console;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.net.URI;
import java.util.List;

/**
 * The console's chain under {@code ledger.security.mode=jwt}: the same paths, session, CSRF tokens and
 * Content-Security-Policy as the embedded default's ({@link ConsoleSecurity#console}), signed in with OpenID Connect
 * (authorization code) at {@code ledger.console.oidc.issuer-uri} instead of a form. The department, or the VENDOR role
 * and its vendor, come from the ID token's and userinfo's claims by the rules the API applies to access tokens
 * ({@link DepartmentOidcUsers}). Signing out ends the session and, when the provider names an
 * {@code end_session_endpoint}, the provider's too. The API's chain stays stateless with bearer tokens: the console's
 * session authenticates only the console's paths.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.security.mode", havingValue = "jwt")
class ConsoleOidcSecurity {

    static final String REGISTRATION = "ledger";
    static final String SIGN_IN = "/oauth2/authorization/" + REGISTRATION;

    @Bean
    ClientRegistrationRepository consoleOidcClient(OidcClientProperties properties) {
        return new DiscoveredOidcClient(REGISTRATION, properties);
    }

    @Bean
    OidcClientProperties consoleOidcProperties(@Value("${ledger.console.oidc.issuer-uri:}") String issuerUri,
                                               @Value("${ledger.console.oidc.client-id:}") String clientId,
                                               @Value("${ledger.console.oidc.client-secret:}") String clientSecret,
                                               @Value("${ledger.console.oidc.scopes:openid,profile}") List<String> scopes) {
        return new OidcClientProperties(issuerUri, clientId, clientSecret, scopes);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain consoleChain(HttpSecurity http, ClientRegistrationRepository clients,
                                     OidcClientProperties properties) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(clients);
        signedOut.setPostLogoutRedirectUri("{baseUrl}" + ConsoleSecurity.LOGIN + "?logout");
        signedOut.setDefaultTargetUrl(ConsoleSecurity.LOGIN + "?logout");
        ConsoleSecurity.console(http, " " + origin(properties.issuerUri()), "/oauth2/**", "/login/oauth2/**")
                .oauth2Login(login -> login
                        .clientRegistrationRepository(clients)
                        .loginPage(ConsoleSecurity.LOGIN)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new DepartmentOidcUsers()))
                        .defaultSuccessUrl("/")
                        .failureUrl(ConsoleSecurity.LOGIN + "?error"))
                // A console page asked for without a session goes straight to the provider's sign-in.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signedOut));
        return http.build();
    }

    /** Where the provider's pages are: the console's sign-out form is redirected there, so its CSP must allow it. */
    private static String origin(String issuerUri) {
        URI issuer = URI.create(issuerUri);
        return issuer.getScheme() + "://" + issuer.getRawAuthority();
    }
}
