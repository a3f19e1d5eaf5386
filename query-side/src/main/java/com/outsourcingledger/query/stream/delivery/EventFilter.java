package com.outsourcingledger.query.stream.delivery;

import com.outsourcingledger.query.stream.catalog.EventType;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which events a consumer wants, by aggregate type ({@code vendor}) and CloudEvents type; empty means all.
 * Positions stay global, so a filtered consumer resumes exactly like an unfiltered one.
 */
public record EventFilter(Set<String> aggregateTypes, Set<String> types) {

    static final EventFilter ALL = new EventFilter(Set.of(), Set.of());

    public static EventFilter of(Collection<String> aggregateTypes, Collection<String> types) {
        return new EventFilter(split(aggregateTypes, true), split(types, false));
    }

    private static Set<String> split(Collection<String> values, boolean lowerCase) {
        if (values == null) {
            return Set.of();
        }
        return values.stream()
                .flatMap(value -> Set.of(value.split(",")).stream())
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .map(value -> lowerCase ? value.toLowerCase(Locale.ROOT) : value)
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean matches(EventType type) {
        return (aggregateTypes.isEmpty() || aggregateTypes.contains(type.aggregate()))
                && (types.isEmpty() || types.contains(type.name()));
    }
}
