package com.outsourcingledger.query.lineage;

import com.outsourcingledger.api.lineage.LineageQuery.EventLink;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The global positions of the events named, read from the audit index by event id in one query per 1,000. */
final class Positions {

    private final JdbcClient jdbc;
    private final Set<String> wanted = new LinkedHashSet<>();
    private final Map<String, Long> positions = new HashMap<>();

    Positions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void want(String eventId) {
        if (eventId != null) {
            wanted.add(eventId);
        }
    }

    void load() {
        List<String> ids = List.copyOf(wanted);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("SELECT event_id, global_position FROM audit_event WHERE event_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .list().forEach(e -> positions.put(e.getKey(), e.getValue()));
        }
    }

    /** Null when there is no event. */
    EventLink link(String eventId, String type, String aggregateId, long sequence) {
        return eventId == null ? null : new EventLink(eventId, positions.get(eventId), type, aggregateId, sequence);
    }
}
