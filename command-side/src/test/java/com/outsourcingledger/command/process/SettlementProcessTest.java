package com.outsourcingledger.command.process;

import com.outsourcingledger.api.contract.ContractCommand.IssueRectificationNotice;
import com.outsourcingledger.api.contract.ContractCommand.RecordFinalSettlement;
import com.outsourcingledger.api.contract.ContractCommand.ReserveSettlementAmount;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RuleViolation;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.PenaltyDeduction;
import com.outsourcingledger.api.settlement.SettlementCommand.WithdrawSettlementApproval;
import com.outsourcingledger.api.settlement.SettlementEvent.PaymentRecorded;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementApproved;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementHeld;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementRequested;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

class SettlementProcessTest {

    private static final String CONTRACT_ID = "contract-1";
    private static final String PERIOD_ID = CONTRACT_ID + ":2026-03";
    private static final String FINAL_ID = CONTRACT_ID + ":final";
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    private static final PenaltyDeduction PENALTY = new PenaltyDeduction("quality", "2026-03", Money.cny("1500.00"));

    private SagaTestFixture<SettlementProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(SettlementProcess.class);
        fixture.registerResource(Clock.fixed(Instant.parse("2026-04-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    private static SettlementRequested requested(String settlementId, boolean finalSettlement) {
        return new SettlementRequested(settlementId, CONTRACT_ID, "vendor-1", "project-1", "2026-03", finalSettlement,
                Money.cny("98500.00"), new Invoice("INV-1", "VAT", Money.cny("98500.00"), Money.cny("0.00")));
    }

    private static SettlementApproved approved(String settlementId) {
        return new SettlementApproved(settlementId, CONTRACT_ID, Money.cny("100000.00"), List.of(PENALTY),
                Money.cny("1500.00"), BigDecimal.ZERO, Money.cny("0.00"), Money.cny("98500.00"));
    }

    @Test
    void reservesAnApprovedAmountAndItsPenaltiesOnTheContract() {
        fixture.givenAggregate(PERIOD_ID).published(requested(PERIOD_ID, false))
                .whenAggregate(PERIOD_ID).publishes(approved(PERIOD_ID))
                .expectDispatchedCommands(new ReserveSettlementAmount(CONTRACT_ID, PERIOD_ID, Money.cny("98500.00"),
                        List.of(PENALTY)));
    }

    @Test
    void withdrawsTheApprovalWhenTheContractRefusesTheAmount() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof ReserveSettlementAmount) {
                throw new CommandExecutionException("over the cap", null, new RuleViolation(
                        "settlement.reservation.cap-exceeded", Refusal.Kind.UNPROCESSABLE, "over"));
            }
            return null;
        });
        fixture.givenAggregate(PERIOD_ID).published(requested(PERIOD_ID, false))
                .whenAggregate(PERIOD_ID).publishes(approved(PERIOD_ID))
                .expectDispatchedCommands(new ReserveSettlementAmount(CONTRACT_ID, PERIOD_ID, Money.cny("98500.00"),
                                List.of(PENALTY)),
                        new WithdrawSettlementApproval(PERIOD_ID, "The contract refused the approved amount: "
                                + "settlement.reservation.cap-exceeded: over"));
    }

    @Test
    void leavesAnApprovalTheContractReservedAlready() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            throw new CommandExecutionException("again", null, new RuleViolation(
                    "settlement.reservation.already-reserved", Refusal.Kind.CONFLICT, "again"));
        });
        fixture.givenAggregate(PERIOD_ID).published(requested(PERIOD_ID, false))
                .whenAggregate(PERIOD_ID).publishes(approved(PERIOD_ID))
                .expectDispatchedCommands(new ReserveSettlementAmount(CONTRACT_ID, PERIOD_ID, Money.cny("98500.00"),
                        List.of(PENALTY)));
    }

    @Test
    void opensAComplianceRectificationWhenTheSpotCheckHoldsTheSettlement() {
        fixture.givenAggregate(PERIOD_ID).published(requested(PERIOD_ID, false))
                .whenAggregate(PERIOD_ID).publishes(new SettlementHeld(PERIOD_ID, "社保证明缺失", null))
                .expectDispatchedCommands(new IssueRectificationNotice(CONTRACT_ID, "compliance:" + PERIOD_ID + ":1",
                        null, "Employment compliance (settlement " + PERIOD_ID + "): 社保证明缺失",
                        TODAY.plusDays(SettlementProcess.RECTIFICATION_DAYS),
                        com.outsourcingledger.api.contract.RectificationTrigger.COMPLIANCE, false, java.util.List.of()));
    }

    @Test
    void leavesTheNoticeOfAComplianceChecksHoldToTheComplianceProcess() {
        fixture.givenAggregate(PERIOD_ID).published(requested(PERIOD_ID, false))
                .whenAggregate(PERIOD_ID).publishes(new SettlementHeld(PERIOD_ID, "社保未缴", "settlement:" + PERIOD_ID))
                .expectNoDispatchedCommands();
    }

    @Test
    void recordsThePaidFinalSettlementAsTheContractsExitStep() {
        fixture.givenAggregate(FINAL_ID).published(requested(FINAL_ID, true), approved(FINAL_ID))
                .whenAggregate(FINAL_ID).publishes(new PaymentRecorded(FINAL_ID, CONTRACT_ID, "PAY-9", TODAY,
                        Money.cny("98500.00")))
                .expectDispatchedCommands(new RecordFinalSettlement(CONTRACT_ID, Money.cny("98500.00"), "PAY-9", FINAL_ID))
                .expectActiveSagas(0);
    }

    @Test
    void recordsNoExitStepForThePaymentOfAPeriod() {
        fixture.givenAggregate(PERIOD_ID).published(requested(PERIOD_ID, false), approved(PERIOD_ID))
                .whenAggregate(PERIOD_ID).publishes(new PaymentRecorded(PERIOD_ID, CONTRACT_ID, "PAY-3", TODAY,
                        Money.cny("98500.00")))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }
}
