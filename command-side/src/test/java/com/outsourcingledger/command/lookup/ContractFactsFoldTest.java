package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.contract.*;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContractFactsFoldTest {

    private static final String C = "contract-1";
    private static final Term TERM = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    private static ContractContent content(String amount) {
        return new ContractContent(null, null, "scope", List.of(), null, FeeModel.WORKLOAD_BASED, Money.cny(amount),
                PaymentMethod.BANK_TRANSFER, SettlementCycle.QUARTERLY, List.of(), null);
    }

    private static SlaBreached breached(String metricId, String period, String penalty) {
        return new SlaBreached(C, metricId, period, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE,
                Money.cny("100.00"), BigDecimal.ONE, Money.cny(penalty), Money.cny(penalty));
    }

    private static List<ContractEvent> activeHistory() {
        return List.of(new ContractDrafted(C, "project-1", "vendor-1", "title", TERM, content("1200000.00")),
                new ContractSubmittedForCoReview(C, 1), new ContractApproved(C, 1), new ContractSigned(C, DAY, 1),
                new ContractActivated(C, DAY, DAY.plusMonths(6), 6));
    }

    @Test
    void foldsNothingForAnEmptyHistory() {
        assertThat(ContractFactsFold.of(List.of())).isNull();
    }

    @Test
    void foldsTheContractsPartiesFeeTermsAndStatus() {
        ContractFacts facts = ContractFactsFold.of(activeHistory());
        assertThat(facts.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(facts.vendorId()).isEqualTo("vendor-1");
        assertThat(facts.projectId()).isEqualTo("project-1");
        assertThat(facts.feeModel()).isEqualTo(FeeModel.WORKLOAD_BASED);
        assertThat(facts.settlementCycle()).isEqualTo(SettlementCycle.QUARTERLY);
        assertThat(facts.terms()).containsExactly(TERM);
        assertThat(facts.activatedOn()).isEqualTo(DAY);
        assertThat(facts.currency()).isEqualTo("CNY");
    }

    @Test
    void takesTheAmountOfTheLatestAmendmentAndEveryTermOfARenewal() {
        Term next = new Term(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        List<ContractEvent> history = new java.util.ArrayList<>(activeHistory());
        history.add(new ContractAmended(C, "a-1", 2, "增加夜班", content("1500000.00"), null));
        history.add(new ContractRenewed(C, next, 3));
        ContractFacts facts = ContractFactsFold.of(history);
        assertThat(facts.amount()).isEqualTo(Money.cny("1500000.00"));
        assertThat(facts.terms()).containsExactly(TERM, next);
        assertThat(facts.servedDuring(SlaPeriod.of("2027-Q2"))).isTrue();
    }

    @Test
    void keepsEveryStandingPenaltyAndDropsAWithdrawnOne() {
        List<ContractEvent> history = new java.util.ArrayList<>(activeHistory());
        history.add(breached("quality", "2026-03", "1500.00"));
        history.add(breached("response", "2026-03", "800.00"));
        history.add(breached("uptime", "2026-03", "300.00"));
        history.add(new SlaBreachWithdrawn(C, "uptime", "2026-03", "更正"));
        history.add(breached("quality", "2026-03", "1200.00"));
        assertThat(ContractFactsFold.of(history).standingPenalties()).containsExactlyInAnyOrder(
                new PenaltyDeduction("quality", "2026-03", Money.cny("1200.00")),
                new PenaltyDeduction("response", "2026-03", Money.cny("800.00")));
    }

    @Test
    void foldsTheReservationsAndTheirDeductedPenalties() {
        List<ContractEvent> history = new java.util.ArrayList<>(activeHistory());
        history.add(new SettlementAmountReserved(C, C + ":2026-Q1", Money.cny("98500.00"),
                List.of(new PenaltyDeduction("quality", "2026-03", Money.cny("1500.00"))), Money.cny("98500.00"),
                Money.cny("1200000.00")));
        ContractFacts facts = ContractFactsFold.of(history);
        assertThat(facts.reserved()).containsExactly(C + ":2026-Q1");
        assertThat(facts.deducted()).containsExactly("quality|2026-03");
        assertThat(facts.reservedTotal()).isEqualTo(Money.cny("98500.00"));
    }

    @Test
    void bindsTheServiceByTheLastServiceDayOfATermination() {
        List<ContractEvent> history = new java.util.ArrayList<>(activeHistory());
        history.add(new ContractTerminated(C, TerminationReason.MUTUAL, "协商", List.of(), LocalDate.of(2026, 5, 20),
                LocalDate.of(2026, 5, 31), null, null));
        ContractFacts facts = ContractFactsFold.of(history);
        assertThat(facts.status()).isEqualTo(ContractStatus.TERMINATED);
        assertThat(facts.endedOn()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(facts.servedDuring(SlaPeriod.of("2026-Q2"))).isTrue();
        assertThat(facts.servedDuring(SlaPeriod.of("2026-Q3"))).isFalse();
    }

    /** A contract entered after its term started settles the term's months before its activation, like its SLAs. */
    @Test
    void settlesThePeriodsOfTheTermBeforeAnActivationThatCameLate() {
        Term term = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        ContractFacts late = new ContractFacts(C, ContractStatus.ACTIVE, "v-1", null, Money.cny("1200000.00"),
                FeeModel.FIXED_PRICE, SettlementCycle.MONTHLY, List.of(term), LocalDate.of(2026, 5, 20), null,
                List.of(), java.util.Set.of(), java.util.Set.of(), Money.cny("0.00"));
        assertThat(late.servedDuring(SlaPeriod.of("2026-01"))).isTrue();
        assertThat(late.servedDuring(SlaPeriod.of("2025-12"))).isFalse();
        ContractFacts signedOnly = new ContractFacts(C, ContractStatus.SIGNED, "v-1", null, Money.cny("1200000.00"),
                FeeModel.FIXED_PRICE, SettlementCycle.MONTHLY, List.of(term), null, null,
                List.of(), java.util.Set.of(), java.util.Set.of(), Money.cny("0.00"));
        assertThat(signedOnly.servedDuring(SlaPeriod.of("2026-01"))).isFalse();
    }
}
