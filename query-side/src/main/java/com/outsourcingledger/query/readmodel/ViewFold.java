package com.outsourcingledger.query.readmodel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A read model's detail view as a fold over one aggregate's events, published by the feature that owns the
 * view so that auditors rebuild "the state as of an instant" with the very code that builds the live view.
 * It is part of the read-model kit, on which every feature may depend and which depends on no feature.
 *
 * @param <V> the detail view the live read model serves
 */
public interface ViewFold<V> {

    /** The aggregate type the events are stored under, e.g. {@code Vendor}. */
    String aggregateType();

    Class<V> viewType();

    /** {@code current} is null before the aggregate's first event; throws on an event of another family. */
    V evolve(V current, Object event, Step step);

    /** The view as the live read model shows it on {@code day}, for parts that depend on the day of asking. */
    default V seenOn(V view, LocalDate day) {
        return view;
    }

    /**
     * Whether part of the aggregate, whose view is {@code current} now, is kept from {@code user} for the time
     * being (a panel member's view of the others' score sheets before their own are in). The live read model
     * and the audit endpoints apply the same rule.
     */
    default boolean sealedFrom(V current, String user) {
        return false;
    }

    /** {@code view} (at any instant) without what is sealed from {@code user}. */
    default V withoutSealed(V view, String user) {
        return view;
    }

    /** Whether the event says something sealed from {@code user}. */
    default boolean sealedEvent(Object event, String user) {
        return false;
    }

    /** Whether this fold ever seals anything, so that readers across aggregates can skip the others. */
    default boolean seals() {
        return false;
    }

    /**
     * What a fold needs to know about an event besides its payload: when it was stored, who caused it and its
     * position in the aggregate's stream; the one event context of every view. {@code user} is null where the
     * live read model does not show who acted (project, sourcing).
     */
    record Step(Instant at, String user, long sequence) {
    }
}
