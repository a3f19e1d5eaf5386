package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.contract.ContractCommand.*;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.RectificationOutcome;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.command.contract.ContractDeadlines.SlaReviewDeadline;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.outsourcingledger.command.contract.ContractSamples.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class ContractSlaTest extends ContractFixture {

    private static RecordSlaMeasurement measure(String metricId, String period, String value) {
        return new RecordSlaMeasurement(CONTRACT_ID, metricId, SlaPeriod.of(period), new BigDecimal(value));
    }

    /** The notice the contract issues by itself for a run of breached {@code periods}, due in {@code dueDays}. */
    private static RectificationNoticeIssued automaticNotice(String metricId, String metricName, int dueDays,
                                                             String... periods) {
        List<String> run = List.of(periods);
        return new RectificationNoticeIssued(CONTRACT_ID, CONTRACT_ID + "-rectification-1", metricId, run,
                "SLA " + metricName + " missed its target in " + run.size() + " consecutive periods " + run,
                TODAY, TODAY.plusDays(dueDays), true, run.size(), dueDays,
                RectificationTrigger.SLA_BREACH, null, false, List.of());
    }

    @Nested
    class RecordSlaMeasurementCommand {

        @Test
        void recordsAMeasurementThatMeetsTheTarget() {
            given(active()).when(measure(QUALITY, "2026-02", "97.5"))
                    .expectEvents(measured(QUALITY, "2026-02", "97.5", true));
        }

        @Test
        void decidesABreachWithThePenaltyCappedPerPeriod() {
            given(active()).when(measure(QUALITY, "2026-02", "91"))
                    .expectEvents(measured(QUALITY, "2026-02", "91", false), qualityBreached("2026-02", "91"));
        }

        @Test
        void decidesAPenaltyBelowTheCapAsPercentOfThePeriodFee() {
            given(active()).when(measure(RESPONSE, "2026-02", "30"))
                    .expectEvents(measured(RESPONSE, "2026-02", "30", false),
                            new SlaBreached(CONTRACT_ID, RESPONSE, "2026-02", new BigDecimal("24"), new BigDecimal("30"),
                                    new BigDecimal("6"), Money.cny("100000.00"), new BigDecimal("1"),
                                    Money.cny("5000.00"), Money.cny("1000.00")));
        }

        @Test
        void treatsAValueExactlyOnTargetAsMet() {
            given(active()).when(measure(RESPONSE, "2026-02", "24"))
                    .expectEvents(measured(RESPONSE, "2026-02", "24", true));
        }

        @Test
        void issuesARectificationNoticeOnTheSecondConsecutiveBreach() {
            given(with(active(), measured(QUALITY, "2026-01", "90", false), qualityBreached("2026-01", "90")))
                    .when(measure(QUALITY, "2026-02", "92"))
                    .expectEvents(measured(QUALITY, "2026-02", "92", false), qualityBreached("2026-02", "92"),
                            automaticNotice(QUALITY, "质量合格率", 30, "2026-01", "2026-02"));
        }

        @Test
        void recordsThePolicyValuesThatIssuedTheNotice() {
            usePolicy(new ContractPolicy(3, 10, 3, 6, 15));
            given(with(active(), measured(QUALITY, "2026-01", "90", false), qualityBreached("2026-01", "90"),
                    measured(QUALITY, "2026-02", "91", false), qualityBreached("2026-02", "91")))
                    .when(measure(QUALITY, "2026-03", "92"))
                    .expectEvents(measured(QUALITY, "2026-03", "92", false), qualityBreached("2026-03", "92"),
                            automaticNotice(QUALITY, "质量合格率", 10, "2026-01", "2026-02", "2026-03"));
        }

        @Test
        void issuesNoNoticeForBreachesInPeriodsThatAreNotConsecutive() {
            clock.setTo(startOf(TODAY.plusMonths(2)));
            given(with(active(), measured(QUALITY, "2026-01", "90", false), qualityBreached("2026-01", "90"),
                    measured(QUALITY, "2026-02", "96", true)))
                    .when(measure(QUALITY, "2026-03", "92"))
                    .expectEvents(measured(QUALITY, "2026-03", "92", false), qualityBreached("2026-03", "92"));
        }

        @Test
        void issuesNoSecondNoticeWhileOneIsOpenForTheMetric() {
            given(with(active(), measured(QUALITY, "2026-01", "90", false), qualityBreached("2026-01", "90"),
                    new RectificationNoticeIssued(CONTRACT_ID, "rn-1", QUALITY, List.of(), "人工发出", TODAY,
                            TODAY.plusDays(30), false, null, null, null, null, null, null)))
                    .when(measure(QUALITY, "2026-02", "92"))
                    .expectEvents(measured(QUALITY, "2026-02", "92", false), qualityBreached("2026-02", "92"));
        }

        @Test
        void refusesASecondMeasurementForTheSamePeriod() {
            given(with(active(), measured(QUALITY, "2026-02", "97", true)))
                    .when(measure(QUALITY, "2026-02", "90"))
                    .expectException(breaks("contract.sla-measurement.already-recorded", 409));
        }

        @Test
        void refusesAPeriodOutsideTheTerm() {
            given(active()).when(measure(QUALITY, "2025-12", "97"))
                    .expectException(breaks("contract.sla-measurement.period-outside-term", 422));
        }

        @Test
        void refusesAPeriodThatHasNotStarted() {
            given(active()).when(measure(QUALITY, "2026-04", "97"))
                    .expectException(breaks("contract.sla-measurement.period-in-future", 422));
        }

        @Test
        void refusesAQuarterForAMonthlyMetric() {
            given(active()).when(measure(QUALITY, "2026-Q1", "97"))
                    .expectException(breaks("contract.sla-measurement.wrong-period-kind", 422));
        }

        @Test
        void refusesAnUnknownMetric() {
            given(active()).when(measure("availability", "2026-02", "99"))
                    .expectException(breaks("contract.sla.not-found", 404));
        }

        @Test
        void refusesMeasurementsBeforeTheContractIsActive() {
            given(approved()).when(measure(QUALITY, "2026-02", "97"))
                    .expectException(breaks("contract.sla-measurement.wrong-status", 409));
        }
    }

    @Nested
    class LateMeasurements {

        /** 24 months for 2,400,000.00, renewed for 12 months at the same amount: 100,000.00 then 200,000.00 a month. */
        private final Term firstTerm = new Term(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        private final Term renewedTerm = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        private Object[] renewed() {
            return with(approved(firstTerm), new ContractSigned(CONTRACT_ID, firstTerm.start(), 1),
                    new ContractActivated(CONTRACT_ID, firstTerm.start(), firstTerm.start().plusMonths(6), 6),
                    new ContractRenewed(CONTRACT_ID, renewedTerm, 2));
        }

        private SlaBreached responseBreached(String period, String periodFee, String penalty) {
            return new SlaBreached(CONTRACT_ID, RESPONSE, period, new BigDecimal("24"), new BigDecimal("30"),
                    new BigDecimal("6"), Money.cny(periodFee), new BigDecimal("1"), Money.cny("5000.00"),
                    Money.cny(penalty));
        }

        @Test
        void issuesTheNoticeWhenTheEarlierOfTwoBreachedMonthsArrivesLast() {
            given(with(active(), measured(QUALITY, "2026-02", "92", false), qualityBreached("2026-02", "92")))
                    .when(measure(QUALITY, "2026-01", "90"))
                    .expectEvents(measured(QUALITY, "2026-01", "90", false), qualityBreached("2026-01", "90"),
                            automaticNotice(QUALITY, "质量合格率", 30, "2026-01", "2026-02"));
        }

        @Test
        void citesTheEarliestRunWhenALateMonthJoinsTwoBreaches() {
            given(with(active(), measured(QUALITY, "2026-03", "91", false), qualityBreached("2026-03", "91"),
                    measured(QUALITY, "2026-01", "90", false), qualityBreached("2026-01", "90")))
                    .when(measure(QUALITY, "2026-02", "92"))
                    .expectEvents(measured(QUALITY, "2026-02", "92", false), qualityBreached("2026-02", "92"),
                            automaticNotice(QUALITY, "质量合格率", 30, "2026-01", "2026-02"));
        }

        @Test
        void issuesNoSecondNoticeForARunAlreadyNoticed() {
            given(with(active(), measured(QUALITY, "2026-02", "92", false), qualityBreached("2026-02", "92"),
                    measured(QUALITY, "2026-01", "90", false), qualityBreached("2026-01", "90"),
                    new RectificationNoticeIssued(CONTRACT_ID, CONTRACT_ID + "-rectification-1", QUALITY,
                            List.of("2026-01", "2026-02"), "连续两期未达标", TODAY, TODAY.plusDays(30), true, 2, 30, null, null,
                            null, null),
                    new RectificationPlanRecorded(CONTRACT_ID, CONTRACT_ID + "-rectification-1", "加强培训"),
                    new RectificationVerified(CONTRACT_ID, CONTRACT_ID + "-rectification-1", "复查通过")))
                    .when(new CorrectSlaMeasurement(CONTRACT_ID, QUALITY, SlaPeriod.of("2026-02"), new BigDecimal("89"),
                            "漏计不合格件"))
                    .expectEvents(new SlaMeasurementCorrected(CONTRACT_ID, QUALITY, "2026-02", new BigDecimal("92"),
                            new BigDecimal("89"), "漏计不合格件", false), qualityBreached("2026-02", "89"));
        }

        @Test
        void acceptsALateMonthOfAnEndedContractRecordingTheBreachButNoNotice() {
            given(with(active(), measured(QUALITY, "2026-01", "90", false), qualityBreached("2026-01", "90"),
                    new ContractTerminated(CONTRACT_ID, TerminationReason.MUTUAL, "协商一致", List.of(), TODAY,
                            LocalDate.of(2026, 2, 28), null, null)))
                    .when(measure(QUALITY, "2026-02", "92"))
                    .expectEvents(measured(QUALITY, "2026-02", "92", false), qualityBreached("2026-02", "92"));
        }

        @Test
        void refusesAMonthAfterTheLastServiceDayOfATerminatedContract() {
            given(with(active(), new ContractTerminated(CONTRACT_ID, TerminationReason.MUTUAL, "协商一致", List.of(),
                    TODAY, LocalDate.of(2026, 1, 31), null, null)))
                    .when(measure(QUALITY, "2026-02", "92"))
                    .expectException(breaks("contract.sla-measurement.period-outside-term", 422));
        }

        @Test
        void refusesMeasurementsOnceTheContractIsClosed() {
            given(with(active(), new ContractTerminated(CONTRACT_ID, TerminationReason.MUTUAL, "协商一致", List.of(),
                    TODAY, LocalDate.of(2026, 2, 28), null, null), new ContractClosed(CONTRACT_ID, TODAY)))
                    .when(measure(QUALITY, "2026-02", "92"))
                    .expectException(breaks("contract.sla-measurement.wrong-status", 409));
        }

        @Test
        void acceptsAMonthOfTheTermARenewalReplacedAndJudgesItByThatTerm() {
            given(renewed()).when(measure(RESPONSE, "2025-12", "30"))
                    .expectEvents(measured(RESPONSE, "2025-12", "30", false),
                            responseBreached("2025-12", "100000.00", "1000.00"));
        }

        @Test
        void judgesAMonthOfTheRenewedTermByTheRenewedTerm() {
            given(renewed()).when(measure(RESPONSE, "2026-02", "30"))
                    .expectEvents(measured(RESPONSE, "2026-02", "30", false),
                            responseBreached("2026-02", "200000.00", "2000.00"));
        }

        @Test
        void correctsAMonthOfTheTermARenewalReplacedByThatTerm() {
            given(with(renewed(), measured(RESPONSE, "2025-12", "20", true)))
                    .when(new CorrectSlaMeasurement(CONTRACT_ID, RESPONSE, SlaPeriod.of("2025-12"), new BigDecimal("30"),
                            "工单系统漏数"))
                    .expectEvents(new SlaMeasurementCorrected(CONTRACT_ID, RESPONSE, "2025-12", new BigDecimal("20"),
                                    new BigDecimal("30"), "工单系统漏数", false),
                            responseBreached("2025-12", "100000.00", "1000.00"));
        }

        @Test
        void countsConsecutiveBreachesAcrossARenewal() {
            given(with(renewed(), measured(RESPONSE, "2026-01", "30", false),
                    responseBreached("2026-01", "200000.00", "2000.00")))
                    .when(measure(RESPONSE, "2025-12", "30"))
                    .expectEvents(measured(RESPONSE, "2025-12", "30", false),
                            responseBreached("2025-12", "100000.00", "1000.00"),
                            automaticNotice(RESPONSE, "响应时间", 30, "2025-12", "2026-01"));
        }

        @Test
        void refusesAPeriodBeforeTheFirstTerm() {
            given(renewed()).when(measure(RESPONSE, "2023-12", "20"))
                    .expectException(breaks("contract.sla-measurement.period-outside-term", 422));
        }

        @Test
        void refusesASecondMeasurementOfAMonthOfAnEarlierTerm() {
            given(with(renewed(), measured(RESPONSE, "2025-12", "20", true)))
                    .when(measure(RESPONSE, "2025-12", "30"))
                    .expectException(breaks("contract.sla-measurement.already-recorded", 409));
        }
    }

    @Nested
    class CorrectSlaMeasurementCommand {

        @Test
        void withdrawsTheBreachWhenTheCorrectedValueMeetsTheTarget() {
            given(with(active(), measured(QUALITY, "2026-02", "91", false), qualityBreached("2026-02", "91")))
                    .when(new CorrectSlaMeasurement(CONTRACT_ID, QUALITY, SlaPeriod.of("2026-02"), new BigDecimal("96"),
                            "质检数据重算"))
                    .expectEvents(new SlaMeasurementCorrected(CONTRACT_ID, QUALITY, "2026-02", new BigDecimal("91"),
                                    new BigDecimal("96"), "质检数据重算", true),
                            new SlaBreachWithdrawn(CONTRACT_ID, QUALITY, "2026-02", "质检数据重算"));
        }

        @Test
        void decidesTheBreachAgainWhenTheCorrectedValueStillMisses() {
            given(with(active(), measured(QUALITY, "2026-02", "97", true)))
                    .when(new CorrectSlaMeasurement(CONTRACT_ID, QUALITY, SlaPeriod.of("2026-02"), new BigDecimal("93"),
                            "漏计不合格件"))
                    .expectEvents(new SlaMeasurementCorrected(CONTRACT_ID, QUALITY, "2026-02", new BigDecimal("97"),
                                    new BigDecimal("93"), "漏计不合格件", false),
                            qualityBreached("2026-02", "93"));
        }

        @Test
        void refusesACorrectionWithoutReason() {
            given(with(active(), measured(QUALITY, "2026-02", "97", true)))
                    .when(new CorrectSlaMeasurement(CONTRACT_ID, QUALITY, SlaPeriod.of("2026-02"), new BigDecimal("93"), ""))
                    .expectException(breaks("contract.sla-correction.reason-required", 422));
        }

        @Test
        void refusesCorrectingAPeriodNeverMeasured() {
            given(active())
                    .when(new CorrectSlaMeasurement(CONTRACT_ID, QUALITY, SlaPeriod.of("2026-02"), new BigDecimal("93"), "x"))
                    .expectException(breaks("contract.sla-correction.not-measured", 404));
        }
    }

    @Nested
    class SlaReview {

        @Test
        void fallsDueSixMonthsAfterActivationAndAgainSixMonthsLater() {
            given(approved()).andGivenCommands(new SignContract(CONTRACT_ID))
                    .whenTimeAdvancesTo(startOf(TODAY.plusMonths(6)))
                    .expectTriggeredDeadlines(new SlaReviewDeadline(TODAY.plusMonths(6)))
                    .expectEvents(new SlaReviewDue(CONTRACT_ID, TODAY.plusMonths(6), TODAY.plusMonths(12), 6))
                    .expectScheduledDeadline(startOf(TODAY.plusMonths(12)), new SlaReviewDeadline(TODAY.plusMonths(12)));
        }

        @Test
        void recordsTheReviewIntervalInForce() {
            usePolicy(new ContractPolicy(2, 30, 3, 4, 15));
            given(approved()).andGivenCommands(new SignContract(CONTRACT_ID))
                    .when(new RecordSlaReview(CONTRACT_ID, "指标保持不变"))
                    .expectEvents(new SlaReviewed(CONTRACT_ID, TODAY, "指标保持不变", TODAY.plusMonths(4), 4));
        }

        @Test
        void aRecordedReviewMovesTheNextOneSixMonthsOn() {
            given(approved()).andGivenCommands(new SignContract(CONTRACT_ID))
                    .when(new RecordSlaReview(CONTRACT_ID, "指标保持不变"))
                    .expectEvents(new SlaReviewed(CONTRACT_ID, TODAY, "指标保持不变", TODAY.plusMonths(6), 6))
                    .expectScheduledDeadline(startOf(TODAY.plusMonths(6)), new SlaReviewDeadline(TODAY.plusMonths(6)));
        }
    }

    @Nested
    class Rectification {

        private final RectificationNoticeIssued issued = new RectificationNoticeIssued(CONTRACT_ID, "rn-1", null,
                List.of(), "驻场人员违反保密规定", TODAY, TODAY.plusDays(15), false, null, null,
                RectificationTrigger.MANUAL, null, false, List.of());

        @Test
        void issuesANoticeByHand() {
            given(active()).when(new IssueRectificationNotice(CONTRACT_ID, "rn-1", null, "驻场人员违反保密规定",
                            TODAY.plusDays(15), null, false, null))
                    .expectEvents(issued);
        }

        @Test
        void issuesANoticeByHandWithTheTriggerItStates() {
            given(active()).when(new IssueRectificationNotice(CONTRACT_ID, "rn-1", null, "驻场人员违反保密规定",
                            TODAY.plusDays(15), RectificationTrigger.COMPLIANCE, false, null))
                    .expectEvents(new RectificationNoticeIssued(CONTRACT_ID, "rn-1", null, List.of(), "驻场人员违反保密规定",
                            TODAY, TODAY.plusDays(15), false, null, null, RectificationTrigger.COMPLIANCE, null, false,
                            List.of()));
        }

        @Test
        void refusesAnSlaBreachOrEvaluationTriggerByHand() {
            given(active()).when(new IssueRectificationNotice(CONTRACT_ID, "rn-1", null, "原因", TODAY.plusDays(15),
                            RectificationTrigger.EVALUATION, false, null))
                    .expectException(breaks("contract.rectification.automatic-trigger", 422));
        }

        @Test
        void readsANoticeStoredWithoutTriggerBySlaBreachWhenAutomaticAndManualOtherwise() {
            var automatic = new RectificationNoticeIssued(CONTRACT_ID, "rn-1", QUALITY, List.of(), "x", TODAY,
                    TODAY.plusDays(30), true, 2, 30, null, null, null, null);
            org.junit.jupiter.api.Assertions.assertEquals(RectificationTrigger.SLA_BREACH, automatic.triggerOrInferred());
            org.junit.jupiter.api.Assertions.assertEquals(RectificationTrigger.MANUAL, issuedWithoutTrigger().triggerOrInferred());
        }

        private RectificationNoticeIssued issuedWithoutTrigger() {
            return new RectificationNoticeIssued(CONTRACT_ID, "rn-1", null, List.of(), "x", TODAY, TODAY.plusDays(15),
                    false, null, null, null, null, null, null);
        }

        @Test
        void issuesASeriousBreachsNoticeCitingEvidenceLegalSignedOff() {
            given(with(active(), new TerminationSignedOff(CONTRACT_ID, List.of("photo-1", "log-2"), "证据确凿")))
                    .when(new IssueRectificationNotice(CONTRACT_ID, "rn-1", null, "泄露客户数据", TODAY.plusDays(15),
                            RectificationTrigger.INCIDENT, true, List.of("photo-1")))
                    .expectEvents(new RectificationNoticeIssued(CONTRACT_ID, "rn-1", null, List.of(), "泄露客户数据", TODAY,
                            TODAY.plusDays(15), false, null, null, RectificationTrigger.INCIDENT, null, true,
                            List.of("photo-1")));
        }

        @Test
        void refusesASeriousBreachsNoticeWithoutEvidence() {
            given(active()).when(new IssueRectificationNotice(CONTRACT_ID, "rn-1", null, "泄露客户数据",
                            TODAY.plusDays(15), RectificationTrigger.INCIDENT, true, List.of()))
                    .expectException(breaks("contract.rectification.evidence-required", 422));
        }

        @Test
        void refusesASeriousBreachsNoticeCitingEvidenceLegalDidNotSignOff() {
            given(with(active(), new TerminationSignedOff(CONTRACT_ID, List.of("photo-1"), "证据确凿")))
                    .when(new IssueRectificationNotice(CONTRACT_ID, "rn-1", null, "泄露客户数据", TODAY.plusDays(15),
                            RectificationTrigger.INCIDENT, true, List.of("photo-1", "log-2")))
                    .expectException(breaks("contract.rectification.legal-sign-off-required", 422));
        }

        @Test
        void refusesANoticeDueTodayOrEarlier() {
            given(active()).when(new IssueRectificationNotice(CONTRACT_ID, "rn-1", null, "原因", TODAY, null, false, null))
                    .expectException(breaks("contract.rectification.due-date-not-in-future", 422));
        }

        @Test
        void recordsTheVendorsPlanAndVerifiesIt() {
            given(with(active(), issued, new RectificationPlanRecorded(CONTRACT_ID, "rn-1", "加强培训")))
                    .when(new ConcludeRectification(CONTRACT_ID, "rn-1", RectificationOutcome.VERIFIED, "复查通过"))
                    .expectEvents(new RectificationVerified(CONTRACT_ID, "rn-1", "复查通过"));
        }

        @Test
        void recordsAFailedRectification() {
            given(with(active(), issued, new RectificationPlanRecorded(CONTRACT_ID, "rn-1", "加强培训")))
                    .when(new ConcludeRectification(CONTRACT_ID, "rn-1", RectificationOutcome.FAILED, "问题复现"))
                    .expectEvents(new RectificationFailed(CONTRACT_ID, "rn-1", "问题复现", "2026-Q1"));
        }

        @Test
        void recordsAPlan() {
            given(with(active(), issued)).when(new RecordRectificationPlan(CONTRACT_ID, "rn-1", "加强培训"))
                    .expectEvents(new RectificationPlanRecorded(CONTRACT_ID, "rn-1", "加强培训"));
        }

        @Test
        void recordsAPlanSubmittedByTheContractsOwnVendorUser() {
            given(with(active(), issued))
                    .when(new RecordRectificationPlan(CONTRACT_ID, "rn-1", "加强培训"), actingForVendor(VENDOR_ID))
                    .expectEvents(new RectificationPlanRecorded(CONTRACT_ID, "rn-1", "加强培训"));
        }

        @Test
        void refusesAPlanFromAnotherVendorsUser() {
            given(with(active(), issued))
                    .when(new RecordRectificationPlan(CONTRACT_ID, "rn-1", "加强培训"), actingForVendor("vendor-2"))
                    .expectException(breaks("vendor-scope.other-vendor", 403))
                    .expectNoEvents();
        }

        @Test
        void refusesAConclusionBeforeThePlan() {
            given(with(active(), issued))
                    .when(new ConcludeRectification(CONTRACT_ID, "rn-1", RectificationOutcome.VERIFIED, "复查通过"))
                    .expectException(breaks("contract.rectification-conclusion.no-plan", 409));
        }

        @Test
        void refusesAPlanForAConcludedNotice() {
            given(with(active(), issued, new RectificationPlanRecorded(CONTRACT_ID, "rn-1", "计划"),
                    new RectificationVerified(CONTRACT_ID, "rn-1", "通过")))
                    .when(new RecordRectificationPlan(CONTRACT_ID, "rn-1", "新计划"))
                    .expectException(breaks("contract.rectification-plan.notice-concluded", 409));
        }

        @Test
        void refusesAnUnknownNotice() {
            given(active()).when(new RecordRectificationPlan(CONTRACT_ID, "rn-9", "计划"))
                    .expectException(breaks("contract.rectification.not-found", 404));
        }
    }
}
