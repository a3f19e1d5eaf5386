package com.outsourcingledger.command.settlement;

import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.ConfirmationBasis;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.SettlementCommand.*;
import com.outsourcingledger.api.settlement.SettlementEvent.*;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.command.lookup.ConfirmedEvaluation;
import com.outsourcingledger.command.lookup.ContractFacts;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.api.organization.Department.*;
import static com.outsourcingledger.command.settlement.SettlementSamples.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;
import static org.assertj.core.api.Assertions.assertThat;

class SettlementTest {

    private AggregateTestFixture<Settlement> fixture;
    private InMemorySettlementLookups lookups;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Settlement.class);
        lookups = new InMemorySettlementLookups();
        lookups.set(active());
        fixture.registerInjectableResource(lookups);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZONE));
    }

    private ResultValidator<Settlement> given(List<EventMessage<?>> events, Object command, MetaData metaData) {
        return fixture.givenCurrentTime(NOW).andGiven(events).when(command, metaData);
    }

    private ResultValidator<Settlement> request(String period, String claimed, MetaData metaData) {
        return fixture.givenCurrentTime(NOW).when(new RequestSettlement(
                CONTRACT_ID + ":settlement:" + period, CONTRACT_ID, period, Money.cny(claimed), invoice(claimed)), metaData);
    }

    @Nested
    class Request {

        @Test
        void recordsTheVendorsRequestForAPastPeriodOfTheCycle() {
            request(PERIOD, "100000.00", vendorUser(VENDOR_ID)).expectEvents(requested("100000.00"));
        }

        @Test
        void letsBusinessRecordItOnTheVendorsBehalf() {
            request(PERIOD, "100000.00", actingAs("business", BUSINESS)).expectEvents(requested("100000.00"));
        }

        @Test
        void refusesAVendorUserOfAnotherVendor() {
            request(PERIOD, "100000.00", vendorUser("vendor-2")).expectException(breaks("vendor-scope.other-vendor", 403));
        }

        @Test
        void refusesAnUnknownContract() {
            fixture.givenNoPriorActivity().when(new RequestSettlement("c-9:settlement:2026-03", "c-9", PERIOD, Money.cny("1.00"),
                    invoice("1.00")), vendorUser(VENDOR_ID)).expectException(breaks("settlement.request.unknown-contract", 404));
        }

        @Test
        void refusesAPeriodNotOfTheContractsCycle() {
            request("2026-Q1", "300000.00", vendorUser(VENDOR_ID))
                    .expectException(breaks("settlement.request.period-not-of-cycle", 422));
        }

        /** Aggregate ids are one namespace in the event store: a month's settlement and evaluation must differ. */
        @Test
        void namesASettlementApartFromTheEvaluationOfTheSamePeriod() {
            assertThat(SettlementRules.idOf(CONTRACT_ID, "2026-03")).isNotEqualTo(
                    com.outsourcingledger.api.evaluation.EvaluationCommand.idOf(CONTRACT_ID,
                            com.outsourcingledger.api.evaluation.EvaluationPeriod.of("2026-03")));
        }

        @Test
        void refusesAPeriodThatHasNotEnded() {
            request("2026-04", "100000.00", vendorUser(VENDOR_ID))
                    .expectException(breaks("settlement.request.period-not-ended", 422));
        }

        @Test
        void refusesAPeriodBeforeTheContractServed() {
            request("2025-12", "100000.00", vendorUser(VENDOR_ID))
                    .expectException(breaks("settlement.request.period-not-active", 422));
        }

        @Test
        void refusesAMalformedPeriod() {
            request("March", "100000.00", vendorUser(VENDOR_ID)).expectException(breaks("settlement.request.invalid-period", 400));
        }

        @Test
        void refusesAnotherCurrencyThanTheContracts() {
            fixture.givenNoPriorActivity().when(new RequestSettlement(SETTLEMENT_ID, CONTRACT_ID, PERIOD,
                            Money.cny("100000.00"), new Invoice("INV-1", "VAT", new Money(new BigDecimal("1"), "USD"),
                            Money.cny("0.00"))), vendorUser(VENDOR_ID))
                    .expectException(breaks("settlement.request.currency-mismatch", 422));
        }

        @Test
        void refusesARequestWithoutAWholeInvoice() {
            fixture.givenNoPriorActivity().when(new RequestSettlement(SETTLEMENT_ID, CONTRACT_ID, PERIOD,
                            Money.cny("100000.00"), new Invoice(" ", "VAT", Money.cny("1.00"), Money.cny("0.00"))),
                    vendorUser(VENDOR_ID)).expectException(breaks("settlement.request.invoice-required", 422));
        }

        @Test
        void refusesTheFinalSettlementWhileTheContractRuns() {
            request("final", "50000.00", vendorUser(VENDOR_ID))
                    .expectException(breaks("settlement.request.contract-not-ended", 409));
        }

        @Test
        void recordsTheFinalSettlementOnceTheContractEndedForThePeriodOfItsLastServiceDay() {
            lookups.set(terminated(LocalDate.of(2026, 3, 20)));
            request("final", "50000.00", vendorUser(VENDOR_ID)).expectEvents(new SettlementRequested(FINAL_ID,
                    CONTRACT_ID, VENDOR_ID, PROJECT_ID, PERIOD, true, Money.cny("50000.00"), invoice("50000.00")));
        }
    }

    @Nested
    class Confirmation {

        private final List<EventMessage<?>> requested = List.of(by("vendor-user", requested("100000.00")));

        @Test
        void confirmsOnAWorkloadConfirmation() {
            given(requested, new ConfirmSettlement(SETTLEMENT_ID, ConfirmationBasis.WORKLOAD, null, "GZL-2026-03", "已确认"),
                    actingAs("business", BUSINESS)).expectEvents(confirmedOnWorkload());
        }

        @Test
        void confirmsOnAConfirmedEvaluationCoveringThePeriod() {
            lookups.confirm(new ConfirmedEvaluation(EVALUATION_ID, CONTRACT_ID, EvaluationPeriod.of("2026-Q1"),
                    new BigDecimal("2")));
            given(requested, new ConfirmSettlement(SETTLEMENT_ID, ConfirmationBasis.EVALUATION, EVALUATION_ID, null,
                    "已确认"), actingAs("business", BUSINESS)).expectEvents(confirmedOnEvaluation());
        }

        @Test
        void refusesAnEvaluationNotConfirmed() {
            given(requested, new ConfirmSettlement(SETTLEMENT_ID, ConfirmationBasis.EVALUATION, EVALUATION_ID, null,
                    null), actingAs("business", BUSINESS))
                    .expectException(breaks("settlement.confirmation.evaluation-not-confirmed", 422));
        }

        @Test
        void refusesAnEvaluationOfAnotherPeriod() {
            lookups.confirm(new ConfirmedEvaluation("contract-1:2026-02", CONTRACT_ID, EvaluationPeriod.of("2026-02"),
                    BigDecimal.ZERO));
            given(requested, new ConfirmSettlement(SETTLEMENT_ID, ConfirmationBasis.EVALUATION, "contract-1:2026-02",
                    null, null), actingAs("business", BUSINESS))
                    .expectException(breaks("settlement.confirmation.evaluation-not-covering", 422));
        }

        @Test
        void refusesAnEvaluationOfAnotherContract() {
            lookups.confirm(new ConfirmedEvaluation("contract-2:2026-Q1", "contract-2", EvaluationPeriod.of("2026-Q1"),
                    BigDecimal.ZERO));
            given(requested, new ConfirmSettlement(SETTLEMENT_ID, ConfirmationBasis.EVALUATION, "contract-2:2026-Q1",
                    null, null), actingAs("business", BUSINESS))
                    .expectException(breaks("settlement.confirmation.evaluation-other-contract", 422));
        }

        @Test
        void refusesAWorkloadConfirmationWithoutItsReference() {
            given(requested, new ConfirmSettlement(SETTLEMENT_ID, ConfirmationBasis.WORKLOAD, null, " ", null),
                    actingAs("business", BUSINESS))
                    .expectException(breaks("settlement.confirmation.workload-reference-required", 422));
        }

        @Test
        void refusesTheUserWhoRecordedTheRequest() {
            given(List.of(by("business", requested("100000.00"))), new ConfirmSettlement(SETTLEMENT_ID,
                    ConfirmationBasis.WORKLOAD, null, "GZL", null), actingAs("business", BUSINESS))
                    .expectException(breaks("settlement.confirmation.own-request", 403));
        }

        @Test
        void refusesASecondConfirmation() {
            given(with(requested, by("business", confirmedOnWorkload())), new ConfirmSettlement(SETTLEMENT_ID,
                    ConfirmationBasis.WORKLOAD, null, "GZL", null), actingAs("business2", BUSINESS))
                    .expectException(breaks("settlement.confirmation.wrong-step", 409));
        }
    }

    @Nested
    class ComplianceCheck {

        private final List<EventMessage<?>> confirmed = List.of(by("vendor-user", requested("100000.00")),
                by("business", confirmedOnWorkload()));

        @Test
        void recordsAPassedSpotCheck() {
            given(confirmed, new CheckSettlementCompliance(SETTLEMENT_ID, true, List.of("worker-7"),
                    List.of("社保 2026-03"), "通过"), actingAs("hr", HR)).expectEvents(checked());
        }

        @Test
        void holdsTheSettlementOnAFailedSpotCheck() {
            given(confirmed, new CheckSettlementCompliance(SETTLEMENT_ID, false, List.of("worker-7"),
                    List.of("社保 2026-03"), "社保证明缺失"), actingAs("hr", HR)).expectEvents(
                    new SettlementComplianceChecked(SETTLEMENT_ID, false, List.of("worker-7"), List.of("社保 2026-03"),
                            "社保证明缺失"),
                    new SettlementHeld(SETTLEMENT_ID, "社保证明缺失", null));
        }

        @Test
        void refusesASpotCheckWithoutSampledWorkers() {
            given(confirmed, new CheckSettlementCompliance(SETTLEMENT_ID, true, List.of(), List.of("社保"), null),
                    actingAs("hr", HR)).expectException(breaks("settlement.compliance-check.sample-required", 422));
        }

        @Test
        void refusesAFailedSpotCheckWithoutItsReason() {
            given(confirmed, new CheckSettlementCompliance(SETTLEMENT_ID, false, List.of("w"), List.of("社保"), null),
                    actingAs("hr", HR)).expectException(breaks("settlement.compliance-check.reason-required", 422));
        }

        @Test
        void refusesASpotCheckBeforeTheConfirmation() {
            given(List.of(by("vendor-user", requested("100000.00"))), new CheckSettlementCompliance(SETTLEMENT_ID, true,
                    List.of("w"), List.of("社保"), null), actingAs("hr", HR))
                    .expectException(breaks("settlement.compliance-check.wrong-step", 409));
        }

        @Test
        void releasesAHeldSettlementForTheNextStep() {
            given(with(confirmed, by("hr", checked()), by("hr", new SettlementHeld(SETTLEMENT_ID, "缺失", null))),
                    new ReleaseSettlement(SETTLEMENT_ID, "已补交"), actingAs("hr2", HR))
                    .expectEvents(new SettlementReleased(SETTLEMENT_ID, "已补交"));
        }

        @Test
        void refusesVerifyingTheInvoiceOfAHeldSettlement() {
            given(with(confirmed, by("hr", checked()), by("hr", new SettlementHeld(SETTLEMENT_ID, "缺失", null))),
                    new VerifyInvoice(SETTLEMENT_ID, "INV-1", null), actingAs("finance", FINANCE))
                    .expectException(breaks("settlement.invoice-verification.wrong-step", 409));
        }
    }

    @Nested
    class ComplianceHold {

        private static final String CHECK_ID = "settlement:" + SETTLEMENT_ID;
        private final List<EventMessage<?>> requestedOnly = List.of(by("vendor-user", requested("100000.00")));
        private final EventMessage<?> held = by("hr", new SettlementHeld(SETTLEMENT_ID, "社保未缴", CHECK_ID));

        @Test
        void holdsASettlementNotYetPaidNamingTheCheck() {
            given(requestedOnly, new HoldSettlementForCompliance(SETTLEMENT_ID, CHECK_ID, "社保未缴"),
                    actingAs("hr", HR)).expectEvents(new SettlementHeld(SETTLEMENT_ID, "社保未缴", CHECK_ID));
        }

        @Test
        void holdsOnceForTheSameCheck() {
            given(with(requestedOnly, held), new HoldSettlementForCompliance(SETTLEMENT_ID, CHECK_ID, "社保未缴"),
                    actingAs("hr", HR)).expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void holdsOnceForTheSameCheckAlsoAfterItsRelease() {
            given(with(requestedOnly, held, by("hr2", new SettlementReleased(SETTLEMENT_ID, "已整改"))),
                    new HoldSettlementForCompliance(SETTLEMENT_ID, CHECK_ID, "社保未缴"), actingAs("hr", HR))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void releasesItBackToTheStepItWasHeldAt() {
            given(with(requestedOnly, held, by("hr2", new SettlementReleased(SETTLEMENT_ID, "已整改"))),
                    new ConfirmSettlement(SETTLEMENT_ID, ConfirmationBasis.WORKLOAD, null, "GZL-2026-03", "已确认"),
                    actingAs("business", BUSINESS)).expectEvents(confirmedOnWorkload());
        }

        @Test
        void refusesHoldingAPaidSettlement() {
            given(with(verifiedOnWorkload("100000.00"), by("finance2", new SettlementApproved(SETTLEMENT_ID,
                            CONTRACT_ID, Money.cny("100000.00"), List.of(), Money.cny("0.00"), BigDecimal.ZERO,
                            Money.cny("0.00"), Money.cny("100000.00"))),
                    by("finance3", new PaymentRecorded(SETTLEMENT_ID, CONTRACT_ID, "PAY-1", TODAY,
                            Money.cny("100000.00")))),
                    new HoldSettlementForCompliance(SETTLEMENT_ID, CHECK_ID, "社保未缴"), actingAs("hr", HR))
                    .expectException(breaks("settlement.hold.wrong-step", 409));
        }
    }

    @Nested
    class InvoiceVerification {

        private final List<EventMessage<?>> checked = List.of(by("vendor-user", requested("100000.00")),
                by("business", confirmedOnWorkload()), by("hr", checked()));

        @Test
        void verifiesTheInvoiceOfTheRequest() {
            given(checked, new VerifyInvoice(SETTLEMENT_ID, "INV-1", "三方一致"), actingAs("finance", FINANCE))
                    .expectEvents(verified());
        }

        @Test
        void refusesAnotherInvoiceThanTheRequests() {
            given(checked, new VerifyInvoice(SETTLEMENT_ID, "INV-2", null), actingAs("finance", FINANCE))
                    .expectException(breaks("settlement.invoice-verification.invoice-mismatch", 422));
        }

        @Test
        void refusesTheUserWhoCheckedCompliance() {
            given(checked, new VerifyInvoice(SETTLEMENT_ID, "INV-1", null), actingAs("hr", FINANCE))
                    .expectException(breaks("settlement.invoice-verification.own-work", 403));
        }
    }

    @Nested
    class Approval {

        @Test
        void deductsBothBreachesOfTheMonthFromThePeriodFee() {
            lookups.set(active(QUALITY_MARCH, RESPONSE_MARCH));
            given(verifiedOnWorkload("97700.00"), new ApproveSettlement(SETTLEMENT_ID), actingAs("finance2", FINANCE))
                    .expectEvents(new SettlementApproved(SETTLEMENT_ID, CONTRACT_ID, Money.cny("100000.00"),
                                    List.of(QUALITY_MARCH, RESPONSE_MARCH), Money.cny("2300.00"),
                                    BigDecimal.ZERO, Money.cny("0.00"), Money.cny("97700.00")),
                            new PenaltyDeducted(SETTLEMENT_ID, CONTRACT_ID, "quality", "2026-03", Money.cny("1500.00")),
                            new PenaltyDeducted(SETTLEMENT_ID, CONTRACT_ID, "response", "2026-03", Money.cny("800.00")));
        }

        @Test
        void addsTheConfirmedEvaluationsAdjustmentOfTheBaseFee() {
            lookups.set(active(QUALITY_MARCH));
            lookups.confirm(new ConfirmedEvaluation(EVALUATION_ID, CONTRACT_ID, EvaluationPeriod.of("2026-Q1"),
                    new BigDecimal("2")));
            List<EventMessage<?>> verified = List.of(by("vendor-user", requested("100500.00")),
                    by("business", confirmedOnEvaluation()), by("hr", checked()), by("finance", verified()));
            given(verified, new ApproveSettlement(SETTLEMENT_ID), actingAs("finance2", FINANCE))
                    .expectEvents(new SettlementApproved(SETTLEMENT_ID, CONTRACT_ID, Money.cny("100000.00"),
                                    List.of(QUALITY_MARCH), Money.cny("1500.00"), new BigDecimal("2"),
                                    Money.cny("2000.00"), Money.cny("100500.00")),
                            new PenaltyDeducted(SETTLEMENT_ID, CONTRACT_ID, "quality", "2026-03", Money.cny("1500.00")));
        }

        @Test
        void leavesOutPenaltiesOfLaterPeriodsAndThoseDeductedBefore() {
            var april = new com.outsourcingledger.api.settlement.PenaltyDeduction("quality", "2026-04", Money.cny("900.00"));
            var february = new com.outsourcingledger.api.settlement.PenaltyDeduction("quality", "2026-02", Money.cny("700.00"));
            ContractFacts facts = active(february, RESPONSE_MARCH, april);
            lookups.set(new ContractFacts(facts.contractId(), facts.status(), facts.vendorId(), facts.projectId(),
                    facts.amount(), facts.feeModel(), facts.settlementCycle(), facts.terms(), facts.activatedOn(),
                    null, facts.standingPenalties(), Set.of("quality|2026-02"), Set.of(CONTRACT_ID + ":2026-02"),
                    Money.cny("99300.00")));
            given(verifiedOnWorkload("99200.00"), new ApproveSettlement(SETTLEMENT_ID), actingAs("finance2", FINANCE))
                    .expectEvents(new SettlementApproved(SETTLEMENT_ID, CONTRACT_ID, Money.cny("100000.00"),
                                    List.of(RESPONSE_MARCH), Money.cny("800.00"), BigDecimal.ZERO, Money.cny("0.00"),
                                    Money.cny("99200.00")),
                            new PenaltyDeducted(SETTLEMENT_ID, CONTRACT_ID, "response", "2026-03", Money.cny("800.00")));
        }

        @Test
        void refusesAnInvoiceForAnotherAmountThanTheSettlementComesTo() {
            lookups.set(active(QUALITY_MARCH, RESPONSE_MARCH));
            given(verifiedOnWorkload("100000.00"), new ApproveSettlement(SETTLEMENT_ID), actingAs("finance2", FINANCE))
                    .expectException(breaks("settlement.approval.invoice-mismatch", 422));
        }

        @Test
        void refusesAnAmountAboveWhatIsLeftOfTheContractAmount() {
            ContractFacts facts = active();
            lookups.set(new ContractFacts(facts.contractId(), facts.status(), facts.vendorId(), facts.projectId(),
                    facts.amount(), facts.feeModel(), facts.settlementCycle(), facts.terms(), facts.activatedOn(),
                    null, List.of(), Set.of(), Set.of("x"), Money.cny("2350000.00")));
            given(verifiedOnWorkload("100000.00"), new ApproveSettlement(SETTLEMENT_ID), actingAs("finance2", FINANCE))
                    .expectException(breaks("settlement.approval.cap-exceeded", 422));
        }

        @Test
        void refusesTheUserWhoVerifiedTheInvoice() {
            given(verifiedOnWorkload("100000.00"), new ApproveSettlement(SETTLEMENT_ID), actingAs("finance", FINANCE))
                    .expectException(breaks("settlement.approval.own-work", 403));
        }
    }

    @Nested
    class Payment {

        private final List<EventMessage<?>> approved = with(verifiedOnWorkload("100000.00"),
                by("finance2", new SettlementApproved(SETTLEMENT_ID, CONTRACT_ID, Money.cny("100000.00"), List.of(),
                        Money.cny("0.00"), BigDecimal.ZERO, Money.cny("0.00"), Money.cny("100000.00"))));

        private void reserved() {
            ContractFacts facts = active();
            lookups.set(new ContractFacts(facts.contractId(), facts.status(), facts.vendorId(), facts.projectId(),
                    facts.amount(), facts.feeModel(), facts.settlementCycle(), facts.terms(), facts.activatedOn(),
                    null, List.of(), Set.of(), Set.of(SETTLEMENT_ID), Money.cny("100000.00")));
        }

        @Test
        void recordsThePaymentOfTheApprovedAmountOnceTheContractReservedIt() {
            reserved();
            given(approved, new RecordPayment(SETTLEMENT_ID, "PAY-1", TODAY), actingAs("finance", FINANCE))
                    .expectEvents(new PaymentRecorded(SETTLEMENT_ID, CONTRACT_ID, "PAY-1", TODAY, Money.cny("100000.00")));
        }

        @Test
        void refusesAPaymentBeforeTheContractReservedTheAmount() {
            given(approved, new RecordPayment(SETTLEMENT_ID, "PAY-1", TODAY), actingAs("finance", FINANCE))
                    .expectException(breaks("settlement.payment.not-reserved", 409));
        }

        @Test
        void refusesThePaymentByTheApprover() {
            reserved();
            given(approved, new RecordPayment(SETTLEMENT_ID, "PAY-1", TODAY), actingAs("finance2", FINANCE))
                    .expectException(breaks("settlement.payment.own-approval", 403));
        }

        @Test
        void refusesAPaymentDatedInTheFuture() {
            reserved();
            given(approved, new RecordPayment(SETTLEMENT_ID, "PAY-1", TODAY.plusDays(1)), actingAs("finance", FINANCE))
                    .expectException(breaks("settlement.payment.date-in-future", 422));
        }

        @Test
        void refusesAPaymentBeforeTheApproval() {
            given(verifiedOnWorkload("100000.00"), new RecordPayment(SETTLEMENT_ID, "PAY-1", TODAY),
                    actingAs("finance2", FINANCE)).expectException(breaks("settlement.payment.wrong-step", 409));
        }
    }

    @Nested
    class ReturnAndResubmission {

        private final List<EventMessage<?>> requested = List.of(by("vendor-user", requested("100000.00")));

        @Test
        void returnsARequestFromTheConfirmationStep() {
            given(requested, new ReturnSettlement(SETTLEMENT_ID, "发票金额不符"), actingAs("business", BUSINESS))
                    .expectEvents(new SettlementReturned(SETTLEMENT_ID, SettlementStep.REQUESTED, "发票金额不符"));
        }

        @Test
        void refusesAReturnByADepartmentTheSettlementDoesNotWaitFor() {
            given(requested, new ReturnSettlement(SETTLEMENT_ID, "x"), actingAs("finance", FINANCE))
                    .expectException(breaks("settlement.return.wrong-department", 403));
        }

        @Test
        void refusesAReturnWithoutReasons() {
            given(requested, new ReturnSettlement(SETTLEMENT_ID, " "), actingAs("business", BUSINESS))
                    .expectException(breaks("settlement.return.reasons-required", 422));
        }

        @Test
        void resubmitsAReturnedRequestForTheStepsToStartOver() {
            given(with(requested, by("business", new SettlementReturned(SETTLEMENT_ID, SettlementStep.REQUESTED, "x"))),
                    new ResubmitSettlement(SETTLEMENT_ID, Money.cny("97700.00"), invoice("97700.00")),
                    vendorUser(VENDOR_ID))
                    .expectEvents(new SettlementResubmitted(SETTLEMENT_ID, Money.cny("97700.00"), invoice("97700.00")));
        }

        @Test
        void refusesAResubmissionByAVendorUserOfAnotherVendor() {
            given(with(requested, by("business", new SettlementReturned(SETTLEMENT_ID, SettlementStep.REQUESTED, "x"))),
                    new ResubmitSettlement(SETTLEMENT_ID, Money.cny("97700.00"), invoice("97700.00")),
                    vendorUser("vendor-2"))
                    .expectException(breaks("vendor-scope.other-vendor", 403));
        }

        @Test
        void refusesResubmittingARequestNotReturned() {
            given(requested, new ResubmitSettlement(SETTLEMENT_ID, Money.cny("1.00"), invoice("1.00")),
                    vendorUser(VENDOR_ID)).expectException(breaks("settlement.resubmission.wrong-step", 409));
        }

        @Test
        void returnsAnApprovalTheContractRefused() {
            List<EventMessage<?>> approved = with(verifiedOnWorkload("100000.00"), by("finance2",
                    new SettlementApproved(SETTLEMENT_ID, CONTRACT_ID, Money.cny("100000.00"), List.of(),
                            Money.cny("0.00"), BigDecimal.ZERO, Money.cny("0.00"), Money.cny("100000.00"))));
            given(approved, new WithdrawSettlementApproval(SETTLEMENT_ID, "cap"), actingAs("finance2", FINANCE))
                    .expectEvents(new SettlementReturned(SETTLEMENT_ID, SettlementStep.APPROVED, "cap"));
        }
    }
}
