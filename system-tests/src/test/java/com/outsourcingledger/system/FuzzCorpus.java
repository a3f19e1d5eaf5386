package com.outsourcingledger.system;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A valid-looking body built from an OpenAPI schema, and the hostile variants of it: for every field, however deep,
 * the values a hostile client sends in its place; for the body as a whole, what is not a JSON object at all.
 */
final class FuzzCorpus {

    record Variant(String label, String raw) {
    }

    /** One request body ({@code null}: none at all) with the content type it is sent as. */
    record Mutation(String label, byte[] body, String contentType) {
    }

    static final String JSON_TYPE = "application/json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PLACEHOLDER = "__fuzz_raw_value__";
    private static final String MEGABYTE = "\"" + "m".repeat(1_000_000) + "\"";
    private static final int FORM = 5;
    private static final Set<String> END_DATES = Set.of("end", "endsOn", "validUntil", "dueOn", "lastServiceDay");

    private static final List<Variant> TEXT = List.of(new Variant("NUL", quoted("a\u0000b")),
            new Variant("U+0001", quoted("a\u0001b")), new Variant("ESC sequence", quoted("\u001b[2Jred")),
            new Variant("DEL", quoted("a\u007f")), new Variant("lone surrogate", "\"a\\ud800b\""),
            new Variant("1 MB", MEGABYTE), new Variant("256 chars", quoted("i".repeat(256))),
            new Variant("65 chars", quoted("i".repeat(65))), new Variant("empty", "\"\""), new Variant("blank", "\"   \""),
            new Variant("object", "{}"), new Variant("array", "[\"x\"]"), new Variant("number", "12"),
            new Variant("null", "null"), new Variant("missing", null));
    private static final List<Variant> NUMBER = List.of(new Variant("1e22", "1e22"),
            new Variant("1e100000000", "1e100000000"), new Variant("-1e1000000000", "-1e1000000000"),
            new Variant("1e-1000000000", "1e-1000000000"), new Variant("\"NaN\"", "\"NaN\""),
            new Variant("\"Infinity\"", "\"Infinity\""), new Variant("bare NaN", "NaN"), new Variant("-0", "-0"),
            new Variant("2^31", "2147483648"), new Variant("2^63", "9223372036854775808"), new Variant("-1", "-1"),
            new Variant("1.5", "1.5"), new Variant("\"12abc\"", "\"12abc\""), new Variant("object", "{}"),
            new Variant("null", "null"), new Variant("missing", null));
    private static final List<Variant> DATE = List.of(new Variant("+999999999-12-31", "\"+999999999-12-31\""),
            new Variant("-999999999-01-01", "\"-999999999-01-01\""), new Variant("0000-01-01", "\"0000-01-01\""),
            new Variant("2026-02-30", "\"2026-02-30\""), new Variant("2026-13-01", "\"2026-13-01\""),
            new Variant("number", "20260101"), new Variant("NUL", quoted("2026-01-01\u0000")),
            new Variant("empty", "\"\""), new Variant("object", "{}"), new Variant("null", "null"),
            new Variant("missing", null));
    private static final List<Variant> ENUM = List.of(new Variant("unknown constant", "\"NOPE\""),
            new Variant("ordinal", "0"), new Variant("NUL", quoted("\u0000")), new Variant("empty", "\"\""),
            new Variant("1 MB", MEGABYTE), new Variant("object", "{}"), new Variant("null", "null"),
            new Variant("missing", null));
    private static final List<Variant> BOOLEAN = List.of(new Variant("\"yes\"", "\"yes\""), new Variant("2", "2"),
            new Variant("object", "{}"), new Variant("null", "null"), new Variant("missing", null));
    private static final List<Variant> ARRAY = List.of(new Variant("[null]", "[null]"),
            new Variant("[null, null]", "[null,null]"), new Variant("[[]]", "[[]]"), new Variant("[]", "[]"),
            new Variant("string", "\"x\""), new Variant("object", "{}"), new Variant("null", "null"),
            new Variant("missing", null));
    private static final List<Variant> OBJECT = List.of(new Variant("string", "\"x\""), new Variant("array", "[]"),
            new Variant("number", "42"), new Variant("empty", "{}"), new Variant("null", "null"),
            new Variant("missing", null));
    private static final List<Variant> MAP = List.of(new Variant("NUL key", "{\"\\u0000\":1}"),
            new Variant("256-char key", "{\"" + "k".repeat(256) + "\":1}"), new Variant("empty", "{}"),
            new Variant("string", "\"x\""), new Variant("null", "null"), new Variant("missing", null));
    static final List<Variant> PATH_VALUES = List.of(new Variant("%00", "%00"), new Variant("a%00b", "a%00b"),
            new Variant("%01", "%01"), new Variant("%0A", "x%0Ay"), new Variant("%7F", "%7F"),
            new Variant("invalid UTF-8", "%C3%28"), new Variant("encoded surrogate", "%ED%A0%80"),
            new Variant("65 chars", "p".repeat(65)), new Variant("256 chars", "p".repeat(256)),
            new Variant("10,000 chars", "p".repeat(10_000)), new Variant("%2F", "a%2Fb"), new Variant("..", ".."),
            new Variant("%20", "%20"));
    static final List<Variant> HEADER_VALUES = List.of(new Variant("256 chars", "h".repeat(256)),
            new Variant("5,000 chars", "h".repeat(5_000)), new Variant("blank", " "));

