package com.outsourcingledger.query.console;

import com.outsourcingledger.platform.security.SecurityConfiguration;
import com.outsourcingledger.platform.security.VendorAccounts;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's own chain, ahead of the API's: only its paths, signed in with a form and kept in a session, with
 * CSRF tokens on its forms. The API keeps its stateless HTTP Basic (or JWT) chain untouched. The same embedded users
 * and vendor portal accounts sign in here; what each page shows is decided by the same {@code @PreAuthorize} rules
 * and read scopes as the API, because the pages call the API's own controllers. Under {@code jwt} the console signs in
 * with OIDC instead ({@link ConsoleOidcSecurity}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.security.mode", havingValue = "embedded", matchIfMissing = true)
class ConsoleSecurity {

    static final String HOME = "/console/dashboard";
    static final String LOGIN = "/login";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain consoleChain(HttpSecurity http, UserDetailsService embeddedUsers,
                                     VendorAccounts vendorAccounts, Clock clock) throws Exception {
        console(http, "")
                .authenticationManager(SecurityConfiguration.embeddedSignIn(embeddedUsers, vendorAccounts, clock))
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/").failureUrl(LOGIN + "?error"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout"));
        return http.build();
    }

    /**
     * What the console's chain is whichever way its users sign in: its paths (and {@code morePaths}), a session,
     * CSRF tokens on its forms, the sign-in page and the assets open to all, and a strict Content-Security-Policy whose
     * forms may post (and be redirected) only to the console itself and {@code formTargets}.
     */
    static HttpSecurity console(HttpSecurity http, String formTargets, String... morePaths) throws Exception {
        List<String> paths = new ArrayList<>(List.of("/", "/console", "/console/**", LOGIN, "/logout"));
        paths.addAll(List.of(morePaths));
        return http.securityMatcher(paths.toArray(String[]::new))
                .authorizeHttpRequests(requests -> requests
                        // The live feed's later dispatches: the request was authorized when it began.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/console/assets/**", LOGIN).permitAll()
                        .anyRequest().authenticated())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                + " frame-ancestors 'none'; form-action 'self'" + formTargets)));
    }
}
