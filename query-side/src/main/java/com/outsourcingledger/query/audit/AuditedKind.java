package com.outsourcingledger.query.audit;

import com.outsourcingledger.api.refusal.ComplianceRuleCodes;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.EvaluationRuleCodes;
import com.outsourcingledger.api.refusal.IncidentRuleCodes;
import com.outsourcingledger.api.refusal.ProjectRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RequestRuleCodes;
import com.outsourcingledger.api.refusal.RiskRuleCodes;
import com.outsourcingledger.api.refusal.SettlementRuleCodes;
import com.outsourcingledger.api.refusal.SignalRuleCodes;
import com.outsourcingledger.api.refusal.SourcingRuleCodes;
import com.outsourcingledger.api.refusal.SpecialAuditRuleCodes;
import com.outsourcingledger.api.refusal.VendorRuleCodes;
import com.outsourcingledger.api.refusal.WorkerRuleCodes;
import com.outsourcingledger.api.wire.AggregateKind;

import java.util.Arrays;

/** The aggregates an auditor asks about by path, named as {@link AggregateKind} names them everywhere. */
public enum AuditedKind {

    VENDORS(AggregateKind.VENDOR, VendorRuleCodes.NOT_FOUND),
    PROJECTS(AggregateKind.PROJECT, ProjectRuleCodes.NOT_FOUND),
    SOURCINGS(AggregateKind.SOURCING, SourcingRuleCodes.NOT_FOUND),
    CONTRACTS(AggregateKind.CONTRACT, ContractRuleCodes.NOT_FOUND),
    EVALUATIONS(AggregateKind.EVALUATION, EvaluationRuleCodes.NOT_FOUND),
    SETTLEMENTS(AggregateKind.SETTLEMENT, SettlementRuleCodes.NOT_FOUND),
    WORKERS(AggregateKind.WORKER, WorkerRuleCodes.NOT_FOUND),
    COMPLIANCE_CHECKS(AggregateKind.COMPLIANCE_CHECK, ComplianceRuleCodes.NOT_FOUND),
    SHAM_SIGNALS(AggregateKind.SHAM_SIGNAL, SignalRuleCodes.NOT_FOUND),
    RISKS(AggregateKind.RISK, RiskRuleCodes.NOT_FOUND),
    INCIDENTS(AggregateKind.INCIDENT, IncidentRuleCodes.NOT_FOUND),
    SPECIAL_AUDITS(AggregateKind.SPECIAL_AUDIT, SpecialAuditRuleCodes.NOT_FOUND);

    /** Any {@code kind} reaches the controllers, so that an unknown one is a problem with a rule (see {@link #of}). */
    public static final String PATH = "/audit/{kind}/{id}";

    public final String collection;
    public final String aggregateType;
    public final String resource;
    /** The rule a read of an unknown aggregate of this kind is refused under. */
    public final String notFound;

    AuditedKind(AggregateKind kind, String notFound) {
        this.collection = kind.collection();
        this.aggregateType = kind.aggregateType();
        this.resource = kind.resource();
        this.notFound = notFound;
    }

    public static AuditedKind of(String collection) {
        return Arrays.stream(values()).filter(k -> k.collection.equals(collection)).findFirst()
                .orElseThrow(() -> Refusal.notFound(RequestRuleCodes.RESOURCE_NOT_FOUND, "No audited kind '" + collection
                        + "'; one of " + Arrays.stream(values()).map(k -> k.collection).toList()));
    }
}
