package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RequestRuleCodes;

import java.util.Arrays;
import java.util.Locale;
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
    CONTRACT("Contract", "contracts", "contract"),
    EVALUATION("Evaluation", "evaluations", "evaluation"),
    SETTLEMENT("Settlement", "settlements", "settlement"),
    WORKER("Worker", "workers", "worker"),
    COMPLIANCE_CHECK("ComplianceCheck", "compliance-checks", "compliance-check"),
    SHAM_SIGNAL("ShamSignal", "sham-signals", "sham-signal"),
    RISK("Risk", "risks", "risk"),
    INCIDENT("Incident", "incidents", "incident"),
    SPECIAL_AUDIT("SpecialAudit", "special-audits", "special-audit");

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

    /**
     * The kind a request names in its {@code parameter}: the one wire spelling is the resource ({@code contract}, as
     * in a CloudEvent's {@code aggregatetype}), in any case, so the stored type {@code Contract} reads the same;
     * anything else is refused naming the parameter.
     */
    public static AggregateKind fromWire(String parameter, String value) {
        String name = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.resource.equals(name)).findFirst()
                .orElseThrow(() -> Refusal.invalid(RequestRuleCodes.AGGREGATE_TYPE_UNKNOWN, "Parameter '" + parameter
                        + "' names no aggregate type: '" + value + "'; one of "
                        + Arrays.stream(values()).map(AggregateKind::resource).toList()));
    }
}
