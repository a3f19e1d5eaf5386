package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.ReserveSettlementAmount;
import com.outsourcingledger.api.contract.ContractEvent.SettlementAmountReserved;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.outsourcingledger.command.contract.ContractSamples.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

/** The contract's running total of approved settlements: within the contract amount, each penalty deducted once. */
class ContractSettlementBudgetTest extends ContractFixture {

    private static final Money CAP = Money.cny("2400000.00");
    private static final PenaltyDeduction QUALITY_MARCH = new PenaltyDeduction(QUALITY, "2026-03", Money.cny("1500.00"));

    private static SettlementAmountReserved reserved(String period, String amount, String total,
                                                     PenaltyDeduction... penalties) {
        return new SettlementAmountReserved(CONTRACT_ID, CONTRACT_ID + ":" + period, Money.cny(amount),
                List.of(penalties), Money.cny(total), CAP);
    }

    @Test
    void reservesAnApprovedAmountWithinTheContractAmount() {
        given(with(active(), reserved("2026-02", "100000.00", "100000.00")))
                .when(new ReserveSettlementAmount(CONTRACT_ID, CONTRACT_ID + ":2026-03", Money.cny("98500.00"),
                        List.of(QUALITY_MARCH)))
                .expectEvents(reserved("2026-03", "98500.00", "198500.00", QUALITY_MARCH));
    }

    @Test
    void reservesUpToExactlyTheContractAmount() {
        given(with(active(), reserved("2026-02", "2300000.00", "2300000.00")))
                .when(new ReserveSettlementAmount(CONTRACT_ID, CONTRACT_ID + ":2026-03", Money.cny("100000.00"), List.of()))
                .expectEvents(reserved("2026-03", "100000.00", "2400000.00"));
    }

    @Test
    void refusesAnAmountThatWouldTakeTheTotalAboveTheContractAmount() {
        given(with(active(), reserved("2026-02", "2300000.00", "2300000.00")))
                .when(new ReserveSettlementAmount(CONTRACT_ID, CONTRACT_ID + ":2026-03", Money.cny("100000.01"), List.of()))
                .expectException(breaks("settlement.reservation.cap-exceeded", 422));
    }

    @Test
    void refusesAPenaltyAnotherSettlementDeducted() {
        given(with(active(), reserved("2026-03", "98500.00", "98500.00", QUALITY_MARCH)))
                .when(new ReserveSettlementAmount(CONTRACT_ID, CONTRACT_ID + ":final", Money.cny("1000.00"),
                        List.of(QUALITY_MARCH)))
                .expectException(breaks("settlement.reservation.penalty-already-deducted", 409));
    }

    @Test
    void refusesTheSameSettlementTwice() {
        given(with(active(), reserved("2026-03", "98500.00", "98500.00")))
                .when(new ReserveSettlementAmount(CONTRACT_ID, CONTRACT_ID + ":2026-03", Money.cny("98500.00"), List.of()))
                .expectException(breaks("settlement.reservation.already-reserved", 409));
    }

    @Test
    void refusesAnAmountInAnotherCurrency() {
        given(active())
                .when(new ReserveSettlementAmount(CONTRACT_ID, CONTRACT_ID + ":2026-03",
                        new Money(new BigDecimal("10.00"), "USD"), List.of()))
                .expectException(breaks("settlement.reservation.currency-mismatch", 422));
    }
}
