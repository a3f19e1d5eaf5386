package com.outsourcingledger.query.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of console pages: it renders templates under {@code templates/console}, gets the signed-in user and
 * the language in its model ({@link ConsoleAdvice}), and answers a refusal with a page instead of problem details.
 * Its handlers call the API's own controllers, so a page reads exactly what its user may read through the API. Not
 * part of the API: left out of the OpenAPI document.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
@Hidden
public @interface ConsolePage {
}
