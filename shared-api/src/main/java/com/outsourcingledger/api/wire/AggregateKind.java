package com.outsourcingledger.api.wire;

import java.util.Arrays;
import java.util.Optional;

/**
 * The aggregates by the names the outside world knows them: the type their events are stored under, the collection
 * in public paths ({@code /audit/vendors/4711}, the CloudEvents source {@code /vendors/4711}) and one resource.
 * These names are part of the public contract, so they are written out here once rather than derived.
 */
public enum AggregateKind {

    VENDOR("Vendor", "vendors", "vendor"),
    PROJECT("Project", "projects", "project"),
    SOURCING("Sourcing", "sourcings", "sourcing"),
    CONTRACT("Contract", "contracts", "contract");

    private final String aggregateType;
    private final String collection;
    private final String resource;

    AggregateKind(String aggregateType, String collection, String resource) {
        this.aggregateType = aggregateType;
        this.collection = collection;
        this.resource = resource;
    }

    /** e.g. {@code Vendor} */
    public String aggregateType() {
        return aggregateType;
    }

    /** e.g. {@code vendors} */
    public String collection() {
        return collection;
    }

    /** e.g. {@code vendor} */
    public String resource() {
        return resource;
    }

    public static Optional<AggregateKind> ofAggregateType(String aggregateType) {
        return Arrays.stream(values()).filter(k -> k.aggregateType.equals(aggregateType)).findFirst();
    }
}
