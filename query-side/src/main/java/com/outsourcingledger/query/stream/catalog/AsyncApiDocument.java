package com.outsourcingledger.query.stream.catalog;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;

import static com.outsourcingledger.query.stream.catalog.EventSchemas.simple;

/**
 * The AsyncAPI 3.0 description of the stream: one channel, one message per event type, the envelope once, and each
 * event's data schema embedded, so that the document resolves on its own wherever it is saved.
 */
final class AsyncApiDocument {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AsyncApiDocument() {
    }

    static ObjectNode of(EventCatalog catalog) {
        ObjectNode document = NODES.objectNode();
        document.put("asyncapi", "3.0.0");
        document.putObject("info")
                .put("title", "Outsourcing Ledger event stream")
                .put("version", "1.0.0")
                .put("description", "Every event of the ledger in global order, each a CloudEvents 1.0 structured JSON "
                        + "object. Server-sent events at /events/stream (resume with ?from= or Last-Event-ID), pages at "
                        + "/events?after=&limit=. Delivery is at least once with strictly increasing positions; see "
                        + "docs/event-stream.md in the ledger's repository.");
        document.put("defaultContentType", "application/cloudevents+json");
        ObjectNode channel = document.putObject("channels").putObject("events");
        channel.put("address", "/events/stream");
        channel.put("description", "text/event-stream; the SSE id of each event is its position. Filters: "
                + "aggregateType, type (repeatable).");
        ObjectNode channelMessages = channel.putObject("messages");
        ObjectNode operation = document.putObject("operations").putObject("receiveEvents");
        operation.put("action", "receive");
        operation.putObject("channel").put("$ref", "#/channels/events");
        security(operation.putArray("security"));
        ArrayNode operationMessages = operation.putArray("messages");
        ObjectNode components = document.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("CloudEvent", envelope());
        ObjectNode messages = components.putObject("messages");
        for (EventType type : catalog.types()) {
            channelMessages.putObject(type.name()).put("$ref", "#/components/messages/" + type.name());
            operationMessages.addObject().put("$ref", "#/channels/events/messages/" + type.name());
            messages.set(type.name(), message(type));
            EmbeddedSchemas.add(schemas, type.name(), EventSchemas.of(type));
        }
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("basic").put("type", "http").put("scheme", "basic")
                .put("description", "HTTP Basic, one user per department (ledger.security.mode=embedded)");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "A JWT whose department claim names the caller's (ledger.security.mode=jwt)");
        return document;
    }

    /**
     * The document as served: its one server is the query side as the client reached it ({@code base} is the
     * request's scheme, host and context path), so a downloaded copy names the ledger it came from.
     */
    static ObjectNode servedAt(ObjectNode document, URI base) {
        ObjectNode server = NODES.objectNode();
        server.put("host", base.getRawAuthority());
        server.put("protocol", base.getScheme());
        if (base.getRawPath() != null && !base.getRawPath().isEmpty() && !base.getRawPath().equals("/")) {
            server.put("pathname", base.getRawPath());
        }
        server.put("description", "The query-side app; every event needs the INTEGRATOR or AUDIT role");
        security(server.putArray("security"));
        ObjectNode servers = NODES.objectNode();
        servers.set("query-side", server);
        ObjectNode ordered = NODES.objectNode();
        document.properties().forEach(property -> {
            ordered.set(property.getKey(), property.getValue());
            if (property.getKey().equals("defaultContentType")) {
                ordered.set("servers", servers);
            }
        });
        return ordered;
    }

    private static void security(ArrayNode requirements) {
        requirements.addObject().put("$ref", "#/components/securitySchemes/basic");
        requirements.addObject().put("$ref", "#/components/securitySchemes/bearer");
    }

    private static ObjectNode message(EventType type) {
        ObjectNode message = NODES.objectNode();
        message.put("name", type.name());
        message.put("title", type.payloadType().getSimpleName());
        message.put("summary", "A " + type.aggregate() + " event; source " + type.resources() + "/{id}");
        message.put("contentType", "application/cloudevents+json");
        ObjectNode specific = NODES.objectNode().put("type", "object");
        ObjectNode properties = specific.putObject("properties");
        properties.putObject("type").put("const", type.name());
        properties.putObject("data").put("$ref", "#/components/schemas/" + type.name());
        ArrayNode allOf = message.putObject("payload").putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/CloudEvent");
        allOf.add(specific);
        return message;
    }

    private static ObjectNode envelope() {
        ObjectNode schema = simple("object");
        schema.put("description", "CloudEvents 1.0 structured JSON envelope with the ledger's extension attributes");
        ObjectNode p = schema.putObject("properties");
        p.set("specversion", NODES.objectNode().put("const", "1.0"));
        p.set("id", simple("string").put("minLength", 1).put("description", "the event's identifier"));
        p.set("source", simple("string").put("format", "uri-reference")
                .put("description", "the aggregate, e.g. /vendors/{id}"));
        p.set("type", simple("string").put("description", "stable versioned name, e.g. outsourcing.vendor.admitted.v1"));
        p.set("subject", simple("string").put("description", "the aggregate's identifier"));
        p.set("time", simple("string").put("format", "date-time"));
        p.set("datacontenttype", NODES.objectNode().put("const", "application/json"));
        p.set("data", simple("object"));
        p.set("position", simple("integer").put("minimum", 1)
                .put("description", "global position in the store; the resume point (SSE id)"));
        p.set("sequence", simple("integer").put("minimum", 0).put("description", "sequence number in the aggregate"));
        p.set("aggregatetype", simple("string").put("description", "e.g. vendor"));
        p.set("correlationid", simple("string").put("description", "the originating request"));
        p.set("causationid", simple("string").put("description", "the message that directly caused this event"));
        p.set("actor", simple("string").put("description", "login of the acting user, or system"));
        p.set("department", simple("string").put("description", "department of the acting user"));
        ArrayNode required = schema.putArray("required");
        for (String name : new String[]{"specversion", "id", "source", "type", "time", "datacontenttype", "data", "position"}) {
            required.add(name);
        }
        return schema;
    }
}
