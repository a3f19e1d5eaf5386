package com.outsourcingledger.command.project;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.NonCoreDeclaration;
import com.outsourcingledger.api.project.ProjectCommand.*;
import com.outsourcingledger.api.project.ProjectEvent.*;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.project.ProjectPeriod;
import com.outsourcingledger.api.project.ProjectRequest;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static com.outsourcingledger.api.project.ApprovalStep.*;
import static com.outsourcingledger.command.project.ProjectSamples.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class ProjectTest {

    private static final Map<String, Object> BUSINESS = actingAs("business", Department.BUSINESS);
    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZONE));
    }

    private TestExecutor<Project> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(events);
    }

    private static Map<String, Object> reviewerOf(ApprovalStep step) {
        return actingAs(reviewer(step), step.department());
    }

    /** Drafted and submitted by business, returned by the business head business2, who then revised it. */
    private static Object[] returnedAndRevisedByBusiness2() {
        return new Object[]{drafted(), submitted(1), reviewed(1, BUSINESS_HEAD, ReviewOpinion.RETURN, null),
                new ProjectRevised(PROJECT_ID, request(), "business2")};
    }

    private static ReviewProject approve(ApprovalStep step) {
        return new ReviewProject(PROJECT_ID, step, ReviewOpinion.APPROVE, "意见：APPROVE",
                step == HR_COMPLIANCE ? ShamOutsourcingRisk.LOW : null);
    }

    @Nested
    class DraftProjectCommand {

        @Test
        void draftsTheRequestRecordingItsDrafter() {
            fixture.givenNoPriorActivity()
                    .when(new DraftProject(PROJECT_ID, request()), BUSINESS)
                    .expectEvents(drafted());
        }

        static Stream<Arguments> incompleteForms() {
            ProjectRequest r = request();
            return Stream.of(
                    Arguments.of("project.request.name-required", (UnaryOperator<ProjectRequest>) x -> copy(x, " ", r.period(), r.riskReserve(), r.smartGoals(), r.nonCoreDeclaration())),
                    Arguments.of("project.request.invalid-period", (UnaryOperator<ProjectRequest>) x -> copy(x, r.name(),
                            new ProjectPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1)), r.riskReserve(), r.smartGoals(), r.nonCoreDeclaration())),
                    Arguments.of("project.request.invalid-risk-reserve", (UnaryOperator<ProjectRequest>) x -> copy(x, r.name(), r.period(),
                            Money.cny("2400000.01"), r.smartGoals(), r.nonCoreDeclaration())),
                    Arguments.of("project.request.invalid-risk-reserve", (UnaryOperator<ProjectRequest>) x -> copy(x, r.name(), r.period(),
                            null, r.smartGoals(), r.nonCoreDeclaration())),
                    Arguments.of("project.request.smart-goals-required", (UnaryOperator<ProjectRequest>) x -> copy(x, r.name(), r.period(),
                            r.riskReserve(), List.of(), r.nonCoreDeclaration())),
                    Arguments.of("project.request.non-core-declaration-required", (UnaryOperator<ProjectRequest>) x -> copy(x, r.name(), r.period(),
                            r.riskReserve(), r.smartGoals(), new NonCoreDeclaration(true, false, true, "核心技术"))),
                    Arguments.of("project.request.non-core-declaration-required", (UnaryOperator<ProjectRequest>) x -> copy(x, r.name(), r.period(),
                            r.riskReserve(), r.smartGoals(), null)));
        }

        private static ProjectRequest copy(ProjectRequest r, String name, ProjectPeriod period, Money reserve,
                                           List<String> goals, NonCoreDeclaration declaration) {
            return new ProjectRequest(name, r.background(), r.requestingDepartment(), r.projectLead(), r.category(),
                    r.scope(), r.deliverables(), r.preliminarySla(), period, r.estimatedHeadcount(), r.budget(),
                    r.fundingSource(), reserve, r.risks(), r.costBenefit(), goals, declaration);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("incompleteForms")
        void refusesAnIncompleteOrUnsoundForm(String rule, UnaryOperator<ProjectRequest> change) {
            fixture.givenNoPriorActivity()
                    .when(new DraftProject(PROJECT_ID, change.apply(request())), BUSINESS)
                    .expectException(breaks(rule, 422));
        }

        @Test
        void refusesAFormWithoutCostBenefitHeadcountBudgetOrCategory() {
            ProjectRequest r = request();
            ProjectRequest noCostBenefit = new ProjectRequest(r.name(), r.background(), r.requestingDepartment(),
                    r.projectLead(), r.category(), r.scope(), r.deliverables(), r.preliminarySla(), r.period(),
                    r.estimatedHeadcount(), r.budget(), r.fundingSource(), r.riskReserve(), r.risks(), null,
                    r.smartGoals(), r.nonCoreDeclaration());
            fixture.givenNoPriorActivity().when(new DraftProject(PROJECT_ID, noCostBenefit), BUSINESS)
                    .expectException(breaks("project.request.cost-benefit-required", 422));
            ProjectRequest noHeadcount = new ProjectRequest(r.name(), r.background(), r.requestingDepartment(),
                    r.projectLead(), r.category(), r.scope(), r.deliverables(), r.preliminarySla(), r.period(), 0,
                    r.budget(), r.fundingSource(), r.riskReserve(), r.risks(), r.costBenefit(), r.smartGoals(),
                    r.nonCoreDeclaration());
            fixture.givenNoPriorActivity().when(new DraftProject(PROJECT_ID, noHeadcount), BUSINESS)
                    .expectException(breaks("project.request.headcount-required", 422));
            ProjectRequest noBudget = new ProjectRequest(r.name(), r.background(), r.requestingDepartment(),
                    r.projectLead(), r.category(), r.scope(), r.deliverables(), r.preliminarySla(), r.period(),
                    r.estimatedHeadcount(), Money.cny("0"), r.fundingSource(), Money.cny("0"), r.risks(),
                    r.costBenefit(), r.smartGoals(), r.nonCoreDeclaration());
            fixture.givenNoPriorActivity().when(new DraftProject(PROJECT_ID, noBudget), BUSINESS)
                    .expectException(breaks("project.request.budget-required", 422));
            ProjectRequest noCategory = new ProjectRequest(r.name(), r.background(), r.requestingDepartment(),
                    r.projectLead(), null, r.scope(), r.deliverables(), r.preliminarySla(), r.period(),
                    r.estimatedHeadcount(), r.budget(), r.fundingSource(), r.riskReserve(), r.risks(),
                    r.costBenefit(), r.smartGoals(), r.nonCoreDeclaration());
            fixture.givenNoPriorActivity().when(new DraftProject(PROJECT_ID, noCategory), BUSINESS)
                    .expectException(breaks("project.request.category-required", 422));
        }
    }

    @Nested
    class ReviseProjectCommand {

        @Test
        void revisesADraft() {
            given(drafted())
                    .when(new ReviseProject(PROJECT_ID, request()), actingAs("business3", Department.BUSINESS))
                    .expectEvents(new ProjectRevised(PROJECT_ID, request(), "business3"));
        }

        @Test
        void refusesToReviseASubmittedRequest() {
            given(drafted(), submitted(1))
                    .when(new ReviseProject(PROJECT_ID, request()), BUSINESS)
                    .expectException(breaks("project.revision.not-draft", 409));
        }
    }

    @Nested
    class SubmitProjectCommand {

        @Test
        void submitsTheFirstRound() {
            given(drafted()).when(new SubmitProject(PROJECT_ID), BUSINESS).expectEvents(submitted(1));
        }

        @Test
        void resubmitsAReturnedRequestInANewRound() {
            given(drafted(), submitted(1), reviewed(1, BUSINESS_HEAD, ReviewOpinion.RETURN, null))
                    .when(new SubmitProject(PROJECT_ID), BUSINESS)
                    .expectEvents(submitted(2));
        }

        @Test
        void refusesASubmissionByAnyoneButWhoeverLastWroteTheRequest() {
            given(returnedAndRevisedByBusiness2())
                    .when(new SubmitProject(PROJECT_ID), BUSINESS)
                    .expectException(breaks("project.submission.not-last-editor", 403));
            given(drafted(), new ProjectRevised(PROJECT_ID, request(), "business2"))
                    .when(new SubmitProject(PROJECT_ID), BUSINESS)
                    .expectException(breaks("project.submission.not-last-editor", 403));
            given(returnedAndRevisedByBusiness2())
                    .when(new SubmitProject(PROJECT_ID), actingAs("business2", Department.BUSINESS))
                    .expectEvents(new ProjectSubmitted(PROJECT_ID, "business2", TODAY, 2));
        }

        @Test
        void refusesToSubmitTwice() {
            given(drafted(), submitted(1)).when(new SubmitProject(PROJECT_ID), BUSINESS)
                    .expectException(breaks("project.submission.not-draft", 409));
        }
    }

    @Nested
    class ReviewProjectCommand {

        @Test
        void recordsEachStepInOrderAndEstablishesOnTheFinalApproval() {
            given(submittedAndApprovedUpTo(LEGAL_RISK))
                    .when(approve(MANAGEMENT_FINAL), reviewerOf(MANAGEMENT_FINAL))
                    .expectEvents(approved(MANAGEMENT_FINAL), new ProjectEstablished(PROJECT_ID, TODAY));
        }

        @Test
        void recordsTheHrReviewWithItsRiskAssessment() {
            given(submittedAndApprovedUpTo(BUSINESS_HEAD))
                    .when(approve(HR_COMPLIANCE), reviewerOf(HR_COMPLIANCE))
                    .expectEvents(approved(HR_COMPLIANCE));
        }

        @Test
        void refusesAStepOutOfOrder() {
            given(submittedAndApprovedUpTo(BUSINESS_HEAD))
                    .when(approve(FINANCE_BUDGET), reviewerOf(FINANCE_BUDGET))
                    .expectException(breaks("project.review.out-of-order", 409));
        }

        @Test
        void refusesAReviewByAnotherDepartment() {
            given(submittedAndApprovedUpTo(BUSINESS_HEAD))
                    .when(approve(HR_COMPLIANCE), actingAs("legal2", Department.LEGAL))
                    .expectException(breaks("project.review.wrong-department", 403));
        }

        @Test
        void refusesAReviewByAVendorUserWhoHasNoDepartment() {
            given(submittedAndApprovedUpTo(BUSINESS_HEAD))
                    .when(approve(HR_COMPLIANCE), java.util.Map.of(com.outsourcingledger.api.wire.MetadataKeys.USER,
                            "portal-user", com.outsourcingledger.api.wire.MetadataKeys.VENDOR, "vendor-1"))
                    .expectException(breaks("project.review.wrong-department", 403));
        }

        @Test
        void refusesAReviewByTheDrafterOrSubmitter() {
            given(drafted(), submitted(1))
                    .when(approve(BUSINESS_HEAD), BUSINESS)
                    .expectException(breaks("project.review.own-request", 403));
            given(drafted(), new ProjectSubmitted(PROJECT_ID, "business2", TODAY, 1))
                    .when(approve(BUSINESS_HEAD), actingAs("business2", Department.BUSINESS))
                    .expectException(breaks("project.review.own-request", 403));
        }

        @Test
        void letsTheFirstRoundsAuthorReviewARoundAnotherUserRevisedAndSubmitted() {
            given(with(returnedAndRevisedByBusiness2(), new ProjectSubmitted(PROJECT_ID, "business2", TODAY, 2)))
                    .when(approve(BUSINESS_HEAD), BUSINESS)
                    .expectEvents(new ProjectReviewed(PROJECT_ID, 2, BUSINESS_HEAD, ReviewOpinion.APPROVE,
                            "意见：APPROVE", null, "business", Department.BUSINESS, TODAY));
            given(with(returnedAndRevisedByBusiness2(), new ProjectSubmitted(PROJECT_ID, "business2", TODAY, 2)))
                    .when(approve(BUSINESS_HEAD), actingAs("business2", Department.BUSINESS))
                    .expectException(breaks("project.review.own-request", 403));
        }

        @Test
        void refusesAnHrApprovalWithHighShamOutsourcingRisk() {
            given(submittedAndApprovedUpTo(BUSINESS_HEAD))
                    .when(new ReviewProject(PROJECT_ID, HR_COMPLIANCE, ReviewOpinion.APPROVE, "实为派遣",
                            ShamOutsourcingRisk.HIGH), reviewerOf(HR_COMPLIANCE))
                    .expectException(breaks("project.review.high-sham-outsourcing-risk", 422));
        }

        @Test
        void rejectsOnHighShamOutsourcingRiskTerminally() {
            ProjectReviewed rejected = reviewed(1, HR_COMPLIANCE, ReviewOpinion.REJECT, ShamOutsourcingRisk.HIGH);
            given(submittedAndApprovedUpTo(BUSINESS_HEAD))
                    .when(new ReviewProject(PROJECT_ID, HR_COMPLIANCE, ReviewOpinion.REJECT, "意见：REJECT",
                            ShamOutsourcingRisk.HIGH), reviewerOf(HR_COMPLIANCE))
                    .expectEvents(rejected);
            given(with(submittedAndApprovedUpTo(BUSINESS_HEAD), rejected))
                    .when(new SubmitProject(PROJECT_ID), BUSINESS)
                    .expectException(breaks("project.submission.not-draft", 409));
        }

        @Test
        void refusesAnHrReviewWithoutRiskAssessmentAndAnyOtherReviewWithOne() {
            given(submittedAndApprovedUpTo(BUSINESS_HEAD))
                    .when(new ReviewProject(PROJECT_ID, HR_COMPLIANCE, ReviewOpinion.APPROVE, "合规", null),
                            reviewerOf(HR_COMPLIANCE))
                    .expectException(breaks("project.review.risk-assessment-required", 422));
            given(drafted(), submitted(1))
                    .when(new ReviewProject(PROJECT_ID, BUSINESS_HEAD, ReviewOpinion.APPROVE, "同意",
                            ShamOutsourcingRisk.LOW), reviewerOf(BUSINESS_HEAD))
                    .expectException(breaks("project.review.risk-assessment-not-applicable", 422));
        }

        @Test
        void refusesAReviewWithoutComment() {
            given(drafted(), submitted(1))
                    .when(new ReviewProject(PROJECT_ID, BUSINESS_HEAD, ReviewOpinion.APPROVE, " ", null),
                            reviewerOf(BUSINESS_HEAD))
                    .expectException(breaks("project.review.comment-required", 422));
        }

        @Test
        void refusesAReviewWithoutStepOrOpinion() {
            given(drafted(), submitted(1))
                    .when(new ReviewProject(PROJECT_ID, BUSINESS_HEAD, null, "同意", null), reviewerOf(BUSINESS_HEAD))
                    .expectException(breaks("project.review.step-and-opinion-required", 422));
        }

        @Test
        void refusesAReviewOfADraft() {
            given(drafted())
                    .when(approve(BUSINESS_HEAD), reviewerOf(BUSINESS_HEAD))
                    .expectException(breaks("project.review.not-submitted", 409));
        }

        @Test
        void aReturnSendsTheRequestBackToDraftAndTheChainRestartsFromTheBusinessHead() {
            Object[] returned = with(submittedAndApprovedUpTo(FINANCE_BUDGET),
                    reviewed(1, LEGAL_RISK, ReviewOpinion.RETURN, null));
            given(returned)
                    .when(new ReviseProject(PROJECT_ID, request()), BUSINESS)
                    .expectEvents(new ProjectRevised(PROJECT_ID, request(), "business"));
            given(with(returned, submitted(2)))
                    .when(approve(LEGAL_RISK), reviewerOf(LEGAL_RISK))
                    .expectException(breaks("project.review.out-of-order", 409));
            given(with(returned, submitted(2)))
                    .when(approve(BUSINESS_HEAD), reviewerOf(BUSINESS_HEAD))
                    .expectEvents(reviewed(2, BUSINESS_HEAD, ReviewOpinion.APPROVE, null));
        }
    }

    @Nested
    class CancelProjectCommand {

        @Test
        void cancelsBeforeContracting() {
            given(established())
                    .when(new CancelProject(PROJECT_ID, "业务调整"), BUSINESS)
                    .expectEvents(new ProjectCancelled(PROJECT_ID, "业务调整", TODAY, null));
        }

        @Test
        void aCancellationInSourcingNamesTheRoundUnderWay() {
            given(with(established(), new ProjectSourcingStarted(PROJECT_ID, SOURCING_ID)))
                    .when(new CancelProject(PROJECT_ID, "业务调整"), BUSINESS)
                    .expectEvents(new ProjectCancelled(PROJECT_ID, "业务调整", TODAY, SOURCING_ID));
        }

        @Test
        void refusesToCancelAContractedProject() {
            given(with(established(), new ProjectSourcingStarted(PROJECT_ID, SOURCING_ID),
                    new ProjectAwarded(PROJECT_ID, SOURCING_ID, "vendor-1", TODAY),
                    new ProjectContracted(PROJECT_ID, "contract-1", TODAY)))
                    .when(new CancelProject(PROJECT_ID, "业务调整"), BUSINESS)
                    .expectException(breaks("project.cancellation.not-cancellable", 409));
        }

        @Test
        void refusesACancellationWithoutReason() {
            given(drafted()).when(new CancelProject(PROJECT_ID, ""), BUSINESS)
                    .expectException(breaks("project.cancellation.reason-required", 422));
        }
    }

    @Nested
    class SourcingAwardAndContractCommands {

        private final Object[] sourcing = with(established(), new ProjectSourcingStarted(PROJECT_ID, SOURCING_ID));
        private final Object[] awarded = with(sourcing, new ProjectAwarded(PROJECT_ID, SOURCING_ID, "vendor-1", TODAY));

        @Test
        void startsSourcingOnlyOnAnEstablishedProject() {
            given(established()).when(new StartProjectSourcing(PROJECT_ID, SOURCING_ID))
                    .expectEvents(new ProjectSourcingStarted(PROJECT_ID, SOURCING_ID));
            given(drafted(), submitted(1)).when(new StartProjectSourcing(PROJECT_ID, SOURCING_ID))
                    .expectException(breaks("project.sourcing.not-established", 409));
        }

        @Test
        void aRedeliveredStartOrAwardChangesNothing() {
            given(sourcing).when(new StartProjectSourcing(PROJECT_ID, SOURCING_ID)).expectNoEvents();
            given(awarded).when(new AwardProject(PROJECT_ID, SOURCING_ID, "vendor-1")).expectNoEvents();
        }

        @Test
        void awardsTheProjectFromItsOwnSourcing() {
            given(sourcing).when(new AwardProject(PROJECT_ID, SOURCING_ID, "vendor-1"))
                    .expectEvents(new ProjectAwarded(PROJECT_ID, SOURCING_ID, "vendor-1", TODAY));
            given(sourcing).when(new AwardProject(PROJECT_ID, "sourcing-9", "vendor-1"))
                    .expectException(breaks("project.award.other-sourcing", 409));
            given(established()).when(new AwardProject(PROJECT_ID, SOURCING_ID, "vendor-1"))
                    .expectException(breaks("project.award.not-sourcing", 409));
        }

        @Test
        void aCancelledRoundMakesTheProjectEstablishedForANewRound() {
            Object[] cancelled = with(sourcing, new ProjectSourcingCancelled(PROJECT_ID, SOURCING_ID, "流标", TODAY,
                    ProjectStatus.ESTABLISHED));
            given(sourcing).when(new CancelProjectSourcing(PROJECT_ID, SOURCING_ID, "流标"))
                    .expectEvents(new ProjectSourcingCancelled(PROJECT_ID, SOURCING_ID, "流标", TODAY,
                            ProjectStatus.ESTABLISHED));
            given(cancelled).when(new StartProjectSourcing(PROJECT_ID, "sourcing-2"))
                    .expectEvents(new ProjectSourcingStarted(PROJECT_ID, "sourcing-2"));
            given(cancelled).when(new AwardProject(PROJECT_ID, SOURCING_ID, "vendor-1"))
                    .expectException(breaks("project.award.not-sourcing", 409));
            given(with(cancelled, new ProjectSourcingStarted(PROJECT_ID, "sourcing-2")))
                    .when(new AwardProject(PROJECT_ID, SOURCING_ID, "vendor-1"))
                    .expectException(breaks("project.award.other-sourcing", 409));
        }

        @Test
        void aRetenderOpensANewRoundWhileTheProjectRunsAndACancelledRetenderRoundReturnsToIt() {
            Object[] active = with(awarded, new ProjectContracted(PROJECT_ID, "contract-1", TODAY),
                    new ProjectActivated(PROJECT_ID, "contract-1", TODAY));
            given(active).when(new StartProjectSourcing(PROJECT_ID, "sourcing-2"))
                    .expectException(breaks("project.sourcing.not-established", 409));
            given(active).when(new OpenProjectRetender(PROJECT_ID, "contract-1"))
                    .expectEvents(new ProjectRetenderOpened(PROJECT_ID, "contract-1", TODAY));
            Object[] retender = with(active, new ProjectRetenderOpened(PROJECT_ID, "contract-1", TODAY));
            given(retender).when(new OpenProjectRetender(PROJECT_ID, "contract-1")).expectNoEvents();
            given(retender).when(new StartProjectSourcing(PROJECT_ID, "sourcing-2"))
                    .expectEvents(new ProjectSourcingStarted(PROJECT_ID, "sourcing-2"));
            Object[] round = with(retender, new ProjectSourcingStarted(PROJECT_ID, "sourcing-2"));
            given(round).when(new CancelProjectSourcing(PROJECT_ID, "sourcing-2", "流标"))
                    .expectEvents(new ProjectSourcingCancelled(PROJECT_ID, "sourcing-2", "流标", TODAY,
                            ProjectStatus.ACTIVE));
            given(round).when(new CancelProject(PROJECT_ID, "业务调整"), BUSINESS)
                    .expectException(breaks("project.cancellation.not-cancellable", 409));
            given(round).when(new AwardProject(PROJECT_ID, "sourcing-2", "vendor-2"))
                    .expectEvents(new ProjectAwarded(PROJECT_ID, "sourcing-2", "vendor-2", TODAY));
            given(awarded).when(new OpenProjectRetender(PROJECT_ID, "contract-1"))
                    .expectException(breaks("project.retender.not-contracted", 409));
        }

        @Test
        void refusesToCancelARoundThatIsNotTheCurrentOne() {
            given(sourcing).when(new CancelProjectSourcing(PROJECT_ID, "sourcing-9", "流标"))
                    .expectException(breaks("project.sourcing-cancellation.other-sourcing", 409));
            given(awarded).when(new CancelProjectSourcing(PROJECT_ID, SOURCING_ID, "流标"))
                    .expectException(breaks("project.sourcing-cancellation.not-sourcing", 409));
        }

        @Test
        void movesThroughContractedActiveAndClosedInOrder() {
            given(awarded).when(new MarkProjectContracted(PROJECT_ID, "contract-1"))
                    .expectEvents(new ProjectContracted(PROJECT_ID, "contract-1", TODAY));
            given(with(awarded, new ProjectContracted(PROJECT_ID, "contract-1", TODAY)))
                    .when(new MarkProjectActive(PROJECT_ID, "contract-1"))
                    .expectEvents(new ProjectActivated(PROJECT_ID, "contract-1", TODAY));
            given(with(awarded, new ProjectContracted(PROJECT_ID, "contract-1", TODAY),
                    new ProjectActivated(PROJECT_ID, "contract-1", TODAY)))
                    .when(new CloseProject(PROJECT_ID))
                    .expectEvents(new ProjectClosed(PROJECT_ID, TODAY));
        }

        @Test
        void refusesToSkipAStage() {
            given(sourcing).when(new MarkProjectContracted(PROJECT_ID, "contract-1"))
                    .expectException(breaks("project.contracting.not-awarded", 409));
            given(awarded).when(new MarkProjectActive(PROJECT_ID, "contract-1"))
                    .expectException(breaks("project.activation.not-contracted", 409));
            given(awarded).when(new CloseProject(PROJECT_ID))
                    .expectException(breaks("project.closure.not-contracted", 409));
        }

        @Test
        void closesFromContractedWhenItsOnlyContractEndedBeforeItsServiceStarted() {
            given(with(awarded, new ProjectContracted(PROJECT_ID, "contract-1", TODAY)))
                    .when(new CloseProject(PROJECT_ID))
                    .expectEvents(new ProjectClosed(PROJECT_ID, TODAY));
        }
    }
}
