package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.ConfirmationBasis;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.SettlementEvent.*;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementConfirmedAndCheckedRuleTest {

    private static final Money FEE = Money.cny("100000.00");
    private static final Money ZERO = Money.cny("0.00");
    private static final Instant APRIL = Instant.parse("2026-04-02T01:00:00Z");

    private static PlantedHistory requested(String id, Instant at) {
        return PlantedHistory.of("Settlement", id, at).by(null, "vendor-user-1")
                .event(new SettlementRequested(id, "contract-1", "vendor-1", "project-1", "2026-03", false, FEE,
                        new Invoice("INV-1", "VAT_SPECIAL", FEE, Money.cny("5660.38"))));
    }

    private static PlantedHistory confirmed(PlantedHistory settlement, String id, String department) {
        return settlement.by(department, "user-c").after(Duration.ofDays(1)).event(new SettlementConfirmed(id,
                ConfirmationBasis.WORKLOAD, null, "GZL-1", "已确认"));
    }

    private static PlantedHistory checked(PlantedHistory settlement, String id, boolean passed) {
        return settlement.by("HR", "hr-1").after(Duration.ofDays(1)).event(new SettlementComplianceChecked(id, passed,
                List.of("worker-7"), List.of("社保缴纳证明"), passed ? "通过" : "社保断缴"));
    }

    private static PlantedHistory approvedAndPaid(PlantedHistory settlement, String id) {
        return settlement.by("FINANCE", "finance-1").after(Duration.ofDays(1))
                .event(new InvoiceVerified(id, "INV-1", "三方一致"))
                .by("FINANCE", "finance-2").after(Duration.ofDays(1))
                .event(new SettlementApproved(id, "contract-1", FEE, List.of(), ZERO, BigDecimal.ZERO, ZERO, FEE))
                .by("FINANCE", "finance-1").after(Duration.ofDays(2))
                .event(new PaymentRecorded(id, "contract-1", "PAY-1", LocalDate.of(2026, 4, 8), FEE));
    }

    private static ControlAnswer answer(PlantedHistory... histories) {
        return PlantedRules.answer(new SettlementConfirmedAndCheckedRule(), PlantedRules.YEAR_2026,
                java.util.Arrays.stream(histories).flatMap(h -> h.events().stream()).toList());
    }

    @Test
    void isAppliedWhenBusinessConfirmedAndHrCheckedTheApprovedRound() {
        PlantedHistory settlement = requested("s-1", APRIL);
        confirmed(settlement, "s-1", "BUSINESS");
        checked(settlement, "s-1", true);
        approvedAndPaid(settlement, "s-1");

        ControlAnswer answer = answer(settlement);

        assertThat(answer.applied()).isTrue();
        assertThat(answer.subjectsChecked()).isEqualTo(1);
    }

    @Test
    void acceptsAFailedCheckThatHrReleasedBeforeTheApproval() {
        PlantedHistory settlement = requested("s-2", APRIL);
        confirmed(settlement, "s-2", "BUSINESS");
        checked(settlement, "s-2", false).event(new SettlementHeld("s-2", "社保断缴", null))
                .after(Duration.ofDays(3)).event(new SettlementReleased("s-2", "已补缴"));
        approvedAndPaid(settlement, "s-2");

        assertThat(answer(settlement).applied()).isTrue();
    }

    @Test
    void listsAPaymentWhoseApprovedRoundLackedTheComplianceCheck() {
        PlantedHistory settlement = requested("s-3", APRIL);
        confirmed(settlement, "s-3", "BUSINESS");
        checked(settlement, "s-3", true);
        settlement.by("FINANCE", "finance-1").after(Duration.ofDays(1)).event(new SettlementReturned("s-3",
                SettlementStep.COMPLIANCE_CHECKED, "发票金额不符"))
                .by(null, "vendor-user-1").after(Duration.ofDays(1)).event(new SettlementResubmitted("s-3", FEE,
                        new Invoice("INV-2", "VAT_SPECIAL", FEE, Money.cny("5660.38"))));
        confirmed(settlement, "s-3", "BUSINESS");
        approvedAndPaid(settlement, "s-3");

        ControlAnswer answer = answer(settlement);

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.subjectKind()).isEqualTo(AggregateKind.SETTLEMENT);
            assertThat(exception.subjectId()).isEqualTo("s-3");
            assertThat(exception.description()).contains("without HR's compliance check")
                    .doesNotContain("confirmation");
            assertThat(exception.evidenceEventIds()).containsExactly(settlement.eventId(4), settlement.eventId(5),
                    settlement.eventId(7), settlement.eventId(8));
        });
    }

    @Test
    void listsAConfirmationByAnotherDepartment() {
        PlantedHistory settlement = requested("s-4", APRIL);
        confirmed(settlement, "s-4", "FINANCE");
        checked(settlement, "s-4", true);
        approvedAndPaid(settlement, "s-4");

        assertThat(answer(settlement).exceptions()).singleElement().satisfies(exception ->
                assertThat(exception.description()).contains("confirmed by FINANCE, not BUSINESS"));
    }

    @Test
    void leavesPaymentsOutsideThePeriodUnchecked() {
        PlantedHistory paidBefore = requested("s-5", Instant.parse("2025-12-01T01:00:00Z"));
        confirmed(paidBefore, "s-5", "BUSINESS");
        approvedAndPaid(paidBefore, "s-5");
        PlantedHistory paidAfter = requested("s-6", Instant.parse("2026-12-28T01:00:00Z"));
        confirmed(paidAfter, "s-6", "BUSINESS");
        approvedAndPaid(paidAfter, "s-6");

        ControlAnswer answer = answer(paidBefore, paidAfter);

        assertThat(answer.subjectsChecked()).isZero();
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void readsOldHoldsWithoutTheirComplianceCheck() {
        PlantedHistory settlement = requested("s-7", APRIL);
        confirmed(settlement, "s-7", "BUSINESS");
        checked(settlement, "s-7", true);
        settlement.by("HR", "hr-1").after(Duration.ofHours(1)).event(new SettlementHeld("s-7", "违规", null));
        approvedAndPaid(settlement, "s-7");

        assertThat(answer(settlement).exceptions()).singleElement().satisfies(exception ->
                assertThat(exception.description()).contains("while held"));
    }
}
