package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.*;
import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.RenewalDecision;
import com.outsourcingledger.api.contract.SlaDirection;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.SuspensionGround;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.command.contract.ContractDeadlines.ExpiryApproachingDue;
import com.outsourcingledger.command.contract.ContractDeadlines.ExpiryDue;
import com.outsourcingledger.command.contract.ContractDeadlines.SlaReviewDeadline;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.outsourcingledger.command.contract.ContractSamples.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class ContractChangeAndEndTest extends ContractFixture {

    @Nested
    class Amendment {

        private final AmendmentProposed proposed = new AmendmentProposed(CONTRACT_ID, "amendment-1", "增加夜班服务", null, null);
        private final RecordAmendmentApproval approve =
                new RecordAmendmentApproval(CONTRACT_ID, "amendment-1", ReviewOpinion.APPROVE, "同意");

        @Test
        void proposesAnAmendment() {
            given(active()).when(new ProposeAmendment(CONTRACT_ID, "amendment-1", "增加夜班服务", null, null))
                    .expectEvents(proposed);
        }

        @Test
        void bumpsTheVersionOnceLegalAndFinanceApprove() {
            when(given(with(active(), proposed, new AmendmentApprovalRecorded(CONTRACT_ID, "amendment-1",
                            Department.LEGAL, ReviewOpinion.APPROVE, "同意"))), approve, actingAs(Department.FINANCE))
                    .expectEvents(new AmendmentApprovalRecorded(CONTRACT_ID, "amendment-1", Department.FINANCE,
                                    ReviewOpinion.APPROVE, "同意"),
                            new ContractAmended(CONTRACT_ID, "amendment-1", 2, "增加夜班服务", content(), null));
        }

        @Test
        void waitsForTheSecondApproval() {
            when(given(with(active(), proposed)), approve, actingAs(Department.LEGAL))
                    .expectEvents(new AmendmentApprovalRecorded(CONTRACT_ID, "amendment-1", Department.LEGAL,
                            ReviewOpinion.APPROVE, "同意"));
        }

        @Test
        void rejectsTheAmendment() {
            when(given(with(active(), proposed)),
                    new RecordAmendmentApproval(CONTRACT_ID, "amendment-1", ReviewOpinion.REJECT, "费用无依据"),
                    actingAs(Department.FINANCE))
                    .expectEvents(new AmendmentApprovalRecorded(CONTRACT_ID, "amendment-1", Department.FINANCE,
                                    ReviewOpinion.REJECT, "费用无依据"),
                            new AmendmentRejected(CONTRACT_ID, "amendment-1", Department.FINANCE, "费用无依据"));
        }

        @Test
        void refusesAnApprovalFromBusiness() {
            when(given(with(active(), proposed)), approve, actingAs(Department.BUSINESS))
                    .expectException(breaks("contract.amendment-approval.wrong-department", 403));
        }

        @Test
        void refusesTheProposerApprovingTheirOwnAmendment() {
            when(fixture.givenCurrentTime(NOW).andGiven(active()).andGiven(by("legal", proposed)), approve,
                    actingAs("legal", Department.LEGAL))
                    .expectException(breaks("contract.amendment-approval.own-draft", 403));
        }

        @Test
        void refusesASecondAmendmentWhileOneIsPending() {
            given(with(active(), proposed)).when(new ProposeAmendment(CONTRACT_ID, "amendment-2", "再改", null, null))
                    .expectException(breaks("contract.amendment.already-pending", 409));
        }

        @Test
        void refusesAnAmendmentInAnotherCurrencyThanTheContract() {
            given(active()).when(new ProposeAmendment(CONTRACT_ID, "amendment-1", "改用美元", contentIn("USD"), null))
                    .expectException(breaks("contract.amendment.currency-mismatch", 422));
        }

        @Test
        void refusesAnAmendedSlaCapInAnotherCurrency() {
            SlaMetric q = quality();
            SlaMetric inUsd = new SlaMetric(q.metricId(), q.name(), q.unit(), q.target(), q.direction(), q.period(),
                    q.dataSource(), q.collectionOwner(), q.penaltyPercent(), new Money(new BigDecimal("200.00"), "USD"));
            given(active()).when(new ProposeAmendment(CONTRACT_ID, "amendment-1", "调整罚则", null, List.of(inUsd)))
                    .expectException(breaks("contract.amendment.currency-mismatch", 422));
        }

        @Test
        void changesTheSlasOfASignedContractThroughAnAmendment() {
            List<SlaMetric> slas = List.of(quality(), availability());
            given(active()).when(new ProposeAmendment(CONTRACT_ID, "amendment-1", "增加可用性指标", null, slas))
                    .expectEvents(new AmendmentProposed(CONTRACT_ID, "amendment-1", "增加可用性指标", null, slas));
            when(given(with(active(), new AmendmentProposed(CONTRACT_ID, "amendment-1", "增加可用性指标", null, slas),
                            new AmendmentApprovalRecorded(CONTRACT_ID, "amendment-1", Department.LEGAL,
                                    ReviewOpinion.APPROVE, "同意"))), approve, actingAs(Department.FINANCE))
                    .expectEvents(new AmendmentApprovalRecorded(CONTRACT_ID, "amendment-1", Department.FINANCE,
                                    ReviewOpinion.APPROVE, "同意"),
                            new ContractAmended(CONTRACT_ID, "amendment-1", 2, "增加可用性指标", content(), slas));
        }

        @Test
        void measuresTheSlasAnAmendmentPutInForce() {
            Object[] amended = with(active(), new ContractAmended(CONTRACT_ID, "amendment-1", 2, "替换响应时间指标",
                    content(), List.of(quality(), availability())));
            given(amended).when(new RecordSlaMeasurement(CONTRACT_ID, "availability", SlaPeriod.of("2026-02"),
                            new BigDecimal("99.9")))
                    .expectEvents(new SlaMeasurementRecorded(CONTRACT_ID, "availability", "2026-02",
                            new BigDecimal("99.9"), new BigDecimal("99.5"), SlaDirection.AT_LEAST, true));
            given(amended).when(new RecordSlaMeasurement(CONTRACT_ID, RESPONSE, SlaPeriod.of("2026-02"),
                            new BigDecimal("10")))
                    .expectException(breaks("contract.sla.not-found", 404));
        }

        @Test
        void refusesAnAmendmentThatLeavesNoSla() {
            given(active()).when(new ProposeAmendment(CONTRACT_ID, "amendment-1", "取消指标", null, List.of()))
                    .expectException(breaks("contract.amendment.sla-missing", 422));
        }

        @Test
        void refusesAnAmendmentOfADraft() {
            given(drafting()).when(new ProposeAmendment(CONTRACT_ID, "amendment-1", "改", null, null))
                    .expectException(breaks("contract.amendment.wrong-status", 409));
        }
    }

    @Nested
    class SuspendAndResume {

        @Test
        void suspendsAnActiveContract() {
            given(active()).when(new SuspendContract(CONTRACT_ID, "安全事故调查"))
                    .expectEvents(new ContractSuspended(CONTRACT_ID, SuspensionGround.DECISION, "安全事故调查"));
        }

        @Test
        void resumesASuspendedContract() {
            given(with(active(), new ContractSuspended(CONTRACT_ID, SuspensionGround.DECISION, "调查")))
                    .when(new ResumeContract(CONTRACT_ID, "调查结束"))
                    .expectEvents(new ContractResumed(CONTRACT_ID, "调查结束", ContractStatus.ACTIVE));
        }

        @Test
        void refusesResumingWhileTheSanctionedVendorIsNotAdmitted() {
            standings.set(VENDOR_ID, VendorStatus.ELIMINATED);
            given(with(active(), new ContractSuspended(CONTRACT_ID, SuspensionGround.VENDOR_SANCTIONED, "淘汰")))
                    .when(new ResumeContract(CONTRACT_ID, "恢复"))
                    .expectException(breaks("contract.resumption.vendor-not-admitted", 409));
        }

        @Test
        void refusesResumingASuspensionForAnotherReasonOnceTheVendorIsEliminated() {
            standings.set(VENDOR_ID, VendorStatus.ELIMINATED);
            given(with(active(), new ContractSuspended(CONTRACT_ID, SuspensionGround.DECISION, "调查"),
                    new TerminationRecommended(CONTRACT_ID, TerminationReason.VENDOR_SANCTIONED, "淘汰")))
                    .when(new ResumeContract(CONTRACT_ID, "调查结束"))
                    .expectException(breaks("contract.resumption.vendor-not-admitted", 409));
        }

        @Test
        void refusesResumingAContractFlaggedForItsVendorsSuspension() {
            given(with(active(), new ContractSuspended(CONTRACT_ID, SuspensionGround.DECISION, "调查"),
                    new ContractFlagged(CONTRACT_ID, VENDOR_ID, "供应商暂停")))
                    .when(new ResumeContract(CONTRACT_ID, "调查结束"))
                    .expectException(breaks("contract.resumption.flagged", 409));
        }

        @Test
        void refusesSuspendingADraft() {
            given(drafting()).when(new SuspendContract(CONTRACT_ID, "x"))
                    .expectException(breaks("contract.suspension.wrong-status", 409));
        }
    }

    @Nested
    class Renewal {

        private final Term shortTerm = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        private final Term nextTerm = new Term(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31));

        private Object[] activeShort() {
            return with(approved(shortTerm), new ContractSigned(CONTRACT_ID, TODAY, 1),
                    new ContractActivated(CONTRACT_ID, TODAY, TODAY.plusMonths(6), 6));
        }

        private Object[] reviewOpen() {
            return with(activeShort(), new ContractExpiryApproaching(CONTRACT_ID, shortTerm.end(), 3));
        }

        @Test
        void opensTheRenewalReviewThreeMonthsBeforeTheEnd() {
            given(approved(shortTerm)).andGivenCommands(new SignContract(CONTRACT_ID))
                    .whenTimeAdvancesTo(startOf(LocalDate.of(2026, 9, 30)))
                    .expectTriggeredDeadlines(new SlaReviewDeadline(TODAY.plusMonths(6)),
                            new ExpiryApproachingDue(shortTerm.end(), 3))
                    .expectEvents(new SlaReviewDue(CONTRACT_ID, TODAY.plusMonths(6), TODAY.plusMonths(12), 6),
                            new ContractExpiryApproaching(CONTRACT_ID, shortTerm.end(), 3));
        }

        @Test
        void opensTheRenewalReviewByTheLeadInForceWhenScheduledAndRecordsIt() {
            usePolicy(new ContractPolicy(2, 30, 2, 12, 15));
            given(approved(shortTerm)).andGivenCommands(new SignContract(CONTRACT_ID))
                    .whenTimeAdvancesTo(startOf(LocalDate.of(2026, 10, 31)))
                    .expectTriggeredDeadlines(new ExpiryApproachingDue(shortTerm.end(), 2))
                    .expectEvents(new ContractExpiryApproaching(CONTRACT_ID, shortTerm.end(), 2));
        }

        @Test
        void expiresTheDayAfterTheEndWithoutRenewal() {
            given(approved(shortTerm)).andGivenCommands(new SignContract(CONTRACT_ID))
                    .whenTimeAdvancesTo(startOf(LocalDate.of(2027, 1, 1)))
                    .expectEvents(new SlaReviewDue(CONTRACT_ID, TODAY.plusMonths(6), TODAY.plusMonths(12), 6),
                            new ContractExpiryApproaching(CONTRACT_ID, shortTerm.end(), 3),
                            new ContractExpired(CONTRACT_ID, shortTerm.end()));
        }

        @Test
        void decidesToRenewWithAContinuousTerm() {
            when(given(reviewOpen()), new DecideRenewal(CONTRACT_ID, RenewalDecision.RENEW, nextTerm, "绩效良好"),
                    actingAs(Department.MANAGEMENT))
                    .expectEvents(new RenewalDecided(CONTRACT_ID, RenewalDecision.RENEW, nextTerm, "绩效良好"));
        }

        @Test
        void renewsAfterAFreshCoReviewAndMovesTheDeadlines() {
            when(given(with(reviewOpen(), by("management",
                            new RenewalDecided(CONTRACT_ID, RenewalDecision.RENEW, nextTerm, "绩效良好")),
                            opinion(Department.LEGAL), opinion(Department.HR), opinion(Department.FINANCE))),
                    new RecordCoReviewOpinion(CONTRACT_ID, ReviewOpinion.APPROVE, "同意"), actingAs(Department.BUSINESS))
                    .expectEvents(opinion(Department.BUSINESS), new ContractRenewed(CONTRACT_ID, nextTerm, 2))
                    .expectScheduledDeadline(startOf(nextTerm.end().plusDays(1)), new ExpiryDue(nextTerm.end()))
                    .expectScheduledDeadline(startOf(nextTerm.end().minusMonths(3)), new ExpiryApproachingDue(nextTerm.end(), 3));
        }

        @Test
        void returnsTheRenewalOnACoReviewRejection() {
            when(given(with(reviewOpen(), new RenewalDecided(CONTRACT_ID, RenewalDecision.RENEW, nextTerm, "绩效良好"))),
                    new RecordCoReviewOpinion(CONTRACT_ID, ReviewOpinion.REJECT, "价格需重谈"), actingAs(Department.FINANCE))
                    .expectEvents(new CoReviewOpinionRecorded(CONTRACT_ID, Department.FINANCE, ReviewOpinion.REJECT,
                                    "价格需重谈"),
                            new RenewalReturned(CONTRACT_ID, Department.FINANCE, "价格需重谈"));
        }

        @Test
        void refusesToRenewWithASuspendedVendor() {
            standings.set(VENDOR_ID, VendorStatus.SUSPENDED);
            given(reviewOpen()).when(new DecideRenewal(CONTRACT_ID, RenewalDecision.RENEW, nextTerm, "续约"))
                    .expectException(breaks("contract.renewal.vendor-not-admitted", 409));
        }

        @Test
        void refusesToCompleteARenewalDecidedBeforeTheVendorWasEliminated() {
            standings.set(VENDOR_ID, VendorStatus.ELIMINATED);
            when(given(with(reviewOpen(), new RenewalDecided(CONTRACT_ID, RenewalDecision.RENEW, nextTerm, "绩效良好"),
                            opinion(Department.LEGAL), opinion(Department.HR), opinion(Department.FINANCE))),
                    new RecordCoReviewOpinion(CONTRACT_ID, ReviewOpinion.APPROVE, "同意"), actingAs(Department.BUSINESS))
                    .expectException(breaks("contract.renewal.vendor-not-admitted", 409));
        }

        @Test
        void cancelsAPendingRenewalWhenTheVendorIsEliminated() {
            String explanation = "Vendor " + VENDOR_ID + " was ELIMINATED: 评估不合格";
            given(with(reviewOpen(), new RenewalDecided(CONTRACT_ID, RenewalDecision.RENEW, nextTerm, "绩效良好")))
                    .when(new SanctionContractForVendor(CONTRACT_ID, VENDOR_ID, "ELIMINATED", "评估不合格"))
                    .expectEvents(new ContractSuspended(CONTRACT_ID, SuspensionGround.VENDOR_SANCTIONED, explanation),
                            new TerminationRecommended(CONTRACT_ID, TerminationReason.VENDOR_SANCTIONED, explanation),
                            new RenewalCancelled(CONTRACT_ID, explanation));
        }

        @Test
        void cancelsAPendingRenewalWhenTheVendorIsSuspended() {
            given(with(reviewOpen(), new RenewalDecided(CONTRACT_ID, RenewalDecision.RENEW, nextTerm, "绩效良好")))
                    .when(new FlagContractForVendorSuspension(CONTRACT_ID, VENDOR_ID, "多次延误"))
                    .expectEvents(new ContractFlagged(CONTRACT_ID, VENDOR_ID, "多次延误"),
                            new RenewalCancelled(CONTRACT_ID, "Vendor " + VENDOR_ID + " was SUSPENDED: 多次延误"));
        }

        @Test
        void takesAnotherDecisionAfterACancelledRenewal() {
            given(with(reviewOpen(), new RenewalDecided(CONTRACT_ID, RenewalDecision.RENEW, nextTerm, "绩效良好"),
                    new RenewalCancelled(CONTRACT_ID, "淘汰")))
                    .when(new DecideRenewal(CONTRACT_ID, RenewalDecision.RETENDER, null, "重新招标"))
                    .expectEvents(new RenewalDecided(CONTRACT_ID, RenewalDecision.RETENDER, null, "重新招标"));
        }

        @Test
        void refusesToRenewAFlaggedContract() {
            given(with(reviewOpen(), new ContractFlagged(CONTRACT_ID, VENDOR_ID, "供应商暂停")))
                    .when(new DecideRenewal(CONTRACT_ID, RenewalDecision.RENEW, nextTerm, "续约"))
                    .expectException(breaks("contract.renewal.flagged", 409));
        }

        @Test
        void refusesATermWithAGap() {
            given(reviewOpen()).when(new DecideRenewal(CONTRACT_ID, RenewalDecision.RENEW,
                            new Term(LocalDate.of(2027, 2, 1), LocalDate.of(2028, 1, 31)), "续约"))
                    .expectException(breaks("contract.renewal.term-not-continuous", 422));
        }

        @Test
        void refusesADecisionBeforeTheReviewOpens() {
            given(activeShort()).when(new DecideRenewal(CONTRACT_ID, RenewalDecision.NOT_RENEW, null, "不续"))
                    .expectException(breaks("contract.renewal.review-not-open", 409));
        }

        @Test
        void recordsARetenderDecisionAndRefusesASecondDecision() {
            given(reviewOpen()).when(new DecideRenewal(CONTRACT_ID, RenewalDecision.RETENDER, null, "重新招标"))
                    .expectEvents(new RenewalDecided(CONTRACT_ID, RenewalDecision.RETENDER, null, "重新招标"));
            given(with(reviewOpen(), new RenewalDecided(CONTRACT_ID, RenewalDecision.RETENDER, null, "重新招标")))
                    .when(new DecideRenewal(CONTRACT_ID, RenewalDecision.NOT_RENEW, null, "不续"))
                    .expectException(breaks("contract.renewal.already-decided", 409));
        }
    }

    @Nested
    class Termination {

        private final TerminateContract forBreach = new TerminateContract(CONTRACT_ID, TerminationReason.BREACH,
                "连续违约", List.of("rn-1", "sla-report-2026-02"), TODAY, null);

        @Test
        void terminatesForBreachWithEvidenceAndLegalSignOff() {
            given(with(active(), new TerminationSignedOff(CONTRACT_ID, List.of("rn-1", "sla-report-2026-02"), "证据充分")))
                    .when(forBreach)
                    .expectEvents(new ContractTerminated(CONTRACT_ID, TerminationReason.BREACH, "连续违约",
                            List.of("rn-1", "sla-report-2026-02"), TODAY, TODAY, null, null));
        }

        @Test
        void refusesATerminationForBreachWithoutLegalSignOff() {
            given(active()).when(forBreach)
                    .expectException(breaks("contract.termination.legal-sign-off-required", 422));
        }

        @Test
        void refusesATerminationForBreachCitingEvidenceLegalDidNotSignOff() {
            given(with(active(), new TerminationSignedOff(CONTRACT_ID, List.of("rn-1"), "证据充分")))
                    .when(forBreach)
                    .expectException(breaks("contract.termination.legal-sign-off-required", 422));
        }

        @Test
        void refusesATerminationForBreachWithoutEvidence() {
            given(with(active(), new TerminationSignedOff(CONTRACT_ID, List.of("rn-1"), "证据充分")))
                    .when(new TerminateContract(CONTRACT_ID, TerminationReason.BREACH, "违约", List.of(), TODAY, null))
                    .expectException(breaks("contract.termination.evidence-required", 422));
        }

        @Test
        void terminatesByMutualAgreementWithoutSignOff() {
            given(active()).when(new TerminateContract(CONTRACT_ID, TerminationReason.MUTUAL, "协商一致", null, null, null))
                    .expectEvents(new ContractTerminated(CONTRACT_ID, TerminationReason.MUTUAL, "协商一致", List.of(),
                            TODAY, TODAY, null, null));
        }

        @Test
        void terminatesForForceMajeureThatHasLastedLongerThanTheContractAllows() {
            given(active()).when(new TerminateContract(CONTRACT_ID, TerminationReason.FORCE_MAJEURE, "疫情封控",
                            null, null, TODAY.minusDays(61)))
                    .expectEvents(new ContractTerminated(CONTRACT_ID, TerminationReason.FORCE_MAJEURE, "疫情封控",
                            List.of(), TODAY, TODAY, TODAY.minusDays(61), 60));
        }

        @Test
        void refusesATerminationForForceMajeureThatHasNotLastedLongerThanSixtyDays() {
            given(active()).when(new TerminateContract(CONTRACT_ID, TerminationReason.FORCE_MAJEURE, "疫情封控",
                            null, null, TODAY.minusDays(60)))
                    .expectException(breaks("contract.termination.force-majeure-too-short", 422));
        }

        @Test
        void refusesATerminationForForceMajeureThatDoesNotSayWhenItBegan() {
            given(active()).when(new TerminateContract(CONTRACT_ID, TerminationReason.FORCE_MAJEURE, "疫情封控",
                            null, null, null))
                    .expectException(breaks("contract.termination.force-majeure-since-required", 422));
        }

        @Test
        void refusesAForceMajeureStartOnATerminationForAnotherReason() {
            given(active()).when(new TerminateContract(CONTRACT_ID, TerminationReason.MUTUAL, "协商一致",
                            null, null, TODAY.minusDays(90)))
                    .expectException(breaks("contract.termination.force-majeure-since-unexpected", 422));
        }

        @Test
        void refusesASignOffWithoutEvidence() {
            given(active()).when(new SignOffTermination(CONTRACT_ID, List.of(), "同意"))
                    .expectException(breaks("contract.termination-sign-off.evidence-required", 422));
        }

        @Test
        void refusesTerminatingADraft() {
            given(drafting()).when(new TerminateContract(CONTRACT_ID, TerminationReason.MUTUAL, "x", null, null, null))
                    .expectException(breaks("contract.termination.wrong-status", 409));
        }
    }

    @Nested
    class Exit {

        private final Object[] threeStepsDone = with(terminated(TODAY),
                new KnowledgeTransferRecorded(CONTRACT_ID, TODAY, "文档已交接"),
                new AssetsRecoveredRecorded(CONTRACT_ID, TODAY, "门禁卡已收回"),
                new WorkerAccessRevoked(CONTRACT_ID, TODAY, TODAY, "账号已关闭", false));

        @Test
        void closesTheContractWithTheLastExitStep() {
            given(threeStepsDone).when(new RecordFinalSettlement(CONTRACT_ID, Money.cny("96500.00"), "JS-2026-03",
                            CONTRACT_ID + ":final"))
                    .expectEvents(new FinalSettlementRecorded(CONTRACT_ID, Money.cny("96500.00"), "JS-2026-03", TODAY,
                                    CONTRACT_ID + ":final"),
                            new ContractClosed(CONTRACT_ID, TODAY));
        }

        @Test
        void refusesAFinalSettlementThatIsNotAPaidSettlement() {
            given(threeStepsDone).when(new RecordFinalSettlement(CONTRACT_ID, Money.cny("96500.00"), "JS-2026-03", null))
                    .expectException(breaks("contract.exit.settlement-not-by-settlement", 422));
        }

        @Test
        void staysOpenWhileAStepIsMissing() {
            given(terminated(TODAY)).when(new RecordKnowledgeTransfer(CONTRACT_ID, "文档已交接"))
                    .expectEvents(new KnowledgeTransferRecorded(CONTRACT_ID, TODAY, "文档已交接"));
        }

        @Test
        void recordsAccessRevokedAfterTheLastServiceDayAsLate() {
            given(terminated(TODAY.minusDays(1)))
                    .when(new RecordWorkerAccessRevoked(CONTRACT_ID, TODAY, "账号已关闭"))
                    .expectEvents(new WorkerAccessRevoked(CONTRACT_ID, TODAY, TODAY.minusDays(1), "账号已关闭", true));
        }

        @Test
        void closesTheContractWithALateAccessRevocationAsTheLastStep() {
            given(with(terminated(TODAY.minusDays(5)), new KnowledgeTransferRecorded(CONTRACT_ID, TODAY, "文档已交接"),
                    new AssetsRecoveredRecorded(CONTRACT_ID, TODAY, "门禁卡已收回"),
                    new FinalSettlementRecorded(CONTRACT_ID, Money.cny("96500.00"), "JS-2026-03", TODAY, null)))
                    .when(new RecordWorkerAccessRevoked(CONTRACT_ID, TODAY.minusDays(1), "账号已关闭"))
                    .expectEvents(new WorkerAccessRevoked(CONTRACT_ID, TODAY.minusDays(1), TODAY.minusDays(5), "账号已关闭",
                                    true),
                            new ContractClosed(CONTRACT_ID, TODAY));
        }

        @Test
        void refusesAccessRevokedInTheFuture() {
            given(terminated(TODAY))
                    .when(new RecordWorkerAccessRevoked(CONTRACT_ID, TODAY.plusDays(1), "账号将关闭"))
                    .expectException(breaks("contract.exit.access-revocation-in-future", 422));
        }

        @Test
        void refusesAFinalSettlementInAnotherCurrencyThanTheContract() {
            given(terminated(TODAY)).when(new RecordFinalSettlement(CONTRACT_ID,
                            new Money(new BigDecimal("96500.00"), "USD"), "JS-2026-03", CONTRACT_ID + ":final"))
                    .expectException(breaks("contract.exit.settlement-currency-mismatch", 422));
        }

        @Test
        void acceptsAccessRevokedOnTheLastServiceDay() {
            given(terminated(TODAY.minusDays(1)))
                    .when(new RecordWorkerAccessRevoked(CONTRACT_ID, TODAY.minusDays(1), "账号已关闭"))
                    .expectEvents(new WorkerAccessRevoked(CONTRACT_ID, TODAY.minusDays(1), TODAY.minusDays(1), "账号已关闭",
                            false));
        }

        @Test
        void refusesAnExitStepTwice() {
            given(threeStepsDone).when(new RecordAssetsRecovered(CONTRACT_ID, "再次"))
                    .expectException(breaks("contract.exit.already-recorded", 409));
        }

        @Test
        void refusesExitStepsOfARunningContract() {
            given(active()).when(new RecordKnowledgeTransfer(CONTRACT_ID, "x"))
                    .expectException(breaks("contract.exit.wrong-status", 409));
        }
    }

    @Nested
    class VendorSanctions {

        @Test
        void flagsAContractOfASuspendedVendor() {
            given(active()).when(new FlagContractForVendorSuspension(CONTRACT_ID, VENDOR_ID, "多次延误"))
                    .expectEvents(new ContractFlagged(CONTRACT_ID, VENDOR_ID, "多次延误"));
        }

        @Test
        void clearsTheFlagWhenTheVendorIsReinstated() {
            given(with(active(), new ContractFlagged(CONTRACT_ID, VENDOR_ID, "多次延误")))
                    .when(new ClearContractFlag(CONTRACT_ID, VENDOR_ID, "整改完成"))
                    .expectEvents(new ContractFlagCleared(CONTRACT_ID, VENDOR_ID, "整改完成"));
        }

        @Test
        void suspendsAnActiveContractAndRecommendsTerminationWhenTheVendorIsEliminated() {
            String explanation = "Vendor " + VENDOR_ID + " was ELIMINATED: 评估不合格";
            given(active()).when(new SanctionContractForVendor(CONTRACT_ID, VENDOR_ID, "ELIMINATED", "评估不合格"))
                    .expectEvents(new ContractSuspended(CONTRACT_ID, SuspensionGround.VENDOR_SANCTIONED, explanation),
                            new TerminationRecommended(CONTRACT_ID, TerminationReason.VENDOR_SANCTIONED, explanation));
        }

        @Test
        void onlyRecommendsTerminationOfADraft() {
            String explanation = "Vendor " + VENDOR_ID + " was BLACKLISTED: 数据泄露";
            given(drafting()).when(new SanctionContractForVendor(CONTRACT_ID, VENDOR_ID, "BLACKLISTED", "数据泄露"))
                    .expectEvents(new TerminationRecommended(CONTRACT_ID, TerminationReason.VENDOR_SANCTIONED, explanation));
        }

        @Test
        void refusesToFlagAClosedContract() {
            given(with(terminated(TODAY), new ContractClosed(CONTRACT_ID, TODAY)))
                    .when(new FlagContractForVendorSuspension(CONTRACT_ID, VENDOR_ID, "x"))
                    .expectException(breaks("contract.flag.wrong-status", 409));
        }
    }
}
