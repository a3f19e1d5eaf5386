package com.outsourcingledger.platform.security;

import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What deciding a command's authorization twice costs: the filter chain's decision ({@code authenticated()} after
 * the permitted paths, as {@link SecurityConfiguration} configures it) and the controller method's
 * {@code @PreAuthorize} expression, each timed alone (CPU time of the calling thread) over many calls, after a
 * warm-up; then each still refuses whom it must.
 */
@Tag("benchmark")
class AuthorizationCostBenchmark {

    private static final int CALLS = 200_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void bothDecisionsTogetherCostMicroseconds() throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcherDelegatingAuthorizationManager filter = RequestMatcherDelegatingAuthorizationManager.builder()
                .add(paths.matcher(HttpMethod.GET, "/actuator/health"), SingleResultAuthorizationManager.permitAll())
                .add(paths.matcher(HttpMethod.GET, "/actuator/health/**"), SingleResultAuthorizationManager.permitAll())
                .add(paths.matcher(HttpMethod.GET, "/actuator/info"), SingleResultAuthorizationManager.permitAll())
                .add(paths.matcher(HttpMethod.GET, "/v3/api-docs/**"), SingleResultAuthorizationManager.permitAll())
                .add(paths.matcher(HttpMethod.GET, "/swagger-ui.html"), SingleResultAuthorizationManager.permitAll())
                .add(paths.matcher(HttpMethod.GET, "/swagger-ui/**"), SingleResultAuthorizationManager.permitAll())
                .add(paths.matcher("/actuator/prometheus"), AuthorityAuthorizationManager.hasAnyRole("AUDIT", "OPS"))
                .add(paths.matcher("/actuator/metrics"), AuthorityAuthorizationManager.hasAnyRole("AUDIT", "OPS"))
                .add(paths.matcher("/actuator/metrics/**"), AuthorityAuthorizationManager.hasAnyRole("AUDIT", "OPS"))
                .add(paths.matcher("/error"), SingleResultAuthorizationManager.permitAll())
                .add(request -> true, AuthenticatedAuthorizationManager.authenticated())
                .build();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/vendors/v-1/warnings");
        Authentication hr = UsernamePasswordAuthenticationToken.authenticated("hr", null,
                AuthorityUtils.createAuthorityList("ROLE_HR", "DEPT_HR"));
        Supplier<Authentication> user = () -> hr;
        PreAuthorizeAuthorizationManager method = new PreAuthorizeAuthorizationManager();
        MethodInvocation warn = new SimpleMethodInvocation(new Controller(),
                Controller.class.getDeclaredMethod("warn", String.class), "v-1");

        for (int round = 0; round < 3; round++) {
            int granted = 0;
            long start = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < CALLS; i++) {
                granted += filter.authorize(user, request).isGranted() ? 1 : 0;
            }
            double filterNanos = (CPU.getCurrentThreadCpuTime() - start) / (double) CALLS;
            start = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < CALLS; i++) {
                granted += method.authorize(user, warn).isGranted() ? 1 : 0;
            }
            double methodNanos = (CPU.getCurrentThreadCpuTime() - start) / (double) CALLS;
            assertThat(granted).isEqualTo(2 * CALLS);
            System.out.printf("authorization, round %d: filter chain %.2f µs, @PreAuthorize %.2f µs CPU per request%n",
                    round, filterNanos / 1000, methodNanos / 1000);
        }
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        Authentication vendor = UsernamePasswordAuthenticationToken.authenticated("portal", null,
                AuthorityUtils.createAuthorityList("ROLE_VENDOR"));
        assertThat(filter.authorize(() -> anonymous, request).isGranted()).isFalse();
        assertThat(method.authorize(() -> vendor, warn).isGranted()).isFalse();
    }

    static class Controller {

        @PreAuthorize("hasAnyRole('HR', 'LEGAL', 'FINANCE')")
        void warn(String vendorId) {
        }
    }
}
