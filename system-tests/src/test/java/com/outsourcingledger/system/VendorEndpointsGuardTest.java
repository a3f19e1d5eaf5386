package com.outsourcingledger.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps "a cross-vendor test for every vendor-facing endpoint" true for endpoints added later: every controller method
 * of both apps whose {@code @PreAuthorize} admits VENDOR must be a case of {@link VendorEndpoints}, which the end-to-end
 * test runs over HTTP; and every endpoint names the roles it admits, so none is open to VENDOR by omission.
 */
class VendorEndpointsGuardTest {

    private static final String ROOT = "com.outsourcingledger.";
    /** The servlet container's error page: served to anyone, it answers problems and reads nothing. */
    private static final Set<String> UNGUARDED = Set.of("platform.web.ProblemErrorController");

    @Test
    void everyEndpointOpenToVendorUsersIsACaseOfTheCrossVendorTest() {
        Set<String> admittingVendor = endpoints().entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().contains("'VENDOR'"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());

        assertThat(admittingVendor).as("endpoints that admit VENDOR but have no case in VendorEndpoints.CASES")
                .isSubsetOf(VendorEndpoints.covered());
        assertThat(VendorEndpoints.covered()).as("cases in VendorEndpoints.CASES whose endpoint no longer admits VENDOR")
                .isSubsetOf(admittingVendor);
    }

    @Test
    void everyEndpointNamesTheRolesItAdmits() {
        Map<String, String> endpoints = endpoints();

        assertThat(endpoints).isNotEmpty();
        endpoints.forEach((endpoint, rule) -> {
            if (UNGUARDED.stream().noneMatch(endpoint::startsWith)) {
                assertThat(rule).as(endpoint + "'s @PreAuthorize").isNotNull().matches("has(Any)?Role\\(.*\\)");
            }
        });
    }

    /** Each handler method of a controller in either app, with its effective {@code @PreAuthorize} expression. */
    private static Map<String, String> endpoints() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Map<String, String> endpoints = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(ROOT.substring(0, ROOT.length() - 1))) {
            Class<?> controller = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            PreAuthorize onClass = AnnotatedElementUtils.findMergedAnnotation(controller, PreAuthorize.class);
            for (Method method : controller.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
                PreAuthorize effective = onMethod != null ? onMethod : onClass;
                endpoints.put(controller.getName().substring(ROOT.length()) + "#" + method.getName(),
                        effective == null ? null : effective.value());
            }
        }
        return endpoints;
    }

    @Test
    void findsTheControllersOfBothApps() {
        Set<String> apps = endpoints().keySet().stream().map(e -> e.substring(0, e.indexOf('.')))
                .collect(Collectors.toSet());

        assertThat(apps).containsAll(Arrays.asList("command", "query"));
    }
}
