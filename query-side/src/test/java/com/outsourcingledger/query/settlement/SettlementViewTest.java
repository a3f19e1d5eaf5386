package com.outsourcingledger.query.settlement;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.settlement.SettlementEvent.*;
import com.outsourcingledger.api.settlement.SettlementQuery.SettlementDetail;
import com.outsourcingledger.api.settlement.SettlementQuery.StepHistoryEntry;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.query.readmodel.ViewFold.Step;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.outsourcingledger.query.settlement.SettlementSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SettlementViewTest {

    private static final Instant T0 = Instant.parse("2026-04-02T02:00:00Z");
    private static final String ID = "c-1:2026-03";

    private static SettlementDetail fold(List<String> users, List<SettlementEvent> events) {
        SettlementDetail detail = null;
        for (int i = 0; i < events.size(); i++) {
            detail = SettlementView.evolve(detail, events.get(i), new Step(T0.plusSeconds(i), users.get(i), i));
        }
        return detail;
    }

    @Test
    void followsEachStepToPaymentWithWhoActedAndTheAmountsDecided() {
        SettlementDetail detail = fold(List.of("vendor-user", "business", "hr", "finance", "finance2", "system",
                "finance"), paid("c-1", "v-1", "2026-03"));

        assertThat(detail.step()).isEqualTo(SettlementStep.PAID);
        assertThat(detail.claimedAmount()).isEqualTo(Money.cny("50000.00"));
        assertThat(detail.invoice().number()).isEqualTo("INV-2026-03");
        assertThat(detail.requestedBy()).isEqualTo("vendor-user");
        assertThat(detail.confirmation().by()).isEqualTo("business");
        assertThat(detail.complianceCheck().sampledWorkers()).containsExactly("w-1", "w-2");
        assertThat(detail.invoiceVerifiedBy()).isEqualTo("finance");
        assertThat(detail.approval().baseFee()).isEqualTo(Money.cny("50000.00"));
        assertThat(detail.approval().penalties()).extracting(p -> p.metricId(), p -> p.slaPeriod())
                .containsExactly(tuple("quality", "2026-02"));
        assertThat(detail.approval().amount()).isEqualTo(Money.cny("48500.00"));
        assertThat(detail.approval().by()).isEqualTo("finance2");
        assertThat(detail.payment().reference()).isEqualTo("PAY-1");
        assertThat(detail.history()).isEmpty();
    }

    @Test
    void keepsTheHistoryOfReturnsHoldsAndReleases() {
        SettlementDetail detail = fold(List.of("vendor-user", "business", "hr", "hr", "hr", "finance", "vendor-user"),
                List.of(requested("c-1", "v-1", "2026-03"),
                        new SettlementConfirmed(ID, com.outsourcingledger.api.settlement.ConfirmationBasis.WORKLOAD, null,
                                "WL-1", null),
                        new SettlementComplianceChecked(ID, false, List.of("w-1"), List.of("社保"), "社保断缴"),
                        new SettlementHeld(ID, "社保断缴，整改中", null),
                        new SettlementReleased(ID, "整改通过"),
                        new SettlementReturned(ID, SettlementStep.CONFIRMED, "发票抬头有误"),
                        requested("c-1", "v-1", "2026-03")));

        assertThat(detail.step()).isEqualTo(SettlementStep.REQUESTED);
        assertThat(detail.complianceCheck().passed()).isFalse();
        assertThat(detail.history()).extracting(StepHistoryEntry::kind, StepHistoryEntry::step, StepHistoryEntry::by)
                .containsExactly(tuple("HELD", SettlementStep.CONFIRMED, "hr"),
                        tuple("RELEASED", SettlementStep.CONFIRMED, "hr"),
                        tuple("RETURNED", SettlementStep.CONFIRMED, "finance"),
                        tuple("RESUBMITTED", SettlementStep.RETURNED, "vendor-user"));
    }

    @Test
    void aHoldWaitsAtTheStepItStoppedAndAReturnNamesItsStep() {
        SettlementDetail held = fold(List.of("vendor-user", "business", "hr"), List.of(requested("c-1", "v-1", "2026-03"),
                new SettlementConfirmed(ID, com.outsourcingledger.api.settlement.ConfirmationBasis.WORKLOAD, null,
                        "WL-1", null), new SettlementHeld(ID, "社保断缴", null)));
        SettlementDetail returned = fold(List.of("vendor-user", "business"), List.of(requested("c-1", "v-1", "2026-03"),
                new SettlementReturned(ID, SettlementStep.REQUESTED, "工作量不符")));

        assertThat(held.step()).isEqualTo(SettlementStep.HELD);
        assertThat(held.heldAt()).isEqualTo(SettlementStep.CONFIRMED);
        assertThat(returned.step()).isEqualTo(SettlementStep.RETURNED);
        assertThat(returned.returnedFrom()).isEqualTo(SettlementStep.REQUESTED);
    }
}
