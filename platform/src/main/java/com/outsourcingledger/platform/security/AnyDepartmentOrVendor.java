package com.outsourcingledger.platform.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Open to every internal department and to vendor users, whom the endpoint confines to their own vendor with
 * {@link VendorReadScope}. Every endpoint that admits VENDOR is in the cross-vendor test's table of cases
 * (system-tests' {@code VendorEndpoints}), which a guard test enforces.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('BUSINESS','HR','LEGAL','FINANCE','PROCUREMENT','AUDIT','MANAGEMENT','VENDOR')")
public @interface AnyDepartmentOrVendor {
}
