package com.outsourcingledger.query.audit.console;

import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.query.audit.asof.StateChange;
import com.outsourcingledger.query.audit.asof.ViewTree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The state as of an instant beside the live state, field by field, the fields that differ marked and first. */
record StateRows(List<Row> rows, long differing) {

    private static final JsonMapper JSON = EventWireFormat.jsonMapper();

    record Row(String path, String asOf, String live, boolean differs) {
    }

    /** A field the diff found changed, its values as text, and the events that changed it. */
    record Change(String path, String before, String after, List<StateChange.Cause> causes) {
    }

    static List<Change> changes(StateChange.Diff diff) {
        return diff.changes().stream()
                .map(c -> new Change(c.path(), text(c.before()), text(c.after()), c.causes())).toList();
    }

    static StateRows of(Object asOf, Object live) {
        Map<String, JsonNode> then = leaves(asOf);
        Map<String, JsonNode> now = leaves(live);
        TreeSet<String> paths = new TreeSet<>(then.keySet());
        paths.addAll(now.keySet());
        List<Row> rows = new ArrayList<>();
        for (String path : paths) {
            String before = text(then.get(path));
            String after = text(now.get(path));
            rows.add(new Row(path, before, after, !before.equals(after)));
        }
        rows.sort(Comparator.comparing(row -> !row.differs()));
        return new StateRows(rows, rows.stream().filter(Row::differs).count());
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "—";
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static Map<String, JsonNode> leaves(Object state) {
        return state == null ? Map.of() : ViewTree.leaves(JSON.valueToTree(state));
    }
}
