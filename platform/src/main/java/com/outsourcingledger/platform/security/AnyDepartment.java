package com.outsourcingledger.platform.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Open to every internal department: what any of them may read. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('BUSINESS','HR','LEGAL','FINANCE','PROCUREMENT','AUDIT','MANAGEMENT')")
public @interface AnyDepartment {
}
