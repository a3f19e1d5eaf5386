package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.sourcing.SourcingEvent;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.worker.WorkerEvent;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent;
import com.outsourcingledger.api.signal.ShamSignalEvent;
import com.outsourcingledger.api.risk.RiskEvent;
import com.outsourcingledger.api.incident.IncidentEvent;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AggregateKindTest {

    @Test
    void namesEachAggregateAsItsPublicPathsDo() {
        assertThat(AggregateKind.values())
                .extracting(AggregateKind::aggregateType, AggregateKind::collection, AggregateKind::resource)
                .containsExactly(tuple("Vendor", "vendors", "vendor"), tuple("Project", "projects", "project"),
                        tuple("Sourcing", "sourcings", "sourcing"), tuple("Contract", "contracts", "contract"),
                        tuple("Evaluation", "evaluations", "evaluation"),
                        tuple("Settlement", "settlements", "settlement"),
                        tuple("Worker", "workers", "worker"),
                        tuple("ComplianceCheck", "compliance-checks", "compliance-check"),
                        tuple("ShamSignal", "sham-signals", "sham-signal"),
                        tuple("Risk", "risks", "risk"), tuple("Incident", "incidents", "incident"),
                        tuple("SpecialAudit", "special-audits", "special-audit"));
    }

    @Test
    void everyStoredEventFamilyHasAKind() {
        for (Class<?> family : List.of(VendorEvent.class, ProjectEvent.class, SourcingEvent.class,
                ContractEvent.class, EvaluationEvent.class, SettlementEvent.class, WorkerEvent.class,
                ComplianceCheckEvent.class, ShamSignalEvent.class, RiskEvent.class, IncidentEvent.class,
                SpecialAuditEvent.class)) {
            String aggregateType = family.getSimpleName().replaceFirst("Event$", "");
            assertThat(AggregateKind.ofAggregateType(aggregateType)).as(aggregateType).isPresent();
        }
    }
}
