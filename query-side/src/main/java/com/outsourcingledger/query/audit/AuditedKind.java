package com.outsourcingledger.query.audit;

import java.util.Arrays;

/** The aggregates an auditor asks about by path, and the type their events are stored under. */
public enum AuditedKind {

    VENDORS("vendors", "Vendor", "vendor"),
    PROJECTS("projects", "Project", "project"),
    SOURCINGS("sourcings", "Sourcing", "sourcing"),
    CONTRACTS("contracts", "Contract", "contract");

    /** The path variable pattern that admits exactly these collections. */
    public static final String PATH = "/audit/{kind:vendors|projects|sourcings|contracts}/{id}";

    final String collection;
    public final String aggregateType;
    public final String resource;

    AuditedKind(String collection, String aggregateType, String resource) {
        this.collection = collection;
        this.aggregateType = aggregateType;
        this.resource = resource;
    }

    public static AuditedKind of(String collection) {
        return Arrays.stream(values()).filter(k -> k.collection.equals(collection)).findFirst().orElseThrow();
    }
}
