package com.outsourcingledger.query.stream.catalog;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.wire.AggregateKind;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTypeTest {

    private final EventCatalog catalog = EventCatalog.scan();

    @Test
    void namesAnEventByAggregateAndWhatHappenedDroppingTheLeadingAggregateName() {
        assertThat(catalog.ofPayload(VendorEvent.VendorAdmitted.class).orElseThrow().name())
                .isEqualTo("outsourcing.vendor.admitted.v1");
        assertThat(catalog.ofPayload(VendorEvent.VendorQualificationExpired.class).orElseThrow().name())
                .isEqualTo("outsourcing.vendor.qualification.expired.v1");
        assertThat(catalog.ofPayload(VendorEvent.DueDiligenceFindingRecorded.class).orElseThrow().name())
                .isEqualTo("outsourcing.vendor.due.diligence.finding.recorded.v1");
    }

    @Test
    void theSourceIsTheAggregateResource() {
        EventType admitted = catalog.ofPayload(VendorEvent.VendorAdmitted.class).orElseThrow();
        assertThat(admitted.source("v-1")).isEqualTo("/vendors/v-1");
        assertThat(admitted.aggregate()).isEqualTo("vendor");
    }

    @Test
    void evaluationsAndSettlementsAreNamedAndSourcedByTheirKinds() {
        EventType scored = catalog.ofPayload(EvaluationEvent.EvaluationScored.class).orElseThrow();
        EventType deducted = catalog.ofPayload(SettlementEvent.PenaltyDeducted.class).orElseThrow();

        assertThat(scored.name()).isEqualTo("outsourcing.evaluation.scored.v1");
        assertThat(scored.source("c-1:2026-Q1")).isEqualTo("/" + AggregateKind.EVALUATION.collection() + "/c-1:2026-Q1");
        assertThat(deducted.name()).isEqualTo("outsourcing.settlement.penalty.deducted.v1");
        assertThat(deducted.aggregate()).isEqualTo(AggregateKind.SETTLEMENT.resource());
        assertThat(deducted.source("c-1:final")).isEqualTo("/settlements/c-1:final");
        assertThat(catalog.ofPayload(ContractEvent.PipInitiated.class).orElseThrow().name())
                .isEqualTo("outsourcing.contract.pip.initiated.v1");
    }

    @Test
    void aRevisionRaisesTheVersion() {
        assertThat(EventType.of("Contract", ContractTerminated.class, 3).name())
                .isEqualTo("outsourcing.contract.terminated.v3");
        assertThat(EventType.of("SourcingRequest", SourcingRequestOpened.class, 1))
                .extracting(EventType::name, EventType::resources)
                .containsExactly("outsourcing.sourcing-request.opened.v1", "/sourcing-requests");
    }

    @Test
    void wordsSplitAtCapitalsAndKeepAcronymsTogether() {
        assertThat(Names.dotted("SLABreachRecorded")).isEqualTo("sla.breach.recorded");
        assertThat(Names.dotted("Phase2Started")).isEqualTo("phase.2.started");
        assertThat(Names.plural("company")).isEqualTo("companies");
        assertThat(Names.plural("process")).isEqualTo("processes");
        assertThat(Names.plural("project")).isEqualTo("projects");
    }

    @Test
    void refusesARevisionThatIsNoNumberBecauseTheTypeCouldNotBeVersioned() {
        assertThatThrownBy(() -> catalog.typeOf(Unversionable.class, "Contract"))
                .hasMessageContaining("whole numbers");
    }

    @Test
    void aPayloadOutsideEveryFamilyIsStillNamedNeverByItsClassName() {
        EventType type = catalog.typeOf(ContractTerminated.class, "Contract");
        assertThat(type.name()).isEqualTo("outsourcing.contract.terminated.v1").doesNotContain("$");
    }

    record ContractTerminated(String contractId, LocalDate on) {
    }

    record SourcingRequestOpened(String id) {
    }

    @Revision("beta")
    record Unversionable(String id) {
    }
}
