package com.outsourcingledger.platform.web;

import com.outsourcingledger.platform.problem.DatabaseProbe;
import com.outsourcingledger.platform.problem.ProblemDetailsAdvice;
import com.outsourcingledger.platform.web.openapi.ApiDocumentation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

import javax.sql.DataSource;

@Configuration(proxyBeanMethods = false)
@Import({ProblemDetailsAdvice.class, RequestInputRules.class, ApiDocumentation.class, ProblemErrorController.class})
public class WebConfiguration implements WebMvcConfigurer {

    /** First of all filters, so that even a refused request gets and echoes its id. */
    @Bean
    FilterRegistrationBean<RequestIds> requestIds() {
        FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Right after the request id: a body over {@code ledger.web.max-body} is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<BodyLimit> bodyLimit(@Value("${ledger.web.max-body:1MB}") DataSize maxBody) {
        FilterRegistrationBean<BodyLimit> registration = new FilterRegistrationBean<>(new BodyLimit(maxBody.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * Request bodies are read strictly: an enum is a name, not an ordinal; a boolean is true or false, not 2; a
     * whole number is not 1.5; a key appears once (a duplicate would silently replace what was checked). Each is a
     * 400 naming the field, as the input rules are. A field left out is absent, not unreadable: an omitted primitive
     * (a {@code boolean} flag) takes its default and a required one is {@code @NotNull} on a wrapper type, so the
     * API documents exactly the fields it requires and a missing one is named like any other invalid field.
     */
    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Boolean,
                        coercion -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }

    /** Tomcat's own refusals (an encoded NUL or slash in the path) as problem details, not its HTML page. */
    @Bean
    static ContainerProblems containerProblems() {
        return new ContainerProblems();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestInputRules());
    }

    /** Asked when a request fails in an unknown way: is the database down (503) or is it a bug (500)? */
    @Bean
    DatabaseProbe databaseProbe(DataSource dataSource) {
        return new DatabaseProbe(dataSource);
    }

}
