package com.outsourcingledger.query.audit;

import com.outsourcingledger.api.wire.AggregateKind;

import java.util.Arrays;

/** The aggregates an auditor asks about by path, named as {@link AggregateKind} names them everywhere. */
public enum AuditedKind {

    VENDORS(AggregateKind.VENDOR),
    PROJECTS(AggregateKind.PROJECT),
    SOURCINGS(AggregateKind.SOURCING),
    CONTRACTS(AggregateKind.CONTRACT);

    /** The path variable pattern that admits exactly these collections (an annotation needs it written out). */
    public static final String PATH = "/audit/{kind:vendors|projects|sourcings|contracts}/{id}";

    final String collection;
    public final String aggregateType;
    public final String resource;

    AuditedKind(AggregateKind kind) {
        this.collection = kind.collection();
        this.aggregateType = kind.aggregateType();
        this.resource = kind.resource();
    }

    public static AuditedKind of(String collection) {
        return Arrays.stream(values()).filter(k -> k.collection.equals(collection)).findFirst().orElseThrow();
    }
}
