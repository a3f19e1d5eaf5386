package com.outsourcingledger.query.audit.asof;

import com.outsourcingledger.api.refusal.AuditRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.query.audit.AuditedKind;
import com.outsourcingledger.query.audit.index.AuditedEvent;
import com.outsourcingledger.query.privacy.PersonalDataRendering;
import com.outsourcingledger.query.readmodel.ViewFold;
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
import java.util.HashSet;
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
public class StateHistory {

    private final EventStore eventStore;
    private final Map<String, ViewFold<?>> folds;
    private final Clock clock;
    /** The wire format showing personal data as a response does, so that a diff compares what is shown. */
    private final JsonMapper json;

    StateHistory(EventStore eventStore, List<ViewFold<?>> folds, Clock clock, PersonalDataRendering personalData) {
        this.json = personalData.outwardMapper();
        this.eventStore = eventStore;
        this.folds = folds.stream().collect(Collectors.toMap(ViewFold::aggregateType, Function.identity()));
        this.clock = clock;
    }

    /** As {@code reader} may see it: without what the aggregate's fold seals from them now. */
    StateChange.AsOf asOf(AuditedKind kind, String aggregateId, Instant at, String reader) {
        return asOf(fold(kind), kind, aggregateId, at, reader);
    }

    StateChange.Diff diff(AuditedKind kind, String aggregateId, Instant from, Instant to, String reader) {
        if (!from.isBefore(to)) {
            throw Refusal.unprocessable(AuditRuleCodes.DIFF_FROM_BEFORE_TO,
                    "The diff needs 'from' strictly before 'to'");
        }
        return diff(fold(kind), kind, aggregateId, from, to, reader);
    }

    /** The ids of the events among {@code events} whose payload is sealed from {@code reader} now. */
    public Set<String> sealedFrom(String reader, List<AuditedEvent> events) {
        Map<String, String> aggregates = new LinkedHashMap<>();
        events.forEach(e -> aggregates.putIfAbsent(e.aggregateId(), e.aggregateType()));
        return sealedFrom(reader, aggregates);
    }

    /** The ids of the events of these aggregates (types by id) whose payload is sealed from {@code reader} now. */
    public Set<String> sealedFrom(String reader, Map<String, String> aggregates) {
        Set<String> sealed = new HashSet<>();
        aggregates.forEach((aggregateId, aggregateType) -> {
            ViewFold<?> fold = folds.get(aggregateType);
            if (fold != null && fold.seals()) {
                sealed.addAll(sealedEvents(fold, aggregateType, aggregateId, reader));
            }
        });
        return sealed;
    }

    private <V> Set<String> sealedEvents(ViewFold<V> fold, String aggregateType, String aggregateId, String reader) {
        Replay<V> replay = replay(fold, aggregateType, aggregateId, Instant.MAX);
        if (replay.current == null || !fold.sealedFrom(replay.current, reader)) {
            return Set.of();
        }
        Set<String> sealed = new HashSet<>();
        for (Step<V> step : replay.steps) {
            if (fold.sealedEvent(step.message.getPayload(), reader)) {
                sealed.add(step.message.getIdentifier());
            }
        }
        return sealed;
    }

    private <V> StateChange.AsOf asOf(ViewFold<V> fold, AuditedKind kind, String aggregateId, Instant at,
                                      String reader) {
        List<Step<V>> steps = replay(fold, kind, aggregateId, at, reader);
        if (steps.isEmpty()) {
            return new StateChange.AsOf(kind.aggregateType, aggregateId, at, null, null);
        }
        Step<V> last = steps.getLast();
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        return new StateChange.AsOf(kind.aggregateType, aggregateId, at, last.message.getSequenceNumber(),
                fold.seenOn(last.after, day));
    }

    private <V> StateChange.Diff diff(ViewFold<V> fold, AuditedKind kind, String aggregateId, Instant from, Instant to,
                                      String reader) {
        List<Step<V>> steps = replay(fold, kind, aggregateId, to, reader);
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

    /**
     * The paths whose value differs. A leaf missing on one side and null on the other has not changed (a list
     * element's null field as the element appears); nor has an empty list or object on one side whose members are
     * leaves on the other: those members are the change.
     */
    private static Set<String> changed(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        paths.removeIf(path -> Objects.equals(value(before.get(path)), value(after.get(path)))
                || filledOrEmptied(path, before, after) || filledOrEmptied(path, after, before));
        return paths;
    }

    private static JsonNode value(JsonNode leaf) {
        return leaf == null || leaf.isNull() || leaf.isMissingNode() ? null : leaf;
    }

    private static boolean filledOrEmptied(String path, Map<String, JsonNode> one, Map<String, JsonNode> other) {
        JsonNode leaf = one.get(path);
        return leaf != null && leaf.isContainer() && leaf.isEmpty() && !other.containsKey(path)
                && other.keySet().stream().anyMatch(p -> p.startsWith(path + "[") || p.startsWith(path + "."));
    }

    /**
     * The steps of the aggregate's events stored at or before {@code until}, each state without what the fold
     * seals from {@code reader} given the aggregate's state now; 404 when it has no events at all.
     */
    private <V> List<Step<V>> replay(ViewFold<V> fold, AuditedKind kind, String aggregateId, Instant until,
                                     String reader) {
        Replay<V> replay = replay(fold, kind.aggregateType, aggregateId, until);
        if (replay.steps.isEmpty() && replay.current == null) {
            throw new ResourceNotFoundException(kind.notFound, kind.resource, aggregateId);
        }
        if (!fold.sealedFrom(replay.current, reader)) {
            return replay.steps;
        }
        return replay.steps.stream()
                .map(step -> new Step<>(step.message, fold.withoutSealed(step.after, reader)))
                .toList();
    }

    /** Folds all the aggregate's events; keeps the steps stored at or before {@code until}. */
    private <V> Replay<V> replay(ViewFold<V> fold, String aggregateType, String aggregateId, Instant until) {
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        List<Step<V>> steps = new ArrayList<>();
        V state = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!aggregateType.equals(message.getType())) {
                return new Replay<>(List.of(), null);
            }
            Object user = message.getMetaData().get(MetadataKeys.USER);
            state = fold.evolve(state, message.getPayload(), new ViewFold.Step(message.getTimestamp(),
                    user == null ? null : user.toString(), message.getSequenceNumber()));
            if (!message.getTimestamp().isAfter(until)) {
                steps.add(new Step<>(message, state));
            }
        }
        return new Replay<>(steps, state);
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

    /** {@code current}: the state after every event, null for an aggregate of another type or none. */
    private record Replay<V>(List<Step<V>> steps, V current) {
    }
}
