package com.outsourcingledger.platform.security;

import com.outsourcingledger.api.organization.Department;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Every request is authenticated but health status, info and the API documents; metrics are operations data
 * for {@link #OPERATIONS_DATA_READERS}; what a department may do is declared on each endpoint with
 * {@code @PreAuthorize}. {@code ledger.security.mode=embedded} (the default) has one HTTP-Basic user per
 * department plus an integrator, and the vendor portal accounts HR or PROCUREMENT open ({@link VendorAccounts});
 * {@code jwt} makes the app an OAuth2 resource server whose tokens carry the department in a {@code department}
 * claim, or the role VENDOR and a {@code vendor_id} claim.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    public static final String INTEGRATOR = "INTEGRATOR";
    /** A vendor's own user: acts and reads only on its vendor's things ({@link Actor#vendorId()}). */
    public static final String VENDOR = "VENDOR";
    /** Monitoring (a metrics scraper, an on-call engineer): operations data only, no department. */
    public static final String OPERATIONS = "OPERATIONS";
    /**
     * Who reads metrics and health details (each processor's position, the database): operations data, not a
     * business read model. Kept in step with {@code management.endpoint.health.roles} in ledger.yml.
     */
    static final String[] OPERATIONS_DATA_READERS = {OPERATIONS, "MANAGEMENT", "AUDIT"};

    /**
     * Spring Security observes nothing of its own unless {@code ledger.security.observe=true}: with an observation
     * registry present it would wrap each filter of the chain, the authentication and the authorization of every
     * request in observations of their own. The request as a whole is still observed ({@code http.server.requests}).
     */
    @Bean
    @ConditionalOnProperty(name = "ledger.security.observe", havingValue = "false", matchIfMissing = true)
    SecurityObservationSettings requestsObservedNotTheirFilters() {
        return SecurityObservationSettings.noObservations();
    }

    /** The firewall's refusals (encoded line breaks, {@code ..} in a path) are problem details, not the /error page. */
    @Bean
    RequestRejectedHandler problemForRejectedRequests() {
        return ProblemResponses::rejected;
    }

    @Bean
    VendorAccounts vendorAccounts(DataSource dataSource) {
        return new VendorAccounts(dataSource);
    }

    @Bean
    SecurityFilterChain ledgerSecurity(HttpSecurity http, @Value("${ledger.security.mode:embedded}") String mode,
                                       ObjectProvider<UserDetailsService> embeddedUsers, VendorAccounts vendorAccounts,
                                       Clock clock) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
                        .hasAnyRole(OPERATIONS_DATA_READERS)
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses::unauthenticated)
                        .accessDeniedHandler(ProblemResponses::forbidden));
        if ("jwt".equals(mode)) {
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new DepartmentClaims()))
                    .authenticationEntryPoint(ProblemResponses::unauthenticated));
        } else {
            http.authenticationManager(embeddedSignIn(embeddedUsers.getObject(), vendorAccounts, clock))
                    .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses::unauthenticated));
        }
        return http.build();
    }

    /**
     * How an embedded user signs in, over HTTP Basic here and with query-side's console form: the department users
     * first; any other name may be a vendor's portal account.
     */
    public static AuthenticationManager embeddedSignIn(UserDetailsService embeddedUsers, VendorAccounts vendorAccounts,
                                                       Clock clock) {
        return new ProviderManager(new DaoAuthenticationProvider(embeddedUsers),
                new PortalAuthentication(vendorAccounts, clock));
    }

    /**
     * Local users for the embedded default: for each department {@code <department>} and
     * {@code <department>2} (two people, so segregation of duties can be exercised), {@code integrator} and
     * {@code operations}.
     * Exposed as a plain UserDetailsService: Spring Security would otherwise "upgrade" each stored password to
     * bcrypt at first login, and every later request would pay a bcrypt check (about 60 ms here).
     */
    @Bean
    @ConditionalOnProperty(name = "ledger.security.mode", havingValue = "embedded", matchIfMissing = true)
    UserDetailsService embeddedUsers(@Value("${ledger.security.embedded-password:ledger}") String password) {
        List<UserDetails> users = new ArrayList<>();
        for (Department department : Department.values()) {
            String name = department.name().toLowerCase();
            users.add(user(name, password, department.name()));
            users.add(user(name + "2", password, department.name()));
        }
        users.add(user("integrator", password, INTEGRATOR));
        users.add(user("operations", password, OPERATIONS));
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        return manager::loadUserByUsername;
    }

    private static UserDetails user(String name, String password, String role) {
        // Local demo accounts only: production authenticates with JWTs (ledger.security.mode=jwt).
        return User.withUsername(name).password("{noop}" + password).roles(role).build();
    }
}
