package com.outsourcingledger.platform.web.openapi;

import com.outsourcingledger.api.refusal.VendorRuleCodes;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the whole document says once: the app and its version from the build, the two ways to authenticate, the
 * problem-details body every refusal has, no server of its own (a client reaches the document where it reaches the
 * app, so the one server is the document's origin), and one schema name per type ({@link SchemaNames}).
 */
final class DocumentContract implements OpenApiCustomizer {

    static final String PROBLEM = "ProblemDetail";
    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    private final String application;
    private final String version;

    DocumentContract(String application, String version) {
        this.application = application;
        this.version = version;
    }

    @Override
    public void customise(OpenAPI document) {
        document.info(new Info().title("Outsourcing Ledger " + application).version(version)
                .description("The " + application + " API of the Outsourcing Ledger. Every refusal is an RFC 9457 "
                        + "problem detail whose `rule` names the rule broken; see docs/api.md in the repository."));
        document.servers(List.of(new Server().url("/").description("The app that serves this document")));
        Components components = document.getComponents() == null ? new Components() : document.getComponents();
        document.components(components);
        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("One user per department on the embedded default (ledger.security.mode=embedded), "
                        + "and the vendor users' portal accounts"));
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("A JWT whose `department` claim names the caller's department, "
                        + "or a vendor user's with the role VENDOR and a `vendor_id` claim (ledger.security.mode=jwt)"));
        components.addSchemas(PROBLEM, problemDetail());
        SchemaNames.shorten(document);
        if (components.getSchemas() != null) {
            components.setSchemas(new TreeMap<>(components.getSchemas()));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemDetail() {
        Schema error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field, parameter or header refused"))
                .addProperty("message", new StringSchema().description("what is wrong with it"));
        error.setRequired(List.of("field", "message"));
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description("identifies the rule broken"));
        properties.put("title", new StringSchema().description("the HTTP status's reason phrase"));
        properties.put("status", new IntegerSchema().description("the HTTP status code"));
        properties.put("detail", new StringSchema().description("what happened, for a person"));
        properties.put("instance", new StringSchema().format("uri-reference"));
        properties.put("rule", new StringSchema().description("the rule code, as listed in docs/rule-codes.md")
                .example(VendorRuleCodes.SUSPENSION_NOT_ADMITTED));
        properties.put("errors", new ArraySchema().items(error).description("each field refused, for a 400"));
        Schema problem = new ObjectSchema().description("RFC 9457 problem details with the ledger's `rule` member");
        problem.setProperties(properties);
        problem.setRequired(List.of("type", "title", "status", "rule"));
        return problem;
    }
}
