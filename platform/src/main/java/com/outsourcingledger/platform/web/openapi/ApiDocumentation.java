package com.outsourcingledger.platform.web.openapi;

import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document of either app, described by rules rather than per endpoint: an endpoint added later gets
 * its summary, security, success status and problem responses from {@link OperationContract}, and the document its
 * title, version, schemes and schema names from {@link DocumentContract}.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    static {
        // A stream is text, and a JSON document served as is (the event catalog) is any object: not their Java shape.
        SpringDocUtils.getConfig()
                .replaceWithSchema(SseEmitter.class, new StringSchema().description("server-sent events"))
                .replaceWithSchema(ResponseBodyEmitter.class, new StringSchema())
                .replaceWithSchema(JsonNode.class, new ObjectSchema());
    }

    @Bean
    OperationCustomizer operationContract() {
        return new OperationContract();
    }

    @Bean
    OpenApiCustomizer documentContract(@Value("${spring.application.name:ledger}") String application,
                                       ObjectProvider<BuildProperties> build) {
        String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("development");
        return new DocumentContract(application, version);
    }
}
