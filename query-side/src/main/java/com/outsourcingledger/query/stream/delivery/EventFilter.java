package com.outsourcingledger.query.stream.delivery;

import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.query.stream.catalog.EventType;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which events a consumer wants, by aggregate type ({@code vendor}, as {@link AggregateKind#fromWire} reads it) and
 * CloudEvents type; empty means all.
 * Positions stay global, so a filtered consumer resumes exactly like an unfiltered one.
 */
public record EventFilter(Set<String> aggregateTypes, Set<String> types) {

    static final EventFilter ALL = new EventFilter(Set.of(), Set.of());

    public static EventFilter of(Collection<String> aggregateTypes, Collection<String> types) {
        return new EventFilter(split(aggregateTypes).stream()
                .map(name -> AggregateKind.fromWire("aggregateType", name).resource())
                .collect(Collectors.toUnmodifiableSet()), split(types));
    }

    private static Set<String> split(Collection<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream()
                .flatMap(value -> Set.of(value.split(",")).stream())
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean matches(EventType type) {
        return (aggregateTypes.isEmpty() || aggregateTypes.contains(type.aggregate()))
                && (types.isEmpty() || types.contains(type.name()));
    }
}
