package com.outsourcingledger.query.lineage;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.lineage.LineageQuery.*;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.SettlementEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.query.lineage.LineageSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The lineage projection driven through its handlers against a real database. */
abstract class LineageProjectionContract {

    private LineageProjection projection;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<GenericDomainEventMessage<?>> handled = new ArrayList<>();

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        projection = new LineageProjection(dataSource());
        projection.reset();
    }

    private void handle(Object... events) {
        for (Object event : events) {
            String aggregate = event instanceof ContractEvent c ? c.contractId() : ((SettlementEvent) event).settlementId();
            long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
            GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>(
                    event instanceof ContractEvent ? "Contract" : "Settlement", aggregate, sequence, event);
            deliver(message);
            handled.add(message);
        }
    }

    private void deliver(GenericDomainEventMessage<?> message) {
        if (message.getPayload() instanceof ContractEvent c) {
            projection.on(c, message.getSequenceNumber(), message);
        } else {
            projection.on((SettlementEvent) message.getPayload(), message.getSequenceNumber(), message);
        }
    }

    /** Two breaches of March deducted by one settlement that is paid; a third standing, a fourth withdrawn. */
    private void marchSettled() {
        handle(drafted(CONTRACT), breached("quality", "2026-03", "1500.00"), breached("response", "2026-03", "800.00"),
                breached("quality", "2026-04", "1500.00"), breached("availability", "2026-03", "900.00"),
                withdrawn("availability", "2026-03"),
                requested(), approved(deduction("quality", "2026-03", "1500.00"),
                        deduction("response", "2026-03", "800.00")),
                deducted("quality", "2026-03", "1500.00"), deducted("response", "2026-03", "800.00"),
                paid("97700.00"));
    }

    @Test
    void aBreachLeadsToItsPenaltyTheSettlementThatDeductedItAndThePayment() {
        marchSettled();

        BreachLineage lineage = projection.handle(new FindBreachLineage(CONTRACT, "quality", "2026-03")).orElseThrow();

        assertThat(lineage.state()).isEqualTo(DeductionState.PAID);
        assertThat(lineage.decisions()).extracting(PenaltyDecision::decision, d -> d.event().eventType(),
                        d -> d.event().sequenceNumber())
                .containsExactly(tuple("BREACHED", "SlaBreached", 1L));
        assertThat(lineage.decisions().getFirst().event().eventId()).isEqualTo(handled.get(1).getIdentifier());
        Deduction deduction = lineage.deductions().getFirst();
        assertThat(deduction.settlementId()).isEqualTo(SETTLEMENT);
        assertThat(deduction.penalty()).isEqualTo(Money.cny("1500.00"));
        assertThat(deduction.deducted().eventType()).isEqualTo("PenaltyDeducted");
        assertThat(deduction.deducted().eventId()).isEqualTo(handled.get(8).getIdentifier());
        assertThat(deduction.settlement().approved().eventId()).isEqualTo(handled.get(7).getIdentifier());
        assertThat(deduction.settlement().payment().reference()).isEqualTo("PAY-1");
        assertThat(deduction.settlement().payment().event().eventId()).isEqualTo(handled.get(10).getIdentifier());
    }

    @Test
    void aSettlementLeadsBackToEachDeductedPenaltyAndItsBreach() {
        marchSettled();

        SettlementLineage lineage = projection.handle(new FindSettlementLineage(SETTLEMENT)).orElseThrow();

        assertThat(lineage.settlement().payment().amount()).isEqualTo(Money.cny("97700.00"));
        assertThat(lineage.settlement().approvedAmount()).isEqualTo(Money.cny("97700.00"));
        assertThat(lineage.deductions()).extracting(DeductedBreach::metricId, DeductedBreach::period,
                        DeductedBreach::state, d -> d.decisions().getFirst().event().eventId())
                .containsExactly(tuple("quality", "2026-03", DeductionState.PAID, handled.get(1).getIdentifier()),
                        tuple("response", "2026-03", DeductionState.PAID, handled.get(2).getIdentifier()));
    }

    @Test
    void theContractListsEveryBreachWithItsDeductionState() {
        marchSettled();

        ContractLineage lineage = projection.handle(new FindContractLineage(CONTRACT)).orElseThrow();

        assertThat(lineage.items()).extracting(BreachState::metricId, BreachState::period, BreachState::state,
                        BreachState::settlementId)
                .containsExactly(tuple("availability", "2026-03", DeductionState.WITHDRAWN, null),
                        tuple("quality", "2026-03", DeductionState.PAID, SETTLEMENT),
                        tuple("quality", "2026-04", DeductionState.STANDING, null),
                        tuple("response", "2026-03", DeductionState.PAID, SETTLEMENT));
    }

    @Test
    void anApprovedSettlementNotYetPaidHasDeductedAndAReturnedOneHasNot() {
        handle(drafted(CONTRACT), breached("quality", "2026-03", "1500.00"), requested(),
                approved(deduction("quality", "2026-03", "1500.00")));
        assertThat(projection.handle(new FindContractLineage(CONTRACT)).orElseThrow().items())
                .extracting(BreachState::state).containsExactly(DeductionState.DEDUCTED);

        handle(new SettlementEvent.SettlementReturned(SETTLEMENT, com.outsourcingledger.api.settlement.SettlementStep.APPROVED,
                "发票有误"));

        assertThat(projection.handle(new FindBreachLineage(CONTRACT, "quality", "2026-03")).orElseThrow().state())
                .isEqualTo(DeductionState.STANDING);
    }

    /**
     * A tracking processor hands the projection batches of events, folded in memory and written once: whatever
     * the batches' bounds, and when a batch is handed again, the lineage is the one built event by event.
     */
    @Test
    void batchesOfAnySizeLeaveTheLineageBuiltEventByEvent() {
        handle(drafted(CONTRACT), breached("quality", "2026-03", "1500.00"), breached("response", "2026-03", "800.00"),
                breached("availability", "2026-03", "900.00"), requested(),
                approved(deduction("quality", "2026-03", "1500.00"), deduction("response", "2026-03", "800.00")),
                new SettlementEvent.SettlementReturned(SETTLEMENT,
                        com.outsourcingledger.api.settlement.SettlementStep.APPROVED, "发票有误"),
                withdrawn("availability", "2026-03"), breached("quality", "2026-04", "1500.00"),
                breached("quality", "2026-04", "1200.00"),
                approved(deduction("quality", "2026-03", "1500.00")), deducted("quality", "2026-03", "1500.00"),
                paid("98500.00"), drafted("c-2"));
        Map<String, Object> eventByEvent = answers();
        assertThat(eventByEvent.values()).doesNotContain(java.util.Optional.empty());

        for (int size : List.of(handled.size(), 1, 2, 3, 5)) {
            projection.reset();
            for (int from = 0; from < handled.size(); from += size) {
                inOneBatch(handled.subList(from, Math.min(handled.size(), from + size)));
            }
            assertThat(answers()).as("batches of " + size).isEqualTo(eventByEvent);
            inOneBatch(handled);
            assertThat(answers()).as("batches of " + size + ", then all of it again").isEqualTo(eventByEvent);
        }
    }

    private void inOneBatch(List<GenericDomainEventMessage<?>> messages) {
        BatchingUnitOfWork<GenericDomainEventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        batch.executeWithResult(() -> {
            deliver(batch.getMessage());
            return null;
        });
    }

    private Map<String, Object> answers() {
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        answers.put("contract", projection.handle(new FindContractLineage(CONTRACT)));
        answers.put("other contract", projection.handle(new FindContractLineage("c-2")));
        answers.put("settlement", projection.handle(new FindSettlementLineage(SETTLEMENT)));
        for (List<String> breach : List.of(List.of("quality", "2026-03"), List.of("response", "2026-03"),
                List.of("availability", "2026-03"), List.of("quality", "2026-04"))) {
            answers.put(String.join(" ", breach),
                    projection.handle(new FindBreachLineage(CONTRACT, breach.get(0), breach.get(1))));
        }
        return answers;
    }

    @Test
    void aReplayedHistoryChangesNothing() {
        marchSettled();
        BreachLineage before = projection.handle(new FindBreachLineage(CONTRACT, "quality", "2026-03")).orElseThrow();

        handled.forEach(this::deliver);

        assertThat(projection.handle(new FindBreachLineage(CONTRACT, "quality", "2026-03")).orElseThrow())
                .isEqualTo(before);
        assertThat(projection.handle(new FindContractLineage(CONTRACT)).orElseThrow().items()).hasSize(4);
    }

    @Test
    void aContractWithAThousandBreachesIsAnsweredWholeBothWays() {
        handle(drafted(CONTRACT));
        List<com.outsourcingledger.api.settlement.PenaltyDeduction> deductions = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String metric = String.format("m-%04d", i);
            handle(breached(metric, "2026-03", "10.00"));
            deductions.add(deduction(metric, "2026-03", "10.00"));
        }
        handle(requested(), approved(deductions.toArray(com.outsourcingledger.api.settlement.PenaltyDeduction[]::new)));

        assertThat(projection.handle(new FindContractLineage(CONTRACT)).orElseThrow().items()).hasSize(1000)
                .allSatisfy(b -> assertThat(b.state()).isEqualTo(DeductionState.DEDUCTED));
        assertThat(projection.handle(new FindSettlementLineage(SETTLEMENT)).orElseThrow().deductions()).hasSize(1000)
                .allSatisfy(d -> assertThat(d.state()).isEqualTo(DeductionState.DEDUCTED));
    }

    @Test
    void unknownIdsAreAnsweredEmptyAndAKnownContractWithoutBreachesEmptyHanded() {
        handle(drafted("c-2"));

        assertThat(projection.handle(new FindBreachLineage(CONTRACT, "quality", "2026-03"))).isEmpty();
        assertThat(projection.handle(new FindSettlementLineage("nope"))).isEmpty();
        assertThat(projection.handle(new FindContractLineage("nope"))).isEmpty();
        assertThat(projection.handle(new FindContractLineage("c-2")).orElseThrow().items()).isEmpty();
    }
}