    private final UnaryOperator<JsonNode> resolver;
    private final Map<String, String> ids;
    private final AtomicInteger counter = new AtomicInteger();
    private final Set<String> walked = new HashSet<>();

    /** {@code ids}: the value a string field of that name takes in a base body (the world's real ids). */
    FuzzCorpus(UnaryOperator<JsonNode> resolver, Map<String, String> ids) {
        this.resolver = resolver;
        this.ids = ids;
    }

    /** A body following {@code schema}, with the top-level fields of {@code sample} where one is known. */
    ObjectNode base(JsonNode schema, Map<String, Object> sample) {
        ObjectNode body = (ObjectNode) example("", schema);
        sample.forEach((field, value) -> body.set(field, JSON.valueToTree(value)));
        return body;
    }

    /**
     * The whole-body mutations, then every field's; the fields of a form (a component of five or more fields) only
     * where it is first met, so that a form several operations share is not sent field by field again.
     */
    List<Mutation> mutations(String schemaName, JsonNode schema, ObjectNode base) {
        List<Mutation> mutations = new ArrayList<>(whole(base));
        if (schemaName == null || firstMeeting(schemaName, schema)) {
            walk(new ArrayList<>(), "", schema, base, base, mutations);
        }
        return mutations;
    }

    private boolean firstMeeting(String component, JsonNode schema) {
        return schema.path("properties").size() < FORM || walked.add(component);
    }

    static List<Mutation> whole(ObjectNode base) {
        String json = JSON.writeValueAsString(base);
        String first = base.propertyNames().stream().findFirst().orElse("x");
        ByteArrayOutputStream invalidUtf8 = new ByteArrayOutputStream();
        invalidUtf8.writeBytes("{\"".getBytes(StandardCharsets.UTF_8));
        invalidUtf8.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
        invalidUtf8.writeBytes(("\":1," + json.substring(1)).getBytes(StandardCharsets.UTF_8));
        List<Mutation> whole = new ArrayList<>(List.of(new Mutation("no body", null, JSON_TYPE),
                new Mutation("invalid UTF-8", invalidUtf8.toByteArray(), JSON_TYPE),
                new Mutation("text/plain", utf8(json), "text/plain")));
        for (Variant body : List.of(new Variant("empty body", ""), new Variant("malformed JSON", "{\""),
                new Variant("truncated", json.substring(0, json.length() - 1)),
                new Variant("trailing garbage", json + "}]x"), new Variant("whole body as array", "[" + json + "]"),
                new Variant("empty array", "[]"), new Variant("null", "null"), new Variant("number", "42"),
                new Variant("string", "\"x\""), new Variant("empty object", "{}"),
                new Variant("nested 100,000 deep", "[".repeat(100_000) + "]".repeat(100_000)),
                new Variant("BOM", "\uFEFF" + json),
                new Variant("duplicate first field with NUL", "{\"" + first + "\":\"\\u0000\"," + json.substring(1)),
                new Variant("unknown field", "{\"unknownFuzzField\":\"x\"," + json.substring(1)))) {
            whole.add(new Mutation(body.label(), utf8(body.raw()), JSON_TYPE));
        }
        return whole;
    }

