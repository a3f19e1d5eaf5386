package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.*;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.RenewalDecision;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.outsourcingledger.api.contract.ShamRiskOccasion.*;
import static com.outsourcingledger.api.project.ShamOutsourcingRisk.*;
import static com.outsourcingledger.command.contract.ContractSamples.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class ContractShamRiskTest extends ContractFixture {

    private static final Term SHORT = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final Term NEXT = new Term(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31));

    private static AssessShamOutsourcingRisk assess(ShamOutsourcingRisk risk, ShamRiskOccasion occasion) {
        return new AssessShamOutsourcingRisk(CONTRACT_ID, risk, occasion, null, "现场管理由供应商负责");
    }

    private static ShamOutsourcingRiskAssessed assessed(ShamOutsourcingRisk risk, ShamRiskOccasion occasion) {
        return new ShamOutsourcingRiskAssessed(CONTRACT_ID, VENDOR_ID, risk, occasion, null, "现场管理由供应商负责");
    }

    private static Object[] reviewOpen() {
        return with(approved(SHORT), new ContractSigned(CONTRACT_ID, TODAY, 1),
                new ContractActivated(CONTRACT_ID, TODAY, TODAY.plusMonths(6), 6),
                new ContractExpiryApproaching(CONTRACT_ID, SHORT.end(), 3));
    }

    private static Object[] renewalInCoReview(Object... assessments) {
        return with(with(reviewOpen(), assessments), by("management",
                new RenewalDecided(CONTRACT_ID, RenewalDecision.RENEW, NEXT, "绩效良好")));
    }

    private static final RecordCoReviewOpinion APPROVE = new RecordCoReviewOpinion(CONTRACT_ID, ReviewOpinion.APPROVE,
            "同意");

    @Nested
    class Assessment {

        @Test
        void recordsHrsAdHocAssessmentWithTheVendor() {
            when(given(active()), assess(MEDIUM, AD_HOC), actingAs(Department.HR))
                    .expectEvents(assessed(MEDIUM, AD_HOC));
        }

        @Test
        void refusesAnotherDepartment() {
            when(given(active()), assess(LOW, AD_HOC), actingAs(Department.BUSINESS))
                    .expectException(breaks("contract.sham-risk.wrong-department", 403));
        }

        @Test
        void refusesADraft() {
            when(given(drafting()), assess(LOW, AD_HOC), actingAs(Department.HR))
                    .expectException(breaks("contract.sham-risk.wrong-status", 409));
        }

        @Test
        void refusesWithoutReasonsRiskOrOccasion() {
            when(given(active()), new AssessShamOutsourcingRisk(CONTRACT_ID, LOW, AD_HOC, null, " "),
                    actingAs(Department.HR)).expectException(breaks("contract.sham-risk.reasons-required", 422));
            when(given(active()), assess(null, AD_HOC), actingAs(Department.HR))
                    .expectException(breaks("contract.sham-risk.risk-required", 422));
            when(given(active()), assess(LOW, null), actingAs(Department.HR))
                    .expectException(breaks("contract.sham-risk.occasion-required", 422));
        }

        @Test
        void refusesARenewalAssessmentWithoutAnOpenRenewalReview() {
            when(given(active()), assess(LOW, RENEWAL), actingAs(Department.HR))
                    .expectException(breaks("contract.sham-risk.renewal-not-open", 409));
        }

        @Test
        void recordsTheSignalOfAConfirmedSignalsAssessmentOnce() {
            var command = new AssessShamOutsourcingRisk(CONTRACT_ID, HIGH, SIGNAL_CONFIRMED, "signal-1", "按人头计价");
            var event = new ShamOutsourcingRiskAssessed(CONTRACT_ID, VENDOR_ID, HIGH, SIGNAL_CONFIRMED, "signal-1",
                    "按人头计价");
            when(given(active()), command, actingAs(Department.HR)).expectEvents(event);
            when(given(with(active(), event)), command, actingAs(Department.HR))
                    .expectException(breaks("contract.sham-risk.signal-already-assessed", 409));
        }

        @Test
        void refusesAConfirmedSignalsAssessmentWithoutItsSignal() {
            when(given(active()), assess(HIGH, SIGNAL_CONFIRMED), actingAs(Department.HR))
                    .expectException(breaks("contract.sham-risk.signal-required", 422));
        }
    }

    @Nested
    class RenewalRule {

        @Test
        void refusesHrsRenewalApprovalBeforeHrAssessedTheRiskForIt() {
            when(given(renewalInCoReview()), APPROVE, actingAs(Department.HR))
                    .expectException(breaks("contract.renewal.sham-risk-not-assessed", 409));
        }

        @Test
        void anAssessmentBeforeThisRenewalDoesNotCount() {
            when(given(with(with(active(), assessed(LOW, AD_HOC)), renewalInCoReview())), APPROVE,
                    actingAs(Department.HR))
                    .expectException(breaks("contract.renewal.sham-risk-not-assessed", 409));
        }

        @Test
        void refusesHrsRenewalApprovalAtHighRisk() {
            when(given(renewalInCoReview(assessed(HIGH, RENEWAL))), APPROVE, actingAs(Department.HR))
                    .expectException(breaks("contract.renewal.sham-risk-high", 422));
        }

        @Test
        void takesHrsRenewalApprovalAfterAnAssessmentBelowHigh() {
            when(given(renewalInCoReview(assessed(MEDIUM, RENEWAL))), APPROVE, actingAs(Department.HR))
                    .expectEvents(opinion(Department.HR));
        }

        @Test
        void assessesTheRiskForTheOpenRenewal() {
            when(given(reviewOpen()), assess(LOW, RENEWAL), actingAs(Department.HR))
                    .expectEvents(assessed(LOW, RENEWAL));
        }

        @Test
        void leavesTheOtherReviewersAndHrsRejectionAsTheyWere() {
            when(given(renewalInCoReview()), APPROVE, actingAs(Department.LEGAL))
                    .expectEvents(opinion(Department.LEGAL));
            when(given(renewalInCoReview()), new RecordCoReviewOpinion(CONTRACT_ID, ReviewOpinion.REJECT, "风险高"),
                    actingAs(Department.HR))
                    .expectEvents(new CoReviewOpinionRecorded(CONTRACT_ID, Department.HR, ReviewOpinion.REJECT, "风险高"),
                            new RenewalReturned(CONTRACT_ID, Department.HR, "风险高"));
        }
    }

    @Nested
    class RiskAvoidance {

        private final RecommendTerminationForRiskAvoidance recommend =
                new RecommendTerminationForRiskAvoidance(CONTRACT_ID, "signal-1", "假外包风险：按人头计价");
        private final TerminationRecommended recommended = new TerminationRecommended(CONTRACT_ID,
                TerminationReason.RISK_AVOIDANCE, "假外包风险：按人头计价", "signal-1");

        @Test
        void recommendsTerminationForRiskAvoidance() {
            given(active()).when(recommend).expectEvents(recommended);
        }

        @Test
        void recommendsOncePerSignal() {
            given(with(active(), recommended)).when(recommend)
                    .expectException(breaks("contract.risk-avoidance.already-recommended", 409));
            given(with(active(), recommended))
                    .when(new RecommendTerminationForRiskAvoidance(CONTRACT_ID, "signal-2", "再次确认"))
                    .expectEvents(new TerminationRecommended(CONTRACT_ID, TerminationReason.RISK_AVOIDANCE, "再次确认",
                            "signal-2"));
        }

        @Test
        void recommendsOnlyWhileTheContractRuns() {
            given(approved()).when(recommend)
                    .expectException(breaks("contract.risk-avoidance.wrong-status", 409));
            given(terminated(TODAY)).when(recommend)
                    .expectException(breaks("contract.risk-avoidance.wrong-status", 409));
        }

        @Test
        void refusesWithoutSignalOrExplanation() {
            given(active()).when(new RecommendTerminationForRiskAvoidance(CONTRACT_ID, null, "x"))
                    .expectException(breaks("contract.risk-avoidance.signal-required", 422));
            given(active()).when(new RecommendTerminationForRiskAvoidance(CONTRACT_ID, "signal-1", ""))
                    .expectException(breaks("contract.risk-avoidance.explanation-required", 422));
        }
    }

    @Nested
    class AvoidedRisk {

        private final RecommendTerminationForAvoidedRisk recommend =
                new RecommendTerminationForAvoidedRisk(CONTRACT_ID, "risk-1", "Risk risk-1 is to be avoided: 终止外包");
        private final TerminationRecommended recommended = new TerminationRecommended(CONTRACT_ID,
                TerminationReason.RISK_AVOIDANCE, "Risk risk-1 is to be avoided: 终止外包", null, "risk-1");

        @Test
        void recommendsTerminationForRiskAvoidanceNamingTheRisk() {
            given(active()).when(recommend).expectEvents(recommended);
        }

        @Test
        void recommendsOncePerRiskAndAfterASignalsRecommendationStill() {
            given(with(active(), recommended)).when(recommend)
                    .expectException(breaks("contract.risk-avoidance.already-recommended", 409));
            given(with(active(), new TerminationRecommended(CONTRACT_ID, TerminationReason.RISK_AVOIDANCE, "信号",
                    "risk-1"))).when(recommend).expectEvents(recommended);
        }

        @Test
        void recommendsOnlyWhileTheContractRunsAndForANamedRiskWithAnExplanation() {
            given(approved()).when(recommend).expectException(breaks("contract.risk-avoidance.wrong-status", 409));
            given(active()).when(new RecommendTerminationForAvoidedRisk(CONTRACT_ID, " ", "x"))
                    .expectException(breaks("contract.risk-avoidance.risk-required", 422));
            given(active()).when(new RecommendTerminationForAvoidedRisk(CONTRACT_ID, "risk-1", null))
                    .expectException(breaks("contract.risk-avoidance.explanation-required", 422));
        }
    }
}
