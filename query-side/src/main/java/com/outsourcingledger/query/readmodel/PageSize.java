package com.outsourcingledger.query.readmodel;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one bound on how many items a page or slice holds: 1 to {@link #MAX} (a directory page), or to a larger
 * {@code max} where an export takes more at once. A size above it is refused (400 naming the parameter), never
 * silently cut, so a client never mistakes a short page for the end.
 */
@Documented
@Constraint(validatedBy = {})
@Min(1)
@Max(PageSize.MAX)
@ReportAsSingleViolation
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PageSize {

    /** Items in one directory page, at most. */
    int MAX = 200;

    @OverridesAttribute(constraint = Max.class, name = "value")
    long max() default MAX;

    String message() default "must be between 1 and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
