package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.*;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.PipOutcome;
import com.outsourcingledger.api.contract.RectificationOutcome;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.contract.ContractDeadlines.PipPlanDue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.command.contract.ContractSamples.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class ContractPipTest extends ContractFixture {

    private static final String PIP_ID = CONTRACT_ID + "-pip-1";

    private static String evaluationId(String period) {
        return CONTRACT_ID + ":" + period;
    }

    private static IssueEvaluationRectificationNotice belowStandard(String period) {
        return new IssueEvaluationRectificationNotice(CONTRACT_ID, evaluationId(period), period, "C");
    }

    /** The notice the contract issues for a confirmed below-standard evaluation of {@code period}, its n-th notice. */
    private static RectificationNoticeIssued evaluationNotice(String period, int n) {
        return new RectificationNoticeIssued(CONTRACT_ID, CONTRACT_ID + "-rectification-" + n, null, List.of(period),
                "Performance evaluation " + period + " was graded C, below standard", TODAY, TODAY.plusDays(30),
                true, null, 30, RectificationTrigger.EVALUATION, evaluationId(period), false, List.of());
    }

    /** The PIP the contract opens for the below-standard {@code run}: evaluations and failed notices within it. */
    private static PipInitiated pipInitiated(String pipId, List<String> run, List<String> evaluated,
                                             List<String> noticeIds) {
        return new PipInitiated(CONTRACT_ID, pipId, evaluated.stream().map(ContractPipTest::evaluationId).toList(),
                noticeIds, "Performance below standard in consecutive evaluation periods " + run, TODAY,
                TODAY.plusDays(15), 15);
    }

    private static PipInitiated pipOpened() {
        return pipInitiated(PIP_ID, List.of("2026-01", "2026-02"), List.of("2026-01", "2026-02"), List.of());
    }

    private static Object[] withOpenPip(Object... later) {
        return with(with(active(), evaluationNotice("2026-01", 1), evaluationNotice("2026-02", 2), pipOpened()), later);
    }

    private static PipPlanRecorded plan() {
        return new PipPlanRecorded(CONTRACT_ID, PIP_ID, "质检人员流失", List.of("补充质检人员", "每周复盘"),
                List.of("2026-04-01 人员到岗"));
    }

    private static RecordPipPlan recordPlan() {
        return new RecordPipPlan(CONTRACT_ID, PIP_ID, "质检人员流失", List.of("补充质检人员", "每周复盘"),
                List.of("2026-04-01 人员到岗"));
    }

    private static Map<String, Object> vendorUser(String vendorId) {
        return Map.of(MetadataKeys.USER, "vendor-user", MetadataKeys.VENDOR, vendorId);
    }

    @Nested
    class EvaluationNotice {

        @Test
        void issuesANoticeForABelowStandardEvaluation() {
            given(active()).when(belowStandard("2026-02"))
                    .expectEvents(evaluationNotice("2026-02", 1));
        }

        @Test
        void opensAPipOnTheSecondConsecutiveBelowStandardPeriod() {
            given(with(active(), evaluationNotice("2026-01", 1))).when(belowStandard("2026-02"))
                    .expectEvents(evaluationNotice("2026-02", 2), pipOpened())
                    .expectScheduledDeadline(startOf(TODAY.plusDays(16)), new PipPlanDue(PIP_ID, TODAY.plusDays(15)));
        }

        @Test
        void opensThePipWhenTheEarlierPeriodIsConfirmedLast() {
            given(with(active(), evaluationNotice("2026-02", 1))).when(belowStandard("2026-01"))
                    .expectEvents(evaluationNotice("2026-01", 2), pipOpened());
        }

        @Test
        void recordsThePlanDueDaysInForce() {
            usePolicy(new ContractPolicy(2, 30, 3, 6, 10));
            given(with(active(), evaluationNotice("2026-01", 1))).when(belowStandard("2026-02"))
                    .expectEvents(evaluationNotice("2026-02", 2), new PipInitiated(CONTRACT_ID, PIP_ID,
                            List.of(evaluationId("2026-01"), evaluationId("2026-02")), List.of(),
                            "Performance below standard in consecutive evaluation periods [2026-01, 2026-02]", TODAY,
                            TODAY.plusDays(10), 10));
        }

        @Test
        void opensNoPipForPeriodsThatAreNotConsecutive() {
            given(with(active(), evaluationNotice("2026-01", 1))).when(belowStandard("2026-03"))
                    .expectEvents(evaluationNotice("2026-03", 2));
        }

        @Test
        void opensNoSecondPipWhileOneIsOpen() {
            given(withOpenPip()).when(belowStandard("2026-03"))
                    .expectEvents(evaluationNotice("2026-03", 3));
        }

        @Test
        void opensANewPipOnlyForTwoPeriodsNoEarlierPipCited() {
            given(withOpenPip(plan(), new PipConcluded(CONTRACT_ID, PIP_ID, PipOutcome.SUCCEEDED, "2026-03 评估 B"),
                    evaluationNotice("2026-03", 3)))
                    .when(belowStandard("2026-04"))
                    .expectEvents(evaluationNotice("2026-04", 4),
                            pipInitiated(CONTRACT_ID + "-pip-2", List.of("2026-03", "2026-04"), List.of("2026-03", "2026-04"),
                                    List.of()));
        }

        @Test
        void refusesASecondNoticeForTheSameEvaluation() {
            given(with(active(), evaluationNotice("2026-02", 1))).when(belowStandard("2026-02"))
                    .expectException(breaks("contract.rectification.evaluation-already-noticed", 409));
        }

        @Test
        void refusesANoticeForAContractThatIsNotRunning() {
            given(drafting()).when(belowStandard("2026-02"))
                    .expectException(breaks("contract.rectification.wrong-status", 409));
        }
    }

    @Nested
    class FailedRectification {

        private final RectificationNoticeIssued manual = new RectificationNoticeIssued(CONTRACT_ID, "rn-1", null,
                List.of(), "驻场人员违反保密规定", TODAY, TODAY.plusDays(15), false, null, null,
                RectificationTrigger.MANUAL, null, false, List.of());

        @Test
        void countsTheFailureAsABelowStandardPeriodOfTheEvaluationsCadence() {
            given(with(active(), evaluationNotice("2026-02", 1), manual,
                    new RectificationPlanRecorded(CONTRACT_ID, "rn-1", "加强培训")))
                    .when(new ConcludeRectification(CONTRACT_ID, "rn-1", RectificationOutcome.FAILED, "问题复现"))
                    .expectEvents(new RectificationFailed(CONTRACT_ID, "rn-1", "问题复现", "2026-03"),
                            pipInitiated(PIP_ID, List.of("2026-02", "2026-03"), List.of("2026-02"), List.of("rn-1")));
        }

        @Test
        void opensNoPipForAFailureAlone() {
            given(with(active(), manual, new RectificationPlanRecorded(CONTRACT_ID, "rn-1", "加强培训")))
                    .when(new ConcludeRectification(CONTRACT_ID, "rn-1", RectificationOutcome.FAILED, "问题复现"))
                    .expectEvents(new RectificationFailed(CONTRACT_ID, "rn-1", "问题复现", "2026-Q1"));
        }
    }

    @Nested
    class Plan {

        @Test
        void recordsThePlanOfTheContractsOwnVendor() {
            when(given(withOpenPip()), recordPlan(), vendorUser(VENDOR_ID)).expectEvents(plan());
        }

        @Test
        void recordsThePlanByBusinessOnTheVendorsBehalf() {
            when(given(withOpenPip()), recordPlan(), actingAs(Department.BUSINESS)).expectEvents(plan());
        }

        @Test
        void refusesThePlanOfAnotherVendor() {
            when(given(withOpenPip()), recordPlan(), vendorUser("vendor-2"))
                    .expectException(breaks("vendor-scope.other-vendor", 403));
        }

        @Test
        void refusesAPlanWithoutRootCause() {
            given(withOpenPip()).when(new RecordPipPlan(CONTRACT_ID, PIP_ID, " ", List.of("a"), List.of()))
                    .expectException(breaks("contract.pip-plan.root-cause-required", 422));
        }

        @Test
        void refusesAPlanWithoutActions() {
            given(withOpenPip()).when(new RecordPipPlan(CONTRACT_ID, PIP_ID, "原因", List.of(), List.of()))
                    .expectException(breaks("contract.pip-plan.actions-required", 422));
        }

        @Test
        void refusesASecondPlan() {
            given(withOpenPip(plan())).when(recordPlan())
                    .expectException(breaks("contract.pip-plan.already-recorded", 409));
        }

        @Test
        void refusesAPlanForAnUnknownPip() {
            given(active()).when(recordPlan()).expectException(breaks("contract.pip.not-found", 404));
        }

        @Test
        void flagsThePlanOverdueWhenTheDueDayPassesWithoutPlan() {
            given(with(active(), evaluationNotice("2026-01", 1))).andGivenCommands(belowStandard("2026-02"))
                    .whenTimeElapses(Duration.ofDays(16))
                    .expectEvents(new PipPlanOverdue(CONTRACT_ID, PIP_ID, TODAY.plusDays(15)));
        }

        @Test
        void flagsNothingWhenThePlanCameInTime() {
            given(with(active(), evaluationNotice("2026-01", 1)))
                    .andGivenCommands(belowStandard("2026-02"), recordPlan())
                    .whenTimeElapses(Duration.ofDays(16))
                    .expectNoEvents();
        }
    }

    @Nested
    class Progress {

        @Test
        void recordsProgressOnThePlan() {
            given(withOpenPip(plan())).when(new RecordPipProgress(CONTRACT_ID, PIP_ID, "人员已到岗"))
                    .expectEvents(new PipProgressRecorded(CONTRACT_ID, PIP_ID, "人员已到岗"));
        }

        @Test
        void refusesProgressBeforeThePlan() {
            given(withOpenPip()).when(new RecordPipProgress(CONTRACT_ID, PIP_ID, "人员已到岗"))
                    .expectException(breaks("contract.pip-progress.no-plan", 409));
        }

        @Test
        void refusesProgressWithoutNotes() {
            given(withOpenPip(plan())).when(new RecordPipProgress(CONTRACT_ID, PIP_ID, ""))
                    .expectException(breaks("contract.pip-progress.notes-required", 422));
        }
    }

    @Nested
    class Conclusion {

        @Test
        void concludesThePipSucceeded() {
            given(withOpenPip(plan())).when(new ConcludePip(CONTRACT_ID, PIP_ID, PipOutcome.SUCCEEDED, "2026-03 评估 B"))
                    .expectEvents(new PipConcluded(CONTRACT_ID, PIP_ID, PipOutcome.SUCCEEDED, "2026-03 评估 B"));
        }

        @Test
        void recommendsTerminationWhenThePipFailed() {
            given(withOpenPip(plan())).when(new ConcludePip(CONTRACT_ID, PIP_ID, PipOutcome.FAILED, "2026-03 评估 D"))
                    .expectEvents(new PipConcluded(CONTRACT_ID, PIP_ID, PipOutcome.FAILED, "2026-03 评估 D"),
                            new TerminationRecommended(CONTRACT_ID, TerminationReason.PIP_FAILED,
                                    "PIP " + PIP_ID + " failed: 2026-03 评估 D"));
        }

        @Test
        void failsAPipWhoseVendorNeverSentAPlan() {
            given(withOpenPip(new PipPlanOverdue(CONTRACT_ID, PIP_ID, TODAY.plusDays(15))))
                    .when(new ConcludePip(CONTRACT_ID, PIP_ID, PipOutcome.FAILED, "未提交计划"))
                    .expectEvents(new PipConcluded(CONTRACT_ID, PIP_ID, PipOutcome.FAILED, "未提交计划"),
                            new TerminationRecommended(CONTRACT_ID, TerminationReason.PIP_FAILED,
                                    "PIP " + PIP_ID + " failed: 未提交计划"));
        }

        @Test
        void refusesSuccessWithoutAPlan() {
            given(withOpenPip()).when(new ConcludePip(CONTRACT_ID, PIP_ID, PipOutcome.SUCCEEDED, "好转"))
                    .expectException(breaks("contract.pip-conclusion.no-plan", 409));
        }

        @Test
        void refusesAConclusionWithoutEvidence() {
            given(withOpenPip(plan())).when(new ConcludePip(CONTRACT_ID, PIP_ID, PipOutcome.FAILED, " "))
                    .expectException(breaks("contract.pip-conclusion.evidence-required", 422));
        }

        @Test
        void refusesAConclusionWithoutOutcome() {
            given(withOpenPip(plan())).when(new ConcludePip(CONTRACT_ID, PIP_ID, null, "证据"))
                    .expectException(breaks("contract.pip-conclusion.outcome-required", 422));
        }

        @Test
        void refusesASecondConclusion() {
            given(withOpenPip(plan(), new PipConcluded(CONTRACT_ID, PIP_ID, PipOutcome.SUCCEEDED, "好转")))
                    .when(new ConcludePip(CONTRACT_ID, PIP_ID, PipOutcome.FAILED, "反复"))
                    .expectException(breaks("contract.pip-conclusion.pip-concluded", 409));
        }
    }

    @Nested
    class TerminationForPipFailed {

        @Test
        void refusesATerminationForPipFailedWithoutAFailedPip() {
            given(withOpenPip(plan())).when(new TerminateContract(CONTRACT_ID, TerminationReason.PIP_FAILED, "改进无效",
                            null, null, null))
                    .expectException(breaks("contract.termination.no-failed-pip", 422));
        }

        @Test
        void terminatesForPipFailedOnceAPipFailed() {
            given(withOpenPip(plan(), new PipConcluded(CONTRACT_ID, PIP_ID, PipOutcome.FAILED, "无改善")))
                    .when(new TerminateContract(CONTRACT_ID, TerminationReason.PIP_FAILED, "改进无效", null, null, null))
                    .expectEvents(new ContractTerminated(CONTRACT_ID, TerminationReason.PIP_FAILED, "改进无效",
                            List.of(), TODAY, TODAY, null, null));
        }
    }
}
