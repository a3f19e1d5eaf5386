package com.outsourcingledger.command.risk;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.risk.RiskCategory;
import com.outsourcingledger.api.risk.RiskCommand.*;
import com.outsourcingledger.api.risk.RiskEvent.*;
import com.outsourcingledger.api.risk.RiskLevel;
import com.outsourcingledger.api.risk.RiskSubjectKind;
import com.outsourcingledger.api.risk.RiskSuggestionSource;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static com.outsourcingledger.api.risk.RiskResponseStrategy.*;
import static com.outsourcingledger.api.risk.RiskSubjectKind.CONTRACT;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class RiskTest {

    private static final String RISK_ID = "risk-1";
    private static final String CONTRACT_ID = "contract-1";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-04-10T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    private static final MetaData HR = department(Department.HR);
    private static final MetaData BUSINESS = department(Department.BUSINESS);
    private static final MetaData AUDIT = department(Department.AUDIT);
    private static final MetaData MANAGEMENT = department(Department.MANAGEMENT);

    private AggregateTestFixture<Risk> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Risk.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZONE));
        fixture.registerInjectableResource(RiskPolicy.defaults());
    }

    private static MetaData department(Department department) {
        return MetaData.from(Map.of(MetadataKeys.USER, department.name().toLowerCase(),
                MetadataKeys.DEPARTMENT, department.name()));
    }

    private static IdentifyRisk identify(RiskCategory category) {
        return new IdentifyRisk(RISK_ID, CONTRACT, CONTRACT_ID, category, "现场管理混同", "甲方直接考勤外包人员");
    }

    private static RiskIdentified identified() {
        return new RiskIdentified(RISK_ID, CONTRACT, CONTRACT_ID, RiskCategory.EMPLOYMENT, "现场管理混同",
                "甲方直接考勤外包人员", Department.HR);
    }

    private static RiskSuggested suggested() {
        return new RiskSuggested(RISK_ID, CONTRACT, CONTRACT_ID, RiskCategory.EMPLOYMENT, "假外包风险", "按人头计价",
                Department.HR, RiskSuggestionSource.SHAM_ASSESSMENT, "event-1");
    }

    private static RiskAssessed assessed(int likelihood, int impact, RiskLevel level) {
        return new RiskAssessed(RISK_ID, likelihood, impact, likelihood * impact, level, 15, 6, "依据现场检查");
    }

    private static RiskResponsePlanned planned(LocalDate reviewBy) {
        return new RiskResponsePlanned(RISK_ID, CONTRACT, CONTRACT_ID, REDUCE, "每月核查考勤", reviewBy, 12);
    }

    private static RiskEscalated escalated() {
        return new RiskEscalated(RISK_ID, CONTRACT, CONTRACT_ID, RiskLevel.HIGH, Department.MANAGEMENT);
    }

    private static CommandMessage<PlanRiskResponse> plan(LocalDate reviewBy) {
        return GenericCommandMessage.<PlanRiskResponse>asCommandMessage(
                new PlanRiskResponse(RISK_ID, REDUCE, "每月核查考勤", reviewBy)).andMetaData(HR);
    }

    private ResultValidator<Risk> when(Object command, MetaData metaData, Object... given) {
        return fixture.givenCurrentTime(NOW).andGiven(given).when(command, metaData);
    }

    @Nested
    class Identification {

        @Test
        void registersARiskOwnedByItsCategorysDepartmentWhoeverIdentifiesIt() {
            fixture.givenNoPriorActivity().when(identify(RiskCategory.EMPLOYMENT), AUDIT).expectEvents(identified());
        }

        @Test
        void refusesAVendorUser() {
            fixture.givenNoPriorActivity().when(identify(RiskCategory.EMPLOYMENT),
                            MetaData.from(Map.of(MetadataKeys.USER, "vendor-user", MetadataKeys.VENDOR, "vendor-1")))
                    .expectException(breaks("risk.identification.wrong-department", 403));
        }

        @Test
        void refusesAnIncompleteRisk() {
            fixture.givenNoPriorActivity().when(new IdentifyRisk(RISK_ID, CONTRACT, CONTRACT_ID, null, "x", null), HR)
                    .expectException(breaks("risk.identification.incomplete", 422));
            fixture.givenNoPriorActivity().when(new IdentifyRisk(RISK_ID, CONTRACT, " ", RiskCategory.LEGAL, "x",
                    null), HR).expectException(breaks("risk.identification.incomplete", 422));
        }
    }

    @Nested
    class Suggestion {

        private final SuggestRisk suggest = new SuggestRisk(RISK_ID, CONTRACT, CONTRACT_ID, RiskCategory.EMPLOYMENT,
                "假外包风险", "按人头计价", RiskSuggestionSource.SHAM_ASSESSMENT, "event-1");

        @Test
        void suggestsOnceFromItsSourceEvent() {
            fixture.givenNoPriorActivity().when(suggest).expectEvents(suggested());
            when(suggest, MetaData.emptyInstance(), suggested())
                    .expectException(breaks("risk.suggestion.already-suggested", 409));
        }

        @Test
        void theOwnerDismissesASuggestionWithAReason() {
            when(new DismissRiskSuggestion(RISK_ID, "已整改"), HR, suggested())
                    .expectEvents(new RiskSuggestionDismissed(RISK_ID, "已整改"));
            when(new DismissRiskSuggestion(RISK_ID, "已整改"), BUSINESS, suggested())
                    .expectException(breaks("risk.dismissal.wrong-department", 403));
            when(new DismissRiskSuggestion(RISK_ID, " "), HR, suggested())
                    .expectException(breaks("risk.dismissal.reason-required", 422));
            when(new DismissRiskSuggestion(RISK_ID, "x"), HR, identified())
                    .expectException(breaks("risk.dismissal.wrong-status", 409));
        }
    }

    @Nested
    class Assessment {

        @Test
        void takesUpASuggestionAtTheLevelOfItsScore() {
            when(new AssessRisk(RISK_ID, 2, 3, "依据现场检查"), HR, suggested())
                    .expectEvents(assessed(2, 3, RiskLevel.MEDIUM));
            when(new AssessRisk(RISK_ID, 1, 5, "依据现场检查"), HR, identified())
                    .expectEvents(assessed(1, 5, RiskLevel.LOW));
        }

        @Test
        void escalatesToManagementTheAssessmentThatMakesItHigh() {
            when(new AssessRisk(RISK_ID, 3, 5, "依据现场检查"), HR, identified())
                    .expectEvents(assessed(3, 5, RiskLevel.HIGH), escalated());
            when(new AssessRisk(RISK_ID, 4, 5, "依据现场检查"), HR, identified(), assessed(3, 5, RiskLevel.HIGH),
                    escalated()).expectEvents(assessed(4, 5, RiskLevel.HIGH));
        }

        @Test
        void refusesAnotherDepartmentAScoreOffTheScaleOrNoRationale() {
            when(new AssessRisk(RISK_ID, 2, 3, "x"), BUSINESS, identified())
                    .expectException(breaks("risk.assessment.wrong-department", 403));
            when(new AssessRisk(RISK_ID, 0, 3, "x"), HR, identified())
                    .expectException(breaks("risk.assessment.out-of-scale", 422));
            when(new AssessRisk(RISK_ID, 2, 6, "x"), HR, identified())
                    .expectException(breaks("risk.assessment.out-of-scale", 422));
            when(new AssessRisk(RISK_ID, 2, 3, ""), HR, identified())
                    .expectException(breaks("risk.assessment.rationale-required", 422));
            when(new AssessRisk(RISK_ID, 2, 3, "x"), HR, identified(), assessed(2, 3, RiskLevel.MEDIUM),
                    planned(TODAY.plusMonths(3))).expectException(breaks("risk.assessment.wrong-status", 409));
        }
    }

    @Nested
    class Response {

        @Test
        void plansTheResponseWithTheLongestReviewIntervalByDefaultAndADeadlineAtTheEndOfThatDay() {
            when(new PlanRiskResponse(RISK_ID, REDUCE, "每月核查考勤", null), HR, identified(),
                    assessed(2, 3, RiskLevel.MEDIUM))
                    .expectEvents(planned(TODAY.plusMonths(12)))
                    .expectScheduledDeadlineWithName(Instant.parse("2027-04-10T16:00:00Z"), RiskDeadlines.REVIEW_DUE);
        }

        @Test
        void acceptsOnlyALowRisk() {
            when(new PlanRiskResponse(RISK_ID, ACCEPT, "定期监控", TODAY.plusMonths(6)), HR, identified(),
                    assessed(2, 3, RiskLevel.MEDIUM)).expectException(breaks("risk.response.accept-not-low", 422));
            when(new PlanRiskResponse(RISK_ID, ACCEPT, "定期监控", TODAY.plusMonths(6)), HR, identified(),
                    assessed(1, 2, RiskLevel.LOW)).expectEvents(new RiskResponsePlanned(RISK_ID, CONTRACT,
                    CONTRACT_ID, ACCEPT, "定期监控", TODAY.plusMonths(6), 12));
        }

        @Test
        void refusesAReviewDateBeyondTheLongestIntervalOrPast() {
            when(new PlanRiskResponse(RISK_ID, REDUCE, "x", TODAY.plusMonths(12).plusDays(1)), HR, identified(),
                    assessed(2, 3, RiskLevel.MEDIUM)).expectException(breaks("risk.response.review-date-too-late", 422));
            when(new PlanRiskResponse(RISK_ID, REDUCE, "x", TODAY.minusDays(1)), HR, identified(),
                    assessed(2, 3, RiskLevel.MEDIUM)).expectException(breaks("risk.response.review-date-past", 422));
        }

        @Test
        void refusesBeforeAnAssessmentWithoutStrategyOrControlsAndByAnotherDepartment() {
            when(new PlanRiskResponse(RISK_ID, REDUCE, "x", null), HR, identified())
                    .expectException(breaks("risk.response.wrong-status", 409));
            when(new PlanRiskResponse(RISK_ID, null, "x", null), HR, identified(), assessed(2, 3, RiskLevel.MEDIUM))
                    .expectException(breaks("risk.response.strategy-required", 422));
            when(new PlanRiskResponse(RISK_ID, AVOID, " ", null), HR, identified(), assessed(2, 3, RiskLevel.MEDIUM))
                    .expectException(breaks("risk.response.controls-required", 422));
            when(new PlanRiskResponse(RISK_ID, AVOID, "x", null), MANAGEMENT, identified(),
                    assessed(2, 3, RiskLevel.MEDIUM)).expectException(breaks("risk.response.wrong-department", 403));
        }
    }

    @Nested
    class Review {

        private final LocalDate reviewBy = TODAY.plusMonths(3);

        @Test
        void reassessesAndReschedulesTheReview() {
            when(new ReviewRisk(RISK_ID, 2, 2, ACCEPT, "季度监控", null, "已改善"), HR, identified(),
                    assessed(2, 3, RiskLevel.MEDIUM), planned(reviewBy))
                    .expectEvents(new RiskReviewed(RISK_ID, CONTRACT, CONTRACT_ID, 2, 2, 4, RiskLevel.LOW, 15, 6,
                            ACCEPT, "季度监控", TODAY.plusMonths(12), 12, "已改善"))
                    .expectScheduledDeadlineWithName(Instant.parse("2027-04-10T16:00:00Z"), RiskDeadlines.REVIEW_DUE);
        }

        @Test
        void escalatesAReviewThatMakesItHigh() {
            when(new ReviewRisk(RISK_ID, 5, 5, AVOID, "终止外包", reviewBy, null), HR, identified(),
                    assessed(2, 3, RiskLevel.MEDIUM), planned(reviewBy))
                    .expectEvents(new RiskReviewed(RISK_ID, CONTRACT, CONTRACT_ID, 5, 5, 25, RiskLevel.HIGH, 15, 6,
                            AVOID, "终止外包", reviewBy, 12, null), escalated());
        }

        @Test
        void refusesAcceptingAReviewedRiskThatIsNotLowAndAReviewBeforeAResponse() {
            when(new ReviewRisk(RISK_ID, 2, 3, ACCEPT, "x", null, null), HR, identified(),
                    assessed(1, 2, RiskLevel.LOW), planned(reviewBy))
                    .expectException(breaks("risk.review.accept-not-low", 422));
            when(new ReviewRisk(RISK_ID, 2, 3, REDUCE, "x", null, null), HR, identified(),
                    assessed(1, 2, RiskLevel.LOW)).expectException(breaks("risk.review.wrong-status", 409));
            when(new ReviewRisk(RISK_ID, 2, 3, REDUCE, "x", TODAY.plusMonths(13), null), HR, identified(),
                    assessed(1, 2, RiskLevel.LOW), planned(reviewBy))
                    .expectException(breaks("risk.review.next-date-too-late", 422));
        }

        @Test
        void flagsTheReviewOverdueAtTheEndOfTheReviewDay() {
            fixture.givenCurrentTime(NOW).andGiven(identified(), assessed(2, 3, RiskLevel.MEDIUM))
                    .andGivenCommands(plan(reviewBy))
                    .whenTimeElapses(Duration.ofDays(100))
                    .expectDeadlinesMet(new RiskDeadlines.ReviewDue(reviewBy))
                    .expectEvents(new RiskReviewOverdue(RISK_ID, CONTRACT, CONTRACT_ID, reviewBy));
        }

        @Test
        void aReviewReplacesTheDeadline() {
            fixture.givenCurrentTime(NOW).andGiven(identified(), assessed(2, 3, RiskLevel.MEDIUM))
                    .andGivenCommands(plan(reviewBy))
                    .when(new ReviewRisk(RISK_ID, 2, 3, REDUCE, "x", TODAY.plusMonths(6), null), HR)
                    .expectScheduledDeadlineWithName(Instant.parse("2026-10-10T16:00:00Z"), RiskDeadlines.REVIEW_DUE)
                    .expectNoScheduledDeadlineWithName(Instant.parse("2026-07-10T16:00:00Z"),
                            RiskDeadlines.REVIEW_DUE);
        }

        @Test
        void closingCancelsTheDeadline() {
            fixture.givenCurrentTime(NOW).andGiven(identified(), assessed(2, 3, RiskLevel.MEDIUM))
                    .andGivenCommands(plan(reviewBy))
                    .when(new CloseRisk(RISK_ID, "合同已终止"), HR)
                    .expectEvents(new RiskClosed(RISK_ID, "合同已终止"))
                    .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class EscalationAndClosure {

        @Test
        void managementAcknowledgesAPendingEscalationOnce() {
            when(new AcknowledgeRiskEscalation(RISK_ID, "两周内提交退出方案"), MANAGEMENT, identified(),
                    assessed(3, 5, RiskLevel.HIGH), escalated())
                    .expectEvents(new RiskEscalationAcknowledged(RISK_ID, "两周内提交退出方案"));
            when(new AcknowledgeRiskEscalation(RISK_ID, "x"), HR, identified(), assessed(3, 5, RiskLevel.HIGH),
                    escalated()).expectException(breaks("risk.acknowledgement.wrong-department", 403));
            when(new AcknowledgeRiskEscalation(RISK_ID, "x"), MANAGEMENT, identified(), assessed(3, 5, RiskLevel.HIGH),
                    escalated(), new RiskEscalationAcknowledged(RISK_ID, "y"))
                    .expectException(breaks("risk.acknowledgement.not-escalated", 409));
            when(new AcknowledgeRiskEscalation(RISK_ID, ""), MANAGEMENT, identified(), assessed(3, 5, RiskLevel.HIGH),
                    escalated()).expectException(breaks("risk.acknowledgement.direction-required", 422));
            when(new AcknowledgeRiskEscalation(RISK_ID, "x"), MANAGEMENT, identified(), assessed(3, 5, RiskLevel.HIGH),
                    escalated(), new RiskClosed(RISK_ID, "合同已终止"))
                    .expectException(breaks("risk.acknowledgement.not-escalated", 409));
        }

        @Test
        void theOwnerClosesARegisteredRiskButNotASuggestionOrAClosedOne() {
            when(new CloseRisk(RISK_ID, "已消除"), HR, identified()).expectEvents(new RiskClosed(RISK_ID, "已消除"));
            when(new CloseRisk(RISK_ID, "已消除"), BUSINESS, identified())
                    .expectException(breaks("risk.closure.wrong-department", 403));
            when(new CloseRisk(RISK_ID, "已消除"), HR, suggested())
                    .expectException(breaks("risk.closure.wrong-status", 409));
            when(new CloseRisk(RISK_ID, "x"), HR, identified(), new RiskClosed(RISK_ID, "y"))
                    .expectException(breaks("risk.closure.wrong-status", 409));
            when(new CloseRisk(RISK_ID, null), HR, identified())
                    .expectException(breaks("risk.closure.reason-required", 422));
        }

        @Test
        void aFinancialRiskIsFinancesAVendorRiskAnyDepartmentMayRegister() {
            fixture.givenNoPriorActivity().when(new IdentifyRisk(RISK_ID, RiskSubjectKind.VENDOR, "vendor-1",
                            RiskCategory.FINANCIAL, "资金链紧张", null), BUSINESS)
                    .expectEvents(new RiskIdentified(RISK_ID, RiskSubjectKind.VENDOR, "vendor-1",
                            RiskCategory.FINANCIAL, "资金链紧张", null, Department.FINANCE));
        }
    }
}
