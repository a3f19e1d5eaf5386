package com.outsourcingledger.query.audit.asof;

import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.TreeMap;

/**
 * A view flattened to its leaves by path ({@code qualifications[0].validUntil}), so two states compare field
 * by field. Empty lists and objects are leaves too, so that a list appearing or emptying is a change.
 */
public final class ViewTree {

    private ViewTree() {
    }

    public static Map<String, JsonNode> leaves(JsonNode root) {
        Map<String, JsonNode> leaves = new TreeMap<>();
        collect("", root, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isContainer() && node.size() > 0) {
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    collect(path.isEmpty() ? property.getKey() : path + "." + property.getKey(), property.getValue(),
                            leaves);
                }
            } else {
                for (int i = 0; i < node.size(); i++) {
                    collect(path + "[" + i + "]", node.get(i), leaves);
                }
            }
        } else {
            leaves.put(path, node);
        }
    }
}
