package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.Clause;
import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.api.contract.ContractCommand.*;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvaluationCadence;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.command.contract.ContractDeadlines.ActivationDue;
import com.outsourcingledger.command.contract.ContractDeadlines.ExpiryApproachingDue;
import com.outsourcingledger.command.contract.ContractDeadlines.ExpiryDue;
import com.outsourcingledger.command.contract.ContractDeadlines.SlaReviewDeadline;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static com.outsourcingledger.command.contract.ContractSamples.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class ContractReviewAndSigningTest extends ContractFixture {

    @Nested
    class DraftContractCommand {

        @Test
        void draftsAContractForTheVendor() {
            fixture.givenNoPriorActivity().when(draft()).expectEvents(drafted());
        }

        @Test
        void recordsMonthlySettlementAndA60DayForceMajeureThresholdWhenTheDraftIsSilent() {
            ContractContent silent = new ContractContent(content().client(), content().vendor(), content().scope(),
                    null, null, content().feeModel(), content().amount(), content().paymentMethod(), null, null, null);
            ContractContent defaulted = new ContractContent(silent.client(), silent.vendor(), silent.scope(), List.of(),
                    null, silent.feeModel(), silent.amount(), silent.paymentMethod(),
                    com.outsourcingledger.api.contract.SettlementCycle.MONTHLY, List.of(), 60);
            fixture.givenNoPriorActivity()
                    .when(new DraftContract(CONTRACT_ID, null, VENDOR_ID, "合同", TERM, silent))
                    .expectEvents(new ContractDrafted(CONTRACT_ID, null, VENDOR_ID, "合同", TERM, defaulted));
        }

        @Test
        void recordsTheEvaluationCadenceAndBonusItStates() {
            ContractContent evaluated = contentEvaluated(ContractEvaluationCadence.MONTHLY, "5.00");
            fixture.givenNoPriorActivity()
                    .when(new DraftContract(CONTRACT_ID, PROJECT_ID, VENDOR_ID, "合同", TERM, evaluated))
                    .expectEvents(new ContractDrafted(CONTRACT_ID, PROJECT_ID, VENDOR_ID, "合同", TERM, evaluated));
        }

        @Test
        void refusesANegativeOrAbsurdBonusWhenDraftingRevisingOrAmending() {
            for (String bonus : List.of("-0.01", "100.01", "1.005")) {
                ContractContent content = contentEvaluated(ContractEvaluationCadence.QUARTERLY, bonus);
                fixture.givenNoPriorActivity()
                        .when(new DraftContract(CONTRACT_ID, PROJECT_ID, VENDOR_ID, "合同", TERM, content))
                        .expectException(breaks("contract.drafting.invalid-bonus", 422));
                given(drafted()).when(new ReviseContractDraft(CONTRACT_ID, "合同", TERM, content))
                        .expectException(breaks("contract.revision.invalid-bonus", 422));
                given(active()).when(new com.outsourcingledger.api.contract.ContractCommand.ProposeAmendment(
                                CONTRACT_ID, "amendment-1", "调整奖励", content, null))
                        .expectException(breaks("contract.amendment.invalid-bonus", 422));
            }
        }

        @Test
        void refusesAVendorThatIsBlacklisted() {
            standings.set(VENDOR_ID, VendorStatus.BLACKLISTED);
            fixture.givenNoPriorActivity().when(draft())
                    .expectException(breaks("contract.drafting.vendor-barred", 409));
        }

        @Test
        void refusesAVendorThatWasNeverRegistered() {
            standings.forget(VENDOR_ID);
            fixture.givenNoPriorActivity().when(draft())
                    .expectException(breaks("contract.drafting.unknown-vendor", 422));
        }

        @Test
        void refusesAProjectThatIsUnknownOrNotYetAwarded() {
            fixture.givenNoPriorActivity()
                    .when(new DraftContract(CONTRACT_ID, "project-9", VENDOR_ID, "合同", TERM, content()))
                    .expectException(breaks("contract.drafting.unknown-project", 422));
            for (ProjectStatus status : List.of(ProjectStatus.SOURCING, ProjectStatus.CANCELLED, ProjectStatus.CLOSED)) {
                projects.set(PROJECT_ID, status);
                fixture.givenNoPriorActivity().when(draft())
                        .expectException(breaks("contract.drafting.project-not-awarded", 409));
            }
            projects.set(PROJECT_ID, ProjectStatus.ACTIVE);
            fixture.givenNoPriorActivity().when(draft()).expectEvents(drafted());
        }

        @Test
        void refusesAContractWithoutAPositiveFee() {
            ContractContent free = new ContractContent(content().client(), content().vendor(), content().scope(),
                    null, null, content().feeModel(), com.outsourcingledger.api.money.Money.cny("0.00"),
                    content().paymentMethod(), null, null, null);
            fixture.givenNoPriorActivity()
                    .when(new DraftContract(CONTRACT_ID, null, VENDOR_ID, "合同", TERM, free))
                    .expectException(breaks("contract.drafting.fee-required", 422));
        }

        @Test
        void refusesAContractWithoutTerm() {
            fixture.givenNoPriorActivity()
                    .when(new DraftContract(CONTRACT_ID, null, VENDOR_ID, "合同", null, content()))
                    .expectException(breaks("contract.drafting.term-required", 422));
        }
    }

    @Nested
    class WithdrawContractDraftCommand {

        @Test
        void withdrawsADraftOrAnUnsignedContractWithItsReason() {
            given(drafted()).when(new WithdrawContractDraft(CONTRACT_ID, "项目取消"))
                    .expectEvents(new ContractDraftWithdrawn(CONTRACT_ID, "项目取消", ContractStatus.DRAFTING, TODAY));
            given(inReview()).when(new WithdrawContractDraft(CONTRACT_ID, "项目取消"))
                    .expectEvents(new ContractDraftWithdrawn(CONTRACT_ID, "项目取消", ContractStatus.IN_REVIEW, TODAY));
        }

        @Test
        void refusesToWithdrawASignedContract() {
            given(active()).when(new WithdrawContractDraft(CONTRACT_ID, "项目取消"))
                    .expectException(breaks("contract.withdrawal.wrong-status", 409));
        }

        @Test
        void refusesWithoutReasonAndOnceWithdrawn() {
            given(drafted()).when(new WithdrawContractDraft(CONTRACT_ID, " "))
                    .expectException(breaks("contract.withdrawal.reason-required", 422));
            given(drafted(), new ContractDraftWithdrawn(CONTRACT_ID, "项目取消", ContractStatus.DRAFTING, TODAY))
                    .when(new WithdrawContractDraft(CONTRACT_ID, "项目取消"))
                    .expectException(breaks("contract.withdrawal.wrong-status", 409));
            given(drafted(), new ContractDraftWithdrawn(CONTRACT_ID, "项目取消", ContractStatus.DRAFTING, TODAY))
                    .when(new ReviseContractDraft(CONTRACT_ID, "新标题", TERM, content()))
                    .expectException(breaks("contract.revision.wrong-status", 409));
        }
    }

    @Nested
    class ReviseAndDefineSla {

        @Test
        void revisesADraft() {
            Term longer = new Term(TERM.start(), TERM.end().plusYears(1));
            given(drafted()).when(new ReviseContractDraft(CONTRACT_ID, "新标题", longer, content()))
                    .expectEvents(new ContractDraftRevised(CONTRACT_ID, "新标题", longer, content()));
        }

        @Test
        void refusesRevisionOnceInReview() {
            given(inReview()).when(new ReviseContractDraft(CONTRACT_ID, "新标题", TERM, content()))
                    .expectException(breaks("contract.revision.wrong-status", 409));
        }

        @Test
        void definesAnSla() {
            given(drafted()).when(new DefineSla(CONTRACT_ID, quality()))
                    .expectEvents(new SlaDefined(CONTRACT_ID, quality()));
        }

        @Test
        void refusesAnSlaWithoutDataSource() {
            SlaMetric q = quality();
            given(drafted()).when(new DefineSla(CONTRACT_ID, new SlaMetric(q.metricId(), q.name(), q.unit(), q.target(),
                            q.direction(), q.period(), " ", q.collectionOwner(), q.penaltyPercent(), q.penaltyCapPerPeriod())))
                    .expectException(breaks("contract.sla.not-measurable", 422));
        }

        @Test
        void refusesAPenaltyAboveAHundredPercent() {
            SlaMetric q = quality();
            given(drafted()).when(new DefineSla(CONTRACT_ID, new SlaMetric(q.metricId(), q.name(), q.unit(), q.target(),
                            q.direction(), q.period(), q.dataSource(), q.collectionOwner(), new java.math.BigDecimal("101"),
                            q.penaltyCapPerPeriod())))
                    .expectException(breaks("contract.sla.invalid-penalty", 422));
        }

        @Test
        void refusesTheSameMetricTwice() {
            given(drafting()).when(new DefineSla(CONTRACT_ID, quality()))
                    .expectException(breaks("contract.sla.already-defined", 409));
        }

        @Test
        void removesAnSla() {
            given(drafting()).when(new RemoveSla(CONTRACT_ID, QUALITY)).expectEvents(new SlaRemoved(CONTRACT_ID, QUALITY));
        }

        @Test
        void refusesRemovingAnSlaOnceInReview() {
            given(inReview()).when(new RemoveSla(CONTRACT_ID, QUALITY))
                    .expectException(breaks("contract.sla.wrong-status", 409));
        }

        @Test
        void refusesAnSlaCapInAnotherCurrencyThanTheContract() {
            SlaMetric q = quality();
            given(drafted()).when(new DefineSla(CONTRACT_ID, new SlaMetric(q.metricId(), q.name(), q.unit(), q.target(),
                            q.direction(), q.period(), q.dataSource(), q.collectionOwner(), q.penaltyPercent(),
                            new com.outsourcingledger.api.money.Money(new java.math.BigDecimal("200.00"), "USD"))))
                    .expectException(breaks("contract.sla.currency-mismatch", 422));
        }

        @Test
        void refusesARevisionIntoAnotherCurrencyThanItsSlaCaps() {
            given(drafting()).when(new ReviseContractDraft(CONTRACT_ID, "新标题", TERM, contentIn("USD")))
                    .expectException(breaks("contract.revision.currency-mismatch", 422));
        }

        @Test
        void revisesTheCurrencyOfADraftWithoutSlas() {
            given(drafted()).when(new ReviseContractDraft(CONTRACT_ID, "新标题", TERM, contentIn("USD")))
                    .expectEvents(new ContractDraftRevised(CONTRACT_ID, "新标题", TERM, contentIn("USD")));
        }
    }

    @Nested
    class SubmitForCoReview {

        @Test
        void submitsACompleteDraft() {
            given(drafting()).when(new SubmitContractForCoReview(CONTRACT_ID))
                    .expectEvents(new ContractSubmittedForCoReview(CONTRACT_ID, 1));
        }

        @Test
        void refusesWhileACoreClauseCategoryIsMissing() {
            List<Clause> nine = Arrays.stream(ClauseCategory.values()).filter(c -> c != ClauseCategory.FORCE_MAJEURE)
                    .map(c -> new Clause(c, "条款")).toList();
            given(drafting()).andGiven(new ContractDraftRevised(CONTRACT_ID, "合同", TERM, content(nine)))
                    .when(new SubmitContractForCoReview(CONTRACT_ID))
                    .expectException(breaks("contract.submission.clauses-missing", 422));
        }

        @Test
        void refusesABlankClauseAsMissing() {
            List<Clause> blank = Arrays.stream(ClauseCategory.values())
                    .map(c -> new Clause(c, c == ClauseCategory.TERM ? " " : "条款")).toList();
            given(drafting()).andGiven(new ContractDraftRevised(CONTRACT_ID, "合同", TERM, content(blank)))
                    .when(new SubmitContractForCoReview(CONTRACT_ID))
                    .expectException(breaks("contract.submission.clauses-missing", 422));
        }

        @Test
        void refusesWhileNoSlaIsDefined() {
            given(drafted()).when(new SubmitContractForCoReview(CONTRACT_ID))
                    .expectException(breaks("contract.submission.sla-missing", 422));
        }
    }

    @Nested
    class RecordCoReviewOpinionCommand {

        private final RecordCoReviewOpinion approve = new RecordCoReviewOpinion(CONTRACT_ID, ReviewOpinion.APPROVE, "同意");

        @Test
        void recordsTheOpinionOfTheReviewersDepartment() {
            when(given(inReview()), approve, actingAs(Department.LEGAL))
                    .expectEvents(opinion(Department.LEGAL));
        }

        @Test
        void approvesTheContractWithTheFourthApproval() {
            when(given(with(inReview(), opinion(Department.LEGAL), opinion(Department.HR), opinion(Department.FINANCE))),
                    approve, actingAs("business2", Department.BUSINESS))
                    .expectEvents(opinion(Department.BUSINESS), new ContractApproved(CONTRACT_ID, 1));
        }

        @Test
        void returnsTheContractToDraftingOnARejectionKeepingTheReasons() {
            when(given(with(inReview(), opinion(Department.LEGAL))),
                    new RecordCoReviewOpinion(CONTRACT_ID, ReviewOpinion.REJECT, "违约责任条款不完整"),
                    actingAs(Department.FINANCE))
                    .expectEvents(new CoReviewOpinionRecorded(CONTRACT_ID, Department.FINANCE, ReviewOpinion.REJECT,
                                    "违约责任条款不完整"),
                            new ContractReturnedToDrafting(CONTRACT_ID, Department.FINANCE, "违约责任条款不完整"));
        }

        @Test
        void startsAFreshRoundAfterAReturn() {
            when(given(with(inReview(), opinion(Department.LEGAL),
                            new ContractReturnedToDrafting(CONTRACT_ID, Department.HR, "用工条款"),
                            new ContractSubmittedForCoReview(CONTRACT_ID, 1))),
                    approve, actingAs(Department.LEGAL))
                    .expectEvents(opinion(Department.LEGAL));
        }

        @Test
        void refusesARejectionWithoutReasons() {
            when(given(inReview()), new RecordCoReviewOpinion(CONTRACT_ID, ReviewOpinion.REJECT, " "),
                    actingAs(Department.HR))
                    .expectException(breaks("contract.co-review.reasons-required", 422));
        }

        @Test
        void refusesADepartmentThatIsNotACoReviewer() {
            when(given(inReview()), approve, actingAs(Department.PROCUREMENT))
                    .expectException(breaks("contract.co-review.wrong-department", 403));
        }

        @Test
        void refusesAVendorUserWhoHasNoDepartment() {
            when(given(inReview()), approve, actingForVendor(VENDOR_ID))
                    .expectException(breaks("contract.co-review.wrong-department", 403));
        }

        @Test
        void refusesTheDrafterReviewingTheirOwnDraft() {
            when(fixture.givenCurrentTime(NOW).andGiven(by("business", drafted()), new SlaDefined(CONTRACT_ID, quality()),
                            new ContractSubmittedForCoReview(CONTRACT_ID, 1)),
                    approve, actingAs("business", Department.BUSINESS))
                    .expectException(breaks("contract.co-review.own-draft", 403));
        }

        @Test
        void refusesTheSubmitterReviewingWhatTheySubmitted() {
            when(fixture.givenCurrentTime(NOW).andGiven(by("business", drafted()), new SlaDefined(CONTRACT_ID, quality()),
                            by("business-lead", new ContractSubmittedForCoReview(CONTRACT_ID, 1))),
                    approve, actingAs("business-lead", Department.BUSINESS))
                    .expectException(breaks("contract.co-review.own-draft", 403));
        }

        @Test
        void refusesTheUserWhoRemovedAnSlaReviewing() {
            when(fixture.givenCurrentTime(NOW).andGiven(by("business", drafted()), new SlaDefined(CONTRACT_ID, quality()),
                            new SlaDefined(CONTRACT_ID, response()), by("legal", new SlaRemoved(CONTRACT_ID, RESPONSE)),
                            new ContractSubmittedForCoReview(CONTRACT_ID, 1)),
                    approve, actingAs("legal", Department.LEGAL))
                    .expectException(breaks("contract.co-review.own-draft", 403));
        }

        @Test
        void refusesASecondOpinionOfTheSameDepartment() {
            when(given(with(inReview(), opinion(Department.HR))), approve, actingAs("hr2", Department.HR))
                    .expectException(breaks("contract.co-review.already-given", 409));
        }

        @Test
        void refusesAnOpinionOnADraft() {
            when(given(drafting()), approve, actingAs(Department.LEGAL))
                    .expectException(breaks("contract.co-review.not-in-review", 409));
        }
    }

    @Nested
    class SignContractCommand {

        @Test
        void signsAndActivatesAContractWhoseTermHasStartedAndSchedulesItsDeadlines() {
            given(approved()).when(new SignContract(CONTRACT_ID))
                    .expectEvents(new ContractSigned(CONTRACT_ID, TODAY, 1),
                            new ContractActivated(CONTRACT_ID, TODAY, TODAY.plusMonths(6), 6))
                    .expectScheduledDeadline(startOf(TODAY.plusMonths(6)), new SlaReviewDeadline(TODAY.plusMonths(6)))
                    .expectScheduledDeadline(startOf(TERM.end().minusMonths(3)), new ExpiryApproachingDue(TERM.end(), 3))
                    .expectScheduledDeadline(startOf(TERM.end().plusDays(1)), new ExpiryDue(TERM.end()));
        }

        @Test
        void signsAContractWhoseTermStartsLaterAndActivatesItAtTheStart() {
            Term later = new Term(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
            given(approved(later)).andGivenCommands(new SignContract(CONTRACT_ID))
                    .whenTimeAdvancesTo(startOf(later.start()))
                    .expectTriggeredDeadlines(new ActivationDue(later.start()))
                    .expectEvents(new ContractActivated(CONTRACT_ID, later.start(), later.start().plusMonths(6), 6));
        }

        @Test
        void leavesAContractSignedBeforeItsStartSigned() {
            Term later = new Term(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
            given(approved(later)).when(new SignContract(CONTRACT_ID))
                    .expectEvents(new ContractSigned(CONTRACT_ID, TODAY, 1))
                    .expectScheduledDeadline(startOf(later.start()), new ActivationDue(later.start()));
        }

        @Test
        void refusesSigningWithoutAnNda() {
            Object[] noNda = Arrays.copyOf(approved(), approved().length - 1);
            given(noNda).when(new SignContract(CONTRACT_ID))
                    .expectException(breaks("contract.signing.nda-missing", 422));
        }

        @Test
        void refusesSigningWhenTheVendorIsSuspended() {
            standings.set(VENDOR_ID, VendorStatus.SUSPENDED);
            given(approved()).when(new SignContract(CONTRACT_ID))
                    .expectException(breaks("contract.signing.vendor-not-admitted", 409));
        }

        @Test
        void refusesSigningWhenTheVendorIsUnknownYet() {
            standings.forget(VENDOR_ID);
            given(approved()).when(new SignContract(CONTRACT_ID))
                    .expectException(breaks("contract.signing.vendor-not-admitted", 409));
        }

        @Test
        void refusesSigningAFlaggedContract() {
            given(with(approved(), new ContractFlagged(CONTRACT_ID, VENDOR_ID, "供应商暂停")))
                    .when(new SignContract(CONTRACT_ID))
                    .expectException(breaks("contract.signing.flagged", 409));
        }

        @Test
        void refusesSigningBeforeApproval() {
            given(inReview()).when(new SignContract(CONTRACT_ID))
                    .expectException(breaks("contract.signing.wrong-status", 409));
        }

        @Test
        void recordsAnNdaBeforeSigning() {
            given(inReview()).when(new RecordNda(CONTRACT_ID, "NDA-9", TODAY))
                    .expectEvents(new NdaRecorded(CONTRACT_ID, "NDA-9", TODAY));
        }

        @Test
        void refusesAnNdaWithoutReference() {
            given(inReview()).when(new RecordNda(CONTRACT_ID, "", TODAY))
                    .expectException(breaks("contract.nda.reference-required", 422));
        }
    }
}
