package com.outsourcingledger.query.stream.catalog;

import com.outsourcingledger.api.refusal.RequestRuleCodes;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/** The event catalog generated from shared-api, the same documents as docs/event-catalog in the repository. */
@RestController
@RequestMapping("/events/catalog")
@PreAuthorize("hasAnyRole('INTEGRATOR','AUDIT')")
class EventCatalogController {

    private final Map<String, JsonNode> documents;

    EventCatalogController(EventCatalog catalog) {
        this.documents = EventCatalogDocuments.of(catalog);
    }

    @GetMapping("/asyncapi.json")
    public JsonNode asyncApi() {
        return AsyncApiDocument.servedAt((ObjectNode) documents.get(EventCatalogDocuments.ASYNCAPI),
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri());
    }

    @GetMapping("/schemas/{type}.json")
    public JsonNode schema(@PathVariable String type) {
        JsonNode schema = documents.get(EventCatalogDocuments.schemaPath(type));
        if (schema == null) {
            throw new ResourceNotFoundException(RequestRuleCodes.EVENT_TYPE_NOT_FOUND, "event-type", type);
        }
        return schema;
    }
}
