package com.outsourcingledger.command.process;

import com.outsourcingledger.api.contract.ContractEvent.ShamOutsourcingRiskAssessed;
import com.outsourcingledger.api.contract.ContractEvent.TerminationRecommended;
import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectEvent.ProjectReviewed;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.risk.RiskCategory;
import com.outsourcingledger.api.risk.RiskCommand.SuggestRisk;
import com.outsourcingledger.api.risk.RiskSubjectKind;
import com.outsourcingledger.api.risk.RiskSuggestionSource;
import com.outsourcingledger.api.signal.ShamSignalEvent.ShamSignalConfirmed;
import com.outsourcingledger.api.signal.ShamSignalResponse;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.vendor.AnnualReviewOutcome;
import com.outsourcingledger.api.vendor.VendorEvent.AnnualReviewCompleted;
import com.outsourcingledger.api.vendor.VendorEvent.AnnualReviewOverdue;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RiskSuggestionsTest {

    private static final String EVENT_ID = "6f1c8a52-0c3e-4f7e-9d55-0d9a1a3b7c11";
    private static final String RISK_ID = "risk-suggestion:" + EVENT_ID;
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

    private RecordingCommandBus bus;
    private RiskSuggestions process;

    @BeforeEach
    void setUp() {
        bus = new RecordingCommandBus();
        process = new RiskSuggestions(DefaultCommandGateway.builder().commandBus(bus).build());
    }

    private static EventMessage<?> message(Object event) {
        return new GenericEventMessage<>(EVENT_ID, event, MetaData.emptyInstance(), Instant.EPOCH);
    }

    private List<Object> sent() {
        return bus.getDispatchedCommands().stream().map(CommandMessage::getPayload).map(Object.class::cast).toList();
    }

    private static ShamOutsourcingRiskAssessed contractAssessed(ShamOutsourcingRisk risk, ShamRiskOccasion occasion) {
        return new ShamOutsourcingRiskAssessed("contract-1", "vendor-1", risk, occasion, null, "按人头计价");
    }

    @Test
    void suggestsAnEmploymentRiskOnAContractHrAssessedMediumOrHigh() {
        ShamOutsourcingRiskAssessed assessed = contractAssessed(ShamOutsourcingRisk.HIGH, ShamRiskOccasion.AD_HOC);
        process.on(assessed, message(assessed));
        assertThat(sent()).containsExactly(new SuggestRisk(RISK_ID, RiskSubjectKind.CONTRACT, "contract-1",
                RiskCategory.EMPLOYMENT, "Sham-outsourcing risk HIGH on contract contract-1", "按人头计价",
                RiskSuggestionSource.SHAM_ASSESSMENT, EVENT_ID));
    }

    @Test
    void suggestsNothingForALowAssessmentNorForTheReassessmentOfAConfirmedSignal() {
        ShamOutsourcingRiskAssessed low = contractAssessed(ShamOutsourcingRisk.LOW, ShamRiskOccasion.RENEWAL);
        process.on(low, message(low));
        ShamOutsourcingRiskAssessed onSignal = new ShamOutsourcingRiskAssessed("contract-1", "vendor-1",
                ShamOutsourcingRisk.HIGH, ShamRiskOccasion.SIGNAL_CONFIRMED, "signal-1", "x");
        process.on(onSignal, message(onSignal));
        assertThat(sent()).isEmpty();
    }

    @Test
    void suggestsAnEmploymentRiskOnAProjectFromHrsComplianceReviewOnly() {
        ProjectReviewed hr = new ProjectReviewed("project-1", 1, ApprovalStep.HR_COMPLIANCE, ReviewOpinion.APPROVE,
                "存在驻场管理风险", ShamOutsourcingRisk.MEDIUM, "hr", Department.HR, TODAY);
        process.on(hr, message(hr));
        ProjectReviewed business = new ProjectReviewed("project-1", 1, ApprovalStep.BUSINESS_HEAD,
                ReviewOpinion.APPROVE, "同意", null, "business", Department.BUSINESS, TODAY);
        process.on(business, message(business));
        assertThat(sent()).containsExactly(new SuggestRisk(RISK_ID, RiskSubjectKind.PROJECT, "project-1",
                RiskCategory.EMPLOYMENT, "Sham-outsourcing risk MEDIUM on project project-1", "存在驻场管理风险",
                RiskSuggestionSource.SHAM_ASSESSMENT, EVENT_ID));
    }

    @Test
    void suggestsAFinancialRiskOnAVendorWhoseAnnualReviewHadConcernsOrIsOverdue() {
        AnnualReviewCompleted concerns = new AnnualReviewCompleted("vendor-1", TODAY, AnnualReviewOutcome.CONCERNS,
                "现金流偏紧", TODAY.plusMonths(12));
        process.on(concerns, message(concerns));
        AnnualReviewCompleted sound = new AnnualReviewCompleted("vendor-1", TODAY, AnnualReviewOutcome.SOUND, null,
                TODAY.plusMonths(12));
        process.on(sound, message(sound));
        AnnualReviewOverdue overdue = new AnnualReviewOverdue("vendor-2", TODAY);
        process.on(overdue, message(overdue));
        assertThat(sent()).containsExactly(
                new SuggestRisk(RISK_ID, RiskSubjectKind.VENDOR, "vendor-1", RiskCategory.FINANCIAL,
                        "Annual review of vendor vendor-1 concluded with concerns", "现金流偏紧",
                        RiskSuggestionSource.ANNUAL_REVIEW_CONCERNS, EVENT_ID),
                new SuggestRisk(RISK_ID, RiskSubjectKind.VENDOR, "vendor-2", RiskCategory.FINANCIAL,
                        "Annual review of vendor vendor-2 overdue since " + TODAY, null,
                        RiskSuggestionSource.ANNUAL_REVIEW_OVERDUE, EVENT_ID));
    }

    @Test
    void suggestsAnEmploymentRiskOnAContractWhoseSignalHrConfirmed() {
        ShamSignalConfirmed confirmed = new ShamSignalConfirmed("signal-1", "contract-1", "vendor-1",
                ShamSignalType.PER_HEAD_PRICING, ShamSignalResponse.AMENDMENT, "改为按成果计价",
                ShamOutsourcingRisk.MEDIUM);
        process.on(confirmed, message(confirmed));
        assertThat(sent()).containsExactly(new SuggestRisk(RISK_ID, RiskSubjectKind.CONTRACT, "contract-1",
                RiskCategory.EMPLOYMENT, "Sham-outsourcing signal PER_HEAD_PRICING confirmed on contract contract-1",
                "改为按成果计价", RiskSuggestionSource.SHAM_SIGNAL_CONFIRMED, EVENT_ID));
    }

    @Test
    void suggestsAnOperationalRiskOnARecommendedTerminationButNotOnOneForAnAvoidedRiskOrASignal() {
        TerminationRecommended breach = new TerminationRecommended("contract-1", TerminationReason.BREACH, "严重违约");
        process.on(breach, message(breach));
        TerminationRecommended avoided = new TerminationRecommended("contract-1", TerminationReason.RISK_AVOIDANCE,
                "x", null, "risk-1");
        process.on(avoided, message(avoided));
        TerminationRecommended onSignal = new TerminationRecommended("contract-1", TerminationReason.RISK_AVOIDANCE,
                "x", "signal-1");
        process.on(onSignal, message(onSignal));
        assertThat(sent()).containsExactly(new SuggestRisk(RISK_ID, RiskSubjectKind.CONTRACT, "contract-1",
                RiskCategory.OPERATIONAL, "Termination of contract contract-1 recommended (BREACH)", "严重违约",
                RiskSuggestionSource.TERMINATION_RECOMMENDED, EVENT_ID));
    }

    @Test
    void derivesTheRiskIdFromTheSourceEventWithinTheIdLimit() {
        String longId = "x".repeat(64);
        assertThat(RiskSuggestions.riskIdFor(longId)).hasSizeLessThanOrEqualTo(64)
                .isEqualTo(RiskSuggestions.riskIdFor(longId));
        assertThat(RiskSuggestions.riskIdFor(EVENT_ID)).isEqualTo(RISK_ID);
    }
}
