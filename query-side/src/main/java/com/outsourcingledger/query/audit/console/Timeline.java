package com.outsourcingledger.query.audit.console;

import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.query.audit.chain.VerificationReport;
import com.outsourcingledger.query.audit.index.AuditedEvent;
import tools.jackson.databind.ObjectWriter;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An aggregate's history as the explorer shows it: each event with its payload printed, the one the verification
 * found divergent marked, and the steps of the as-of view, one per distinct instant at which events were stored.
 */
record Timeline(List<Entry> entries, Instant at, Instant previous, Instant next, Instant first, Instant last) {

    private static final ObjectWriter PRETTY = EventWireFormat.jsonMapper().writerWithDefaultPrettyPrinter();

    /** One event; {@code shown}: the as-of view includes it; {@code current}: the last event it includes. */
    record Entry(AuditedEvent event, String payload, boolean divergent, boolean shown, boolean current) {
    }

    /** The history as of {@code at}, or as of its last event when {@code at} is null. */
    static Timeline of(List<AuditedEvent> events, Instant at, VerificationReport verification) {
        Instant first = events.isEmpty() ? null : events.getFirst().timestamp();
        Instant last = events.isEmpty() ? null : events.getLast().timestamp();
        Instant shownAt = at != null ? at : last;
        String divergent = verification.firstDivergence() == null ? null : verification.firstDivergence().eventId();
        int current = -1;
        Instant previous = null;
        Instant next = null;
        Instant step = shownAt == null ? null : stepOf(events, shownAt);
        for (int i = 0; i < events.size(); i++) {
            Instant stored = events.get(i).timestamp();
            if (shownAt != null && !stored.isAfter(shownAt)) {
                current = i;
            }
            if (shownAt != null && stored.isBefore(step) && (previous == null || stored.isAfter(previous))) {
                previous = stored;
            }
            if (shownAt != null && stored.isAfter(shownAt) && next == null) {
                next = stored;
            }
        }
        int currentIndex = current;
        List<Entry> entries = IntStream.range(0, events.size()).mapToObj(i -> {
            AuditedEvent event = events.get(i);
            return new Entry(event, event.payload() == null ? null : PRETTY.writeValueAsString(event.payload()),
                    event.eventId().equals(divergent), i <= currentIndex, i == currentIndex);
        }).toList();
        return new Timeline(entries, shownAt, previous, next, first, last);
    }

    /** The instant of the last event stored at or before {@code at}: stepping back leaves that instant's events. */
    private static Instant stepOf(List<AuditedEvent> events, Instant at) {
        Instant step = at;
        for (AuditedEvent event : events) {
            if (!event.timestamp().isAfter(at)) {
                step = event.timestamp();
            }
        }
        return step;
    }

    /** The last event the as-of view includes, none before the first. */
    public Entry current() {
        return entries.stream().filter(Entry::current).findFirst().orElse(null);
    }

    /** Where a diff that ends at this step starts by default: the previous step, or just before the first event. */
    public Instant stepBefore() {
        if (previous != null) {
            return previous;
        }
        return first == null ? null : first.minusMillis(1);
    }

    public boolean divergenceShown() {
        return entries.stream().anyMatch(Entry::divergent);
    }
}
