package com.outsourcingledger.platform.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaNamesTest {

    private static final String PROJECT_REVIEW = "com.outsourcingledger.command.project.ProjectReviewController$ReviewRequest";
    private static final String SLA_REVIEW = "com.outsourcingledger.command.contract.ContractPerformanceController$ReviewRequest";
    private static final String MONEY = "com.outsourcingledger.api.vendor.Money";

    @Test
    void keepsASimpleNameThatIsUniqueAndQualifiesTwoTypesThatShareOne() {
        assertThat(SchemaNames.renames(List.of(PROJECT_REVIEW, SLA_REVIEW, MONEY))).isEqualTo(Map.of(
                MONEY, "Money",
                PROJECT_REVIEW, "command.project.ProjectReviewController.ReviewRequest",
                SLA_REVIEW, "command.contract.ContractPerformanceController.ReviewRequest"));
    }

    @Test
    void givesEachOperationTheSchemaOfItsOwnType() {
        OpenAPI document = new OpenAPI().components(new Components()
                        .addSchemas(PROJECT_REVIEW, new ObjectSchema().addProperty("approved", new Schema<>().type("boolean")))
                        .addSchemas(SLA_REVIEW, new ObjectSchema().addProperty("fees", new ArraySchema().items(ref(MONEY))))
                        .addSchemas(MONEY, new ObjectSchema()))
                .paths(new Paths()
                        .addPathItem("/projects/{id}/reviews", new PathItem().post(taking(PROJECT_REVIEW)))
                        .addPathItem("/contracts/{id}/sla-reviews", new PathItem().post(taking(SLA_REVIEW))));

        SchemaNames.shorten(document);

        assertThat(document.getComponents().getSchemas()).containsOnlyKeys("Money",
                "command.project.ProjectReviewController.ReviewRequest",
                "command.contract.ContractPerformanceController.ReviewRequest");
        assertThat(bodyOf(document, "/contracts/{id}/sla-reviews").get$ref())
                .isEqualTo("#/components/schemas/command.contract.ContractPerformanceController.ReviewRequest");
        assertThat(bodyOf(document, "/projects/{id}/reviews").get$ref())
                .isEqualTo("#/components/schemas/command.project.ProjectReviewController.ReviewRequest");
        Schema<?> fees = (Schema<?>) document.getComponents().getSchemas()
                .get("command.contract.ContractPerformanceController.ReviewRequest").getProperties().get("fees");
        assertThat(fees.getItems().get$ref()).isEqualTo("#/components/schemas/Money");
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static Operation taking(String type) {
        return new Operation().requestBody(new RequestBody().content(
                new Content().addMediaType("application/json", new MediaType().schema(ref(type)))));
    }

    private static Schema<?> bodyOf(OpenAPI document, String path) {
        return document.getPaths().get(path).getPost().getRequestBody().getContent().get("application/json").getSchema();
    }
}
