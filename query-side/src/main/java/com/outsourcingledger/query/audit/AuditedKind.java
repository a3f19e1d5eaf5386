package com.outsourcingledger.query.audit;

import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.ProjectRuleCodes;
import com.outsourcingledger.api.refusal.SourcingRuleCodes;
import com.outsourcingledger.api.refusal.VendorRuleCodes;

import java.util.Arrays;

/** The aggregates an auditor asks about by path, and the type their events are stored under. */
enum AuditedKind {

    VENDORS("vendors", "Vendor", "vendor", VendorRuleCodes.NOT_FOUND),
    PROJECTS("projects", "Project", "project", ProjectRuleCodes.NOT_FOUND),
    SOURCINGS("sourcings", "Sourcing", "sourcing", SourcingRuleCodes.NOT_FOUND),
    CONTRACTS("contracts", "Contract", "contract", ContractRuleCodes.NOT_FOUND);

    /** The path variable pattern that admits exactly these collections. */
    static final String PATH = "/audit/{kind:vendors|projects|sourcings|contracts}/{id}";

    final String collection;
    final String aggregateType;
    final String resource;
    /** The rule a read of an unknown aggregate of this kind is refused under. */
    final String notFound;

    AuditedKind(String collection, String aggregateType, String resource, String notFound) {
        this.collection = collection;
        this.aggregateType = aggregateType;
        this.resource = resource;
        this.notFound = notFound;
    }

    static AuditedKind of(String collection) {
        return Arrays.stream(values()).filter(k -> k.collection.equals(collection)).findFirst().orElseThrow();
    }
}