    private void walk(List<Object> path, String field, JsonNode declared, JsonNode value, ObjectNode base,
                      List<Mutation> out) {
        JsonNode schema = resolver.apply(declared);
        if (!path.isEmpty()) {
            for (Variant variant : variantsFor(schema)) {
                out.add(new Mutation(label(path) + " = " + variant.label(), utf8(replaced(base, path, variant.raw())),
                        JSON_TYPE));
            }
        }
        boolean repeated = declared.has("$ref")
                && !firstMeeting(declared.get("$ref").asString().replaceFirst(".*/", ""), schema);
        if (repeated) {
            return;
        }
        if (schema.has("properties") && value.isObject()) {
            for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
                if (value.has(property.getKey())) {
                    walk(append(path, property.getKey()), property.getKey(), property.getValue(),
                            value.get(property.getKey()), base, out);
                }
            }
        } else if (schema.has("items") && value.isArray() && !value.isEmpty()) {
            walk(append(path, 0), field, schema.get("items"), value.get(0), base, out);
        } else if (schema.path("additionalProperties").isObject() && value.isObject() && !value.isEmpty()) {
            String key = value.propertyNames().iterator().next();
            walk(append(path, key), key, schema.get("additionalProperties"), value.get(key), base, out);
        }
    }

    private static List<Variant> variantsFor(JsonNode schema) {
        if (schema.has("enum")) {
            return ENUM;
        }
        return switch (type(schema)) {
            case "object" -> schema.has("properties") ? OBJECT : MAP;
            case "array" -> ARRAY;
            case "number", "integer" -> NUMBER;
            case "boolean" -> BOOLEAN;
            default -> schema.path("format").asString().startsWith("date") ? DATE : TEXT;
        };
    }

    private JsonNode example(String field, JsonNode declared) {
        JsonNode schema = resolver.apply(declared);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (type(schema)) {
            case "object" -> object(field, schema);
            case "array" -> NODES.arrayNode().add(example(field, schema.get("items")));
            case "integer" -> NODES.numberNode(Math.max(schema.path("minimum").asInt(10), 10));
            case "number" -> NODES.numberNode(field.equals("amount") ? new BigDecimal("1000.00") : BigDecimal.TEN);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.stringNode(text(field, schema));
        };
    }

    private ObjectNode object(String field, JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        if (schema.has("properties")) {
            schema.get("properties").properties().forEach(p -> object.set(p.getKey(), example(p.getKey(), p.getValue())));
        } else if (field.equals("scores") || field.equals("weights")) {
            SourcingSteps.scores(80).forEach((criterion, score) -> object.put(criterion, (Integer) score));
        } else if (schema.path("additionalProperties").isObject()) {
            object.set("key", example("key", schema.get("additionalProperties")));
        }
        return object;
    }

    private String text(String field, JsonNode schema) {
        String format = schema.path("format").asString();
        if (format.equals("date")) {
            return END_DATES.contains(field) ? "2027-12-31" : "2026-01-01";
        }
        if (format.equals("email")) {
            return "fuzz@example.com";
        }
        if (ids.containsKey(field)) {
            return ids.get(field);
        }
        if (field.equals("currency")) {
            return "CNY";
        }
        if (field.equals("period")) {
            return "2026-01";
        }
        return schema.has("pattern") || field.endsWith("Id") ? "fuzz-" + counter.incrementAndGet() : "模糊测试";
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode candidate : type) {
                if (!candidate.asString().equals("null")) {
                    return candidate.asString();
                }
            }
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        return type.asString("string");
    }

    private static String replaced(ObjectNode base, List<Object> path, String raw) {
        ObjectNode copy = base.deepCopy();
        JsonNode parent = copy;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.getLast();
        if (parent instanceof ArrayNode array) {
            if (raw == null) {
                array.remove((int) (Integer) last);
            } else {
                array.set((int) (Integer) last, NODES.stringNode(PLACEHOLDER));
            }
        } else if (raw == null) {
            ((ObjectNode) parent).remove((String) last);
        } else {
            ((ObjectNode) parent).put((String) last, PLACEHOLDER);
        }
        String json = JSON.writeValueAsString(copy);
        return raw == null ? json : json.replace("\"" + PLACEHOLDER + "\"", raw);
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    private static String label(List<Object> path) {
        StringBuilder label = new StringBuilder();
        for (Object step : path) {
            label.append(step instanceof Integer index ? "[" + index + "]" : (label.isEmpty() ? "" : ".") + step);
        }
        return label.toString();
    }

    private static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
