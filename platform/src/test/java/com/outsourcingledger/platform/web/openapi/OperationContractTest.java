package com.outsourcingledger.platform.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class OperationContractTest {

    static class SampleVendorController {

        record Reference(String id) {
        }

        @PostMapping("/vendors")
        ResponseEntity<Reference> register() {
            return ResponseEntity.created(URI.create("/vendors/1")).body(new Reference("1"));
        }

        @PostMapping("/vendors/{vendorId}/suspension")
        ResponseEntity<Void> suspend(@PathVariable String vendorId) {
            return ResponseEntity.noContent().build();
        }

        @PostMapping("/vendors/{vendorId}/reinstatement")
        ResponseEntity<Void> reinstate(@PathVariable String vendorId) {
            return send(vendorId);
        }

        private ResponseEntity<Void> send(String vendorId) {
            return ResponseEntity.noContent().build();
        }

        @GetMapping("/vendors")
        Reference findVendors() {
            return new Reference("1");
        }
    }

    private final OperationContract contract = new OperationContract();

    @Test
    void documentsACreationAs201WithItsLocationAndBody() throws Exception {
        Operation operation = contract.customize(springdocDefault(true), handler("register"));

        assertThat(operation.getResponses()).doesNotContainKey("200").containsKey("201");
        ApiResponse created = operation.getResponses().get("201");
        assertThat(created.getHeaders()).containsKey("Location");
        assertThat(created.getContent().get("application/json").getSchema().get$ref()).endsWith("Reference");
        assertThat(operation.getSummary()).isEqualTo("Register (sample vendor)");
    }

    @Test
    void documentsAnActWithoutBodyAs204AndEveryProblemItMayAnswer() throws Exception {
        Operation operation = contract.customize(springdocDefault(true), handler("suspend", String.class));

        assertThat(operation.getResponses()).containsOnlyKeys("204", "400", "401", "403", "404", "409", "413", "422",
                "503");
        assertThat(operation.getResponses().get("204").getContent()).isNull();
        assertThat(operation.getResponses().get("409").getContent().get("application/problem+json").getSchema()
                .get$ref()).isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(operation.getResponses().get("503").getHeaders()).containsKey("Retry-After");
        assertThat(operation.getSecurity()).hasSize(2);
    }

    /** A controller answering through a shared helper of its own answers what the helper builds. */
    @Test
    void readsTheStatusThroughAHelperOfTheSameController() throws Exception {
        Operation operation = contract.customize(springdocDefault(true), handler("reinstate", String.class));

        assertThat(operation.getResponses()).doesNotContainKey("200").containsKey("204");
    }

    @Test
    void keepsAReadAt200WithoutStateProblems() throws Exception {
        Operation operation = contract.customize(springdocDefault(false), handler("findVendors"));

        assertThat(operation.getResponses()).containsOnlyKeys("200", "400", "401", "403", "503");
        assertThat(operation.getSummary()).isEqualTo("Find vendors (sample vendor)");
    }

    private static Operation springdocDefault(boolean withBody) {
        Operation operation = new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse()
                .description("OK").content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Reference"))))));
        return withBody ? operation.requestBody(new RequestBody().content(new Content())) : operation;
    }

    private static HandlerMethod handler(String name, Class<?>... parameters) throws NoSuchMethodException {
        return new HandlerMethod(new SampleVendorController(),
                SampleVendorController.class.getDeclaredMethod(name, parameters));
    }
}
