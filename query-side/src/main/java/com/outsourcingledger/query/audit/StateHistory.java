package com.outsourcingledger.query.audit;

import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.platform.problem.RuleViolationException;
import com.outsourcingledger.query.ViewFold;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The state of an aggregate as of an instant, and how it changed between two, rebuilt from the event store
 * by the fold its own read model uses ({@link ViewFold}), over the events stored up to that instant.
 */
@Component
class StateHistory {

    private final EventStore eventStore;
    private final Map<String, ViewFold<?>> folds;
    private final Clock clock;
    private final JsonMapper json = EventWireFormat.jsonMapper();

    StateHistory(EventStore eventStore, List<ViewFold<?>> folds, Clock clock) {
        this.eventStore = eventStore;
        this.folds = folds.stream().collect(Collectors.toMap(ViewFold::aggregateType, Function.identity()));
        this.clock = clock;
    }

    StateChange.AsOf asOf(AuditedKind kind, String aggregateId, Instant at) {
        return asOf(fold(kind), kind, aggregateId, at);
    }

    StateChange.Diff diff(AuditedKind kind, String aggregateId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw RuleViolationException.unprocessable("audit.diff.from-before-to",
                    "The diff needs 'from' strictly before 'to'");
        }
        return diff(fold(kind), kind, aggregateId, from, to);
    }

    private <V> StateChange.AsOf asOf(ViewFold<V> fold, AuditedKind kind, String aggregateId, Instant at) {
        List<Step<V>> steps = replay(fold, kind, aggregateId, at);
        if (steps.isEmpty()) {
            return new StateChange.AsOf(kind.aggregateType, aggregateId, at, null, null);
        }
        Step<V> last = steps.getLast();
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        return new StateChange.AsOf(kind.aggregateType, aggregateId, at, last.message.getSequenceNumber(),
                fold.seenOn(last.after, day));
    }

    private <V> StateChange.Diff diff(ViewFold<V> fold, AuditedKind kind, String aggregateId, Instant from, Instant to) {
        List<Step<V>> steps = replay(fold, kind, aggregateId, to);
        Map<String, JsonNode> before = Map.of();
        Long fromSequence = null;
        Map<String, List<StateChange.Cause>> causes = new LinkedHashMap<>();
        Map<String, JsonNode> after = Map.of();
        for (Step<V> step : steps) {
            Map<String, JsonNode> next = ViewTree.leaves(json.valueToTree(step.after));
            if (!step.message.getTimestamp().isAfter(from)) {
                before = next;
                fromSequence = step.message.getSequenceNumber();
            } else {
                for (String path : changed(after, next)) {
                    causes.computeIfAbsent(path, p -> new ArrayList<>()).add(cause(step.message));
                }
            }
            after = next;
        }
        List<StateChange> changes = new ArrayList<>();
        for (String path : changed(before, after)) {
            changes.add(new StateChange(path, before.get(path), after.get(path), causes.getOrDefault(path, List.of())));
        }
        Long toSequence = steps.isEmpty() ? null : steps.getLast().message.getSequenceNumber();
        return new StateChange.Diff(kind.aggregateType, aggregateId, from, to, fromSequence, toSequence, changes);
    }

    private static Set<String> changed(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        paths.removeIf(path -> Objects.equals(before.get(path), after.get(path)));
        return paths;
    }

    /** Folds the aggregate's events stored at or before {@code until}; 404 when it has no events at all. */
    @SuppressWarnings("unchecked")
    private <V> List<Step<V>> replay(ViewFold<V> fold, AuditedKind kind, String aggregateId, Instant until) {
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        List<Step<V>> steps = new ArrayList<>();
        V state = null;
        boolean found = false;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!kind.aggregateType.equals(message.getType())) {
                throw new ResourceNotFoundException(kind.resource, aggregateId);
            }
            found = true;
            if (message.getTimestamp().isAfter(until)) {
                break;
            }
            Object user = message.getMetaData().get(MetadataKeys.USER);
            V next = fold.evolve(state, message.getPayload(), new ViewFold.Step(message.getTimestamp(),
                    user == null ? null : user.toString(), message.getSequenceNumber()));
            steps.add(new Step<>(message, next));
            state = next;
        }
        if (!found) {
            throw new ResourceNotFoundException(kind.resource, aggregateId);
        }
        return steps;
    }

    private ViewFold<?> fold(AuditedKind kind) {
        ViewFold<?> fold = folds.get(kind.aggregateType);
        if (fold == null) {
            throw new IllegalStateException("no view fold for " + kind.aggregateType);
        }
        return fold;
    }

    private static StateChange.Cause cause(DomainEventMessage<?> message) {
        Object user = message.getMetaData().get(MetadataKeys.USER);
        Object correlation = message.getMetaData().get(MetadataKeys.CORRELATION_ID);
        return new StateChange.Cause(message.getSequenceNumber(), message.getIdentifier(),
                message.getPayloadType().getSimpleName(), message.getTimestamp(),
                user == null ? null : user.toString(), correlation == null ? null : correlation.toString());
    }

    private record Step<V>(DomainEventMessage<?> message, V after) {
    }
}
