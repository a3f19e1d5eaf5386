package com.outsourcingledger.command.process;

import com.outsourcingledger.api.compliance.ComplianceCheckCommand.OpenComplianceCheck;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.ComplianceProofsRequested;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.EmploymentComplianceVerified;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.EmploymentComplianceViolationFound;
import com.outsourcingledger.api.compliance.ComplianceCheckOccasion;
import com.outsourcingledger.api.compliance.ComplianceProof;
import com.outsourcingledger.api.compliance.ComplianceViolationKind;
import com.outsourcingledger.api.contract.ContractCommand.IssueRectificationNotice;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.input.DerivedIds;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.SettlementCommand.HoldSettlementForCompliance;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementRequested;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

class ComplianceProcessTest {

    private static final String CONTRACT_ID = "contract-1";
    private static final String SETTLEMENT_ID = CONTRACT_ID + ":settlement:2026-03";
    private static final String CHECK_ID = CONTRACT_ID + ":compliance:2026-03";
    private static final String AD_HOC_ID = "check-7";
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    private static final String REASON = "Employment compliance check " + CHECK_ID
            + " found a SOCIAL_INSURANCE violation: 3 人社保未缴";

    private SagaTestFixture<ComplianceProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ComplianceProcess.class);
        fixture.registerResource(Clock.fixed(Instant.parse("2026-04-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    private static SettlementRequested requested() {
        return new SettlementRequested(SETTLEMENT_ID, CONTRACT_ID, "vendor-1", "project-1", "2026-03", false,
                Money.cny("98500.00"), new Invoice("INV-1", "VAT", Money.cny("98500.00"), Money.cny("0.00")));
    }

    private static ComplianceProofsRequested opened(String checkId, String settlementId) {
        return new ComplianceProofsRequested(checkId, CONTRACT_ID, "vendor-1", settlementId == null
                ? ComplianceCheckOccasion.AD_HOC : ComplianceCheckOccasion.SETTLEMENT_CYCLE, settlementId, "2026-03",
                List.of(ComplianceProof.values()), TODAY.plusDays(10), 10);
    }

    private static EmploymentComplianceViolationFound violation(String checkId, String settlementId) {
        return new EmploymentComplianceViolationFound(checkId, CONTRACT_ID, "vendor-1", settlementId,
                ComplianceViolationKind.SOCIAL_INSURANCE, "3 人社保未缴", List.of("SI-AUDIT-1"));
    }

    @Test
    void opensTheCheckOfTheSettlementsCycleAskingForEveryProof() {
        fixture.givenNoPriorActivity()
                .whenAggregate(SETTLEMENT_ID).publishes(requested())
                .expectDispatchedCommands(new OpenComplianceCheck(CHECK_ID, CONTRACT_ID,
                        ComplianceCheckOccasion.SETTLEMENT_CYCLE, SETTLEMENT_ID, "2026-03",
                        List.of(ComplianceProof.values()), null))
                .expectActiveSagas(1);
    }

    @Test
    void endsWhenTheContractIsNoLongerCheckedAtItsFinalSettlement() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            throw new CommandExecutionException("ended", null, new RuleViolation(
                    "compliance-check.open.contract-not-in-force", Refusal.Kind.CONFLICT, "expired"));
        });
        fixture.givenNoPriorActivity()
                .whenAggregate(SETTLEMENT_ID).publishes(requested())
                .expectActiveSagas(0);
    }

    @Test
    void staysForACheckAlreadyOpenOnARedelivery() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            throw new CommandExecutionException("again", null, new RuleViolation(
                    "compliance-check.open.already-open", Refusal.Kind.CONFLICT, "again"));
        });
        fixture.givenNoPriorActivity()
                .whenAggregate(SETTLEMENT_ID).publishes(requested())
                .expectActiveSagas(1);
    }

    @Test
    void keepsOneSagaForTheSettlementsCheckOnceItIsOpened() {
        fixture.givenAggregate(SETTLEMENT_ID).published(requested())
                .whenAggregate(CHECK_ID).publishes(opened(CHECK_ID, SETTLEMENT_ID))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void opensAComplianceRectificationAndHoldsTheSettlementOnAViolation() {
        fixture.givenAggregate(SETTLEMENT_ID).published(requested())
                .andThenAggregate(CHECK_ID).published(opened(CHECK_ID, SETTLEMENT_ID))
                .whenAggregate(CHECK_ID).publishes(violation(CHECK_ID, SETTLEMENT_ID))
                .expectDispatchedCommands(
                        new IssueRectificationNotice(CONTRACT_ID, CHECK_ID, null, REASON,
                                TODAY.plusDays(SettlementProcess.RECTIFICATION_DAYS), RectificationTrigger.COMPLIANCE,
                                false, List.of("SI-AUDIT-1")),
                        new HoldSettlementForCompliance(SETTLEMENT_ID, CHECK_ID, REASON))
                .expectActiveSagas(0);
    }

    @Test
    void opensOnlyTheRectificationForAnAdHocChecksViolation() {
        fixture.givenAggregate(AD_HOC_ID).published(opened(AD_HOC_ID, null))
                .whenAggregate(AD_HOC_ID).publishes(violation(AD_HOC_ID, null))
                .expectDispatchedCommands(new IssueRectificationNotice(CONTRACT_ID, AD_HOC_ID,
                        null, "Employment compliance check " + AD_HOC_ID + " found a SOCIAL_INSURANCE violation: "
                        + "3 人社保未缴", TODAY.plusDays(SettlementProcess.RECTIFICATION_DAYS),
                        RectificationTrigger.COMPLIANCE, false, List.of("SI-AUDIT-1")))
                .expectActiveSagas(0);
    }

    @Test
    void endsWithAVerifiedCheckWithoutConsequences() {
        fixture.givenAggregate(AD_HOC_ID).published(opened(AD_HOC_ID, null))
                .whenAggregate(AD_HOC_ID).publishes(new EmploymentComplianceVerified(AD_HOC_ID, CONTRACT_ID, "齐全"))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    /** A contract's own id may take all 64 characters: what is derived from it must still be a valid id. */
    @org.junit.jupiter.api.Test
    void theIdsDerivedForTheLongestContractIdStayWithinTheIdLimit() {
        String settlementId = com.outsourcingledger.api.input.DerivedIds.fit("c".repeat(64) + ":settlement:2026-03");
        org.assertj.core.api.Assertions.assertThat(ComplianceProcess.checkIdFor(settlementId)).hasSizeLessThanOrEqualTo(64)
                .isEqualTo(ComplianceProcess.checkIdFor(settlementId));
        org.assertj.core.api.Assertions.assertThat(SettlementProcess.noticeIdFor(settlementId, 12))
                .hasSizeLessThanOrEqualTo(64);
    }
}
