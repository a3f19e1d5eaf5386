package com.outsourcingledger.command.worker;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RuleViolation;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.InductionTopic;
import com.outsourcingledger.api.worker.WorkerCommand.*;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.api.worker.WorkerProofs;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.outsourcingledger.api.organization.Department.*;
import static com.outsourcingledger.command.worker.WorkerSamples.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;
import static org.assertj.core.api.Assertions.assertThat;

class WorkerTest {

    private AggregateTestFixture<Worker> fixture;
    private InMemoryWorkerLookups lookups;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Worker.class);
        lookups = new InMemoryWorkerLookups();
        lookups.set(contract(ContractStatus.ACTIVE));
        fixture.registerInjectableResource(lookups);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZONE));
        fixture.registerInjectableResource(WorkerPolicy.defaults());
    }

    private ResultValidator<Worker> given(List<EventMessage<?>> events, Object command, MetaData metaData) {
        return fixture.givenCurrentTime(NOW).andGiven(events).when(command, metaData);
    }

    private ResultValidator<Worker> file(WorkerProofs proofs, MetaData metaData) {
        return fixture.givenCurrentTime(NOW).when(new FileWorker(WORKER_ID, CONTRACT_ID, PERSON, proofs), metaData);
    }

    /** The refusal a handler returned (to keep its event): an unprocessable one of {@code rule}, naming {@code text}. */
    private static Matcher<Object> refusal(String rule, String text) {
        return new CustomMatcher<>("a returned refusal of " + rule + " naming " + text) {
            @Override
            public boolean matches(Object payload) {
                return payload instanceof RuleViolation violation && violation.rule().equals(rule)
                        && violation.kind() == Refusal.Kind.UNPROCESSABLE && violation.detail().contains(text);
            }
        };
    }

    private static MetaData hr() {
        return actingAs("hr-2", HR);
    }

    private static MetaData business() {
        return actingAs("business-2", BUSINESS);
    }

    @Nested
    class Filing {

        @Test
        void recordsTheVendorsFilingWithThePersonalDataSealed() {
            file(PROOFS, vendorUser(VENDOR_ID)).expectEvents(submitted());
            assertThat(lookups.hasWorkers(CONTRACT_ID)).isTrue();
        }

        @Test
        void acceptsASignedContract() {
            lookups.set(contract(ContractStatus.SIGNED));
            file(PROOFS, vendorUser(VENDOR_ID)).expectEvents(submitted());
        }

        @Test
        void refusesAContractNotSignedOrActive() {
            lookups.set(contract(ContractStatus.EXPIRED));
            file(PROOFS, vendorUser(VENDOR_ID)).expectException(breaks("worker.filing.contract-not-in-force", 409));
        }

        @Test
        void refusesAnUnknownContract() {
            fixture.givenNoPriorActivity().when(new FileWorker(WORKER_ID, "contract-9", PERSON, PROOFS),
                    vendorUser(VENDOR_ID)).expectException(breaks("worker.filing.unknown-contract", 404));
        }

        @Test
        void refusesAVendorUserOfAnotherVendor() {
            file(PROOFS, vendorUser("vendor-2")).expectException(breaks("vendor-scope.other-vendor", 403));
            assertThat(lookups.hasWorkers(CONTRACT_ID)).isFalse();
        }

        @Test
        void refusesAnInternalUser() {
            file(PROOFS, business()).expectException(breaks("worker.filing.not-a-vendor-user", 403));
        }

        @Test
        void refusesAFilingWithoutTheLaborContractNamingIt() {
            file(new WorkerProofs(" ", "SI-1", "2026-03", "NDA-1"), vendorUser(VENDOR_ID))
                    .expectException(breaks("worker.filing.labor-contract-missing", 422));
        }

        @Test
        void refusesAFilingWithoutSocialInsuranceNamingIt() {
            file(new WorkerProofs("LC-1", null, "2026-03", "NDA-1"), vendorUser(VENDOR_ID))
                    .expectException(breaks("worker.filing.social-insurance-missing", 422));
        }

        @Test
        void refusesAFilingWithoutTheConfidentialityPledgeNamingIt() {
            file(new WorkerProofs("LC-1", "SI-1", "2026-03", null), vendorUser(VENDOR_ID))
                    .expectException(breaks("worker.filing.confidentiality-pledge-missing", 422));
        }

        @Test
        void refusesAMalformedCoverageMonth() {
            file(new WorkerProofs("LC-1", "SI-1", "March", "NDA-1"), vendorUser(VENDOR_ID))
                    .expectException(breaks("worker.filing.invalid-coverage-month", 422));
        }

        @Test
        void refusesAFilingWithoutTheWorkersName() {
            fixture.givenNoPriorActivity().when(new FileWorker(WORKER_ID, CONTRACT_ID,
                            new PersonalData("", "1101", "138"), PROOFS), vendorUser(VENDOR_ID))
                    .expectException(breaks("worker.filing.personal-data-required", 422));
        }
    }

    @Nested
    class Resubmission {

        private final List<EventMessage<?>> rejected = List.of(by("vendor-user", submitted()),
                by("hr", new WorkerFilingRejected(WORKER_ID, "社保证明过期")));

        @Test
        void resubmitsARejectedFilingWithNewProofs() {
            WorkerProofs renewed = new WorkerProofs("LC-2026-001", "SI-2026-04", "2026-04", "NDA-001");
            given(rejected, new ResubmitWorkerFiling(WORKER_ID, renewed), vendorUser(VENDOR_ID))
                    .expectEvents(new WorkerFilingResubmitted(WORKER_ID, renewed));
        }

        @Test
        void refusesAFilingNotRejected() {
            given(List.of(by("vendor-user", submitted())), new ResubmitWorkerFiling(WORKER_ID, PROOFS),
                    vendorUser(VENDOR_ID)).expectException(breaks("worker.resubmission.wrong-status", 409));
        }

        @Test
        void refusesAVendorUserOfAnotherVendor() {
            given(rejected, new ResubmitWorkerFiling(WORKER_ID, PROOFS), vendorUser("vendor-2"))
                    .expectException(breaks("vendor-scope.other-vendor", 403));
        }

        @Test
        void refusesMissingProofs() {
            given(rejected, new ResubmitWorkerFiling(WORKER_ID, new WorkerProofs("LC", "SI", "2026-04", "")),
                    vendorUser(VENDOR_ID)).expectException(breaks("worker.filing.confidentiality-pledge-missing", 422));
        }
    }

    @Nested
    class Verification {

        @Test
        void filesTheWorker() {
            given(List.of(by("vendor-user", submitted())), new VerifyWorkerFiling(WORKER_ID, "材料齐全"), hr())
                    .expectEvents(filed());
        }

        @Test
        void refusesWhoFiledIt() {
            given(List.of(by("hr-2", submitted())), new VerifyWorkerFiling(WORKER_ID, "ok"), hr())
                    .expectException(breaks("worker.verification.own-filing", 403));
        }

        @Test
        void refusesAWorkerAlreadyFiled() {
            given(filedWorker(), new VerifyWorkerFiling(WORKER_ID, "ok"), hr())
                    .expectException(breaks("worker.verification.wrong-status", 409));
        }

        @Test
        void filesAResubmissionAfterARejection() {
            given(List.of(by("vendor-user", submitted()), by("hr", new WorkerFilingRejected(WORKER_ID, "缺社保")),
                            by("vendor-user", new WorkerFilingResubmitted(WORKER_ID, PROOFS))),
                    new VerifyWorkerFiling(WORKER_ID, "材料齐全"), hr()).expectEvents(filed());
        }
    }

    @Nested
    class Rejection {

        @Test
        void rejectsWithReasons() {
            given(List.of(by("vendor-user", submitted())), new RejectWorkerFiling(WORKER_ID, "社保证明过期"), hr())
                    .expectEvents(new WorkerFilingRejected(WORKER_ID, "社保证明过期"));
        }

        @Test
        void refusesARejectionWithoutReasons() {
            given(List.of(by("vendor-user", submitted())), new RejectWorkerFiling(WORKER_ID, " "), hr())
                    .expectException(breaks("worker.rejection.reasons-required", 422));
        }

        @Test
        void refusesAWorkerAlreadyFiled() {
            given(filedWorker(), new RejectWorkerFiling(WORKER_ID, "x"), hr())
                    .expectException(breaks("worker.rejection.wrong-status", 409));
        }
    }

    @Nested
    class Induction {

        @Test
        void inductsAFiledWorkerOnTheSiteTopics() {
            given(filedWorker(), new InductWorker(WORKER_ID, TODAY, List.of(InductionTopic.SAFETY,
                    InductionTopic.CONFIDENTIALITY)), business()).expectEvents(inducted());
        }

        @Test
        void refusesAWorkerNotYetFiled() {
            given(List.of(by("vendor-user", submitted())), new InductWorker(WORKER_ID, TODAY,
                    List.of(InductionTopic.SAFETY)), business())
                    .expectException(breaks("worker.induction.wrong-status", 409));
        }

        /** Refused by name, and the attempt kept: the refusal is the result, so the event is not rolled back. */
        @Test
        void refusesACompanyLevelTopicNamingItAndKeepsTheAttemptOnRecord() {
            given(filedWorker(), new InductWorker(WORKER_ID, TODAY, List.of(InductionTopic.SAFETY,
                    InductionTopic.COMPANY_CULTURE, InductionTopic.HR_POLICIES)), business())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new WorkerInductionRefused(WORKER_ID, CONTRACT_ID, VENDOR_ID,
                            List.of(InductionTopic.SAFETY, InductionTopic.COMPANY_CULTURE, InductionTopic.HR_POLICIES),
                            List.of(InductionTopic.COMPANY_CULTURE, InductionTopic.HR_POLICIES)))
                    .expectResultMessagePayloadMatching(refusal("worker.induction.topic-not-allowed",
                            "[COMPANY_CULTURE, HR_POLICIES]"));
        }

        @Test
        void keepsARefusedAttemptOnRecordEvenAfterTheInduction() {
            given(with(filedWorker(), by("business", inducted())), new InductWorker(WORKER_ID, TODAY,
                    List.of(InductionTopic.COMPANY_ONBOARDING)), business())
                    .expectEvents(new WorkerInductionRefused(WORKER_ID, CONTRACT_ID, VENDOR_ID,
                            List.of(InductionTopic.COMPANY_ONBOARDING), List.of(InductionTopic.COMPANY_ONBOARDING)));
        }

        @Test
        void refusesACompanyLevelTopicOnAWorkerNotYetFiledWithoutARecord() {
            given(List.of(by("vendor-user", submitted())), new InductWorker(WORKER_ID, TODAY,
                    List.of(InductionTopic.COMPANY_CULTURE)), business())
                    .expectException(breaks("worker.induction.wrong-status", 409))
                    .expectNoEvents();
        }

        @Test
        void refusesAnInductionWithoutTopics() {
            given(filedWorker(), new InductWorker(WORKER_ID, TODAY, List.of()), business())
                    .expectException(breaks("worker.induction.topics-required", 422));
        }

        @Test
        void refusesAnInductionDatedAhead() {
            given(filedWorker(), new InductWorker(WORKER_ID, TODAY.plusDays(1), List.of(InductionTopic.SAFETY)),
                    business()).expectException(breaks("worker.induction.date-in-future", 422));
        }
    }

    @Nested
    class Badge {

        @Test
        void issuesABadgeAndEmailSuffixAfterInduction() {
            given(with(filedWorker(), by("business", inducted())), new IssueBadge(WORKER_ID, "B-0001",
                    "@ext.vendor-1.example.com"), business()).expectEvents(badged());
        }

        @Test
        void refusesAWorkerNotInducted() {
            given(filedWorker(), new IssueBadge(WORKER_ID, "B-0001", "@ext"), business())
                    .expectException(breaks("worker.badge.wrong-status", 409));
        }

        @Test
        void refusesABadgeNumberAnotherWorkerHolds() {
            lookups.claim("B-0001", "worker-2");
            given(with(filedWorker(), by("business", inducted())), new IssueBadge(WORKER_ID, "B-0001", "@ext"),
                    business()).expectException(breaks("worker.badge.number-taken", 409));
        }

        @Test
        void refusesABadgeWithoutEmailSuffix() {
            given(with(filedWorker(), by("business", inducted())), new IssueBadge(WORKER_ID, "B-0001", null),
                    business()).expectException(breaks("worker.badge.email-suffix-required", 422));
        }
    }

    @Nested
    class AccessRequest {

        private RequestAccess request(String scope, String justification) {
            return new RequestAccess(WORKER_ID, GRANT_ID, AccessResourceType.SYSTEM, "ERP", scope, justification);
        }

        @Test
        void recordsTheRequest() {
            given(activeWorker(), request("read-only", "运维支持"), business()).expectEvents(requested());
        }

        @Test
        void refusesAWorkerNotYetFiled() {
            given(List.of(by("vendor-user", submitted())), request("read-only", "运维支持"), business())
                    .expectException(breaks("worker.access-request.wrong-status", 409));
        }

        @Test
        void refusesARequestWithoutScope() {
            given(activeWorker(), request(" ", "运维支持"), business())
                    .expectException(breaks("worker.access-request.scope-required", 422));
        }

        @Test
        void refusesARequestWithoutJustification() {
            given(activeWorker(), request("read-only", null), business())
                    .expectException(breaks("worker.access-request.justification-required", 422));
        }

        @Test
        void refusesAGrantIdAlreadyUsed() {
            given(with(activeWorker(), by("business", requested())), request("read-only", "运维支持"), business())
                    .expectException(breaks("worker.access-request.duplicate-grant", 409));
        }
    }

    @Nested
    class AccessApproval {

        @Test
        void grantsWhatSomeoneElseRequested() {
            given(with(activeWorker(), by("business", requested())), new ApproveAccess(WORKER_ID, GRANT_ID), hr())
                    .expectEvents(granted());
        }

        @Test
        void refusesTheRequester() {
            given(with(activeWorker(), by("business-2", requested())), new ApproveAccess(WORKER_ID, GRANT_ID),
                    business()).expectException(breaks("worker.access-approval.own-request", 403));
        }

        @Test
        void refusesAnUnknownGrant() {
            given(activeWorker(), new ApproveAccess(WORKER_ID, "grant-9"), hr())
                    .expectException(breaks("worker.access-grant.unknown", 404));
        }

        @Test
        void refusesAGrantAlreadyGranted() {
            given(holdingWorker(), new ApproveAccess(WORKER_ID, GRANT_ID), hr())
                    .expectException(breaks("worker.access-grant.not-pending", 409));
        }
    }

    @Nested
    class AccessRejection {

        @Test
        void rejectsAPendingRequestWithReasons() {
            given(with(activeWorker(), by("business", requested())), new RejectAccess(WORKER_ID, GRANT_ID, "超出范围"),
                    hr()).expectEvents(new AccessRequestRejected(WORKER_ID, GRANT_ID, "超出范围"));
        }

        @Test
        void refusesARejectionWithoutReasons() {
            given(with(activeWorker(), by("business", requested())), new RejectAccess(WORKER_ID, GRANT_ID, ""), hr())
                    .expectException(breaks("worker.access-rejection.reasons-required", 422));
        }
    }

    @Nested
    class AccessChange {

        @Test
        void recordsTheChange() {
            given(holdingWorker(), new ChangeAccess(WORKER_ID, GRANT_ID, "read-write", "上线支持"), hr())
                    .expectEvents(new AccessChanged(WORKER_ID, GRANT_ID, "read-write", "上线支持"));
        }

        @Test
        void refusesTheGrantsRequester() {
            given(holdingWorker(), new ChangeAccess(WORKER_ID, GRANT_ID, "read-write", "上线支持"),
                    actingAs("business", BUSINESS)).expectException(breaks("worker.access-change.own-request", 403));
        }

        @Test
        void refusesAGrantNotGranted() {
            given(with(activeWorker(), by("business", requested())), new ChangeAccess(WORKER_ID, GRANT_ID, "rw",
                    "x"), hr()).expectException(breaks("worker.access-grant.not-granted", 409));
        }
    }

    @Nested
    class AccessRevocation {

        @Test
        void revokesALiveGrant() {
            given(holdingWorker(), new RevokeAccess(WORKER_ID, GRANT_ID, TODAY, "项目调整"), hr())
                    .expectEvents(new AccessRevoked(WORKER_ID, GRANT_ID, TODAY, null, false, "项目调整"));
        }

        @Test
        void recordsARevocationAfterTheLastServiceDayAsLateNeverRefusingIt() {
            LocalDate last = TODAY.minusDays(3);
            given(with(holdingWorker(), by("business", offboarding(last)), by("business",
                            new AssetReturned(WORKER_ID, ASSET_ID, last, last, false))),
                    new RevokeAccess(WORKER_ID, GRANT_ID, TODAY, "补关"), hr())
                    .expectEvents(new AccessRevoked(WORKER_ID, GRANT_ID, TODAY, last, true, "补关"),
                            new WorkerExited(WORKER_ID, CONTRACT_ID, TODAY, true));
        }

        @Test
        void refusesARevocationDatedAhead() {
            given(holdingWorker(), new RevokeAccess(WORKER_ID, GRANT_ID, TODAY.plusDays(1), "x"), hr())
                    .expectException(breaks("worker.access-revocation.date-in-future", 422));
        }

        @Test
        void refusesAGrantNotLive() {
            given(with(activeWorker(), by("business", requested())), new RevokeAccess(WORKER_ID, GRANT_ID, TODAY,
                    "x"), hr()).expectException(breaks("worker.access-grant.not-granted", 409));
        }
    }

    @Nested
    class AccessRevocationForIncident {

        private static final String INCIDENT_ID = "incident-1";
        private static final String NOTES = "Revoked for information-leak incident " + INCIDENT_ID;

        @Test
        void revokesEveryLiveGrantOnTheDayNamingTheIncident() {
            given(with(holdingWorker(), by("business", new AccessRequested(WORKER_ID, "grant-2",
                            AccessResourceType.DATA, "CRM", "read", "x")), by("hr", new AccessGranted(WORKER_ID,
                            CONTRACT_ID, "grant-2", AccessResourceType.DATA, "CRM", "read"))),
                    new RevokeAccessForIncident(WORKER_ID, INCIDENT_ID, TODAY), business())
                    .expectEvents(new AccessRevoked(WORKER_ID, GRANT_ID, TODAY, null, false, NOTES, INCIDENT_ID),
                            new AccessRevoked(WORKER_ID, "grant-2", TODAY, null, false, NOTES, INCIDENT_ID));
        }

        @Test
        void exitsAnOffboardingWorkerLeftHoldingNothing() {
            LocalDate last = TODAY.minusDays(1);
            given(with(holdingWorker(), by("business", offboarding(last)), by("business",
                            new AssetReturned(WORKER_ID, ASSET_ID, last, last, false))),
                    new RevokeAccessForIncident(WORKER_ID, INCIDENT_ID, TODAY), business())
                    .expectEvents(new AccessRevoked(WORKER_ID, GRANT_ID, TODAY, last, true, NOTES, INCIDENT_ID),
                            new WorkerExited(WORKER_ID, CONTRACT_ID, TODAY, true));
        }

        @Test
        void revokesNothingAndRefusesNothingForAWorkerWithoutLiveGrants() {
            given(with(holdingWorker(), by("hr", new AccessRevoked(WORKER_ID, GRANT_ID, TODAY, null, false, "x"))),
                    new RevokeAccessForIncident(WORKER_ID, INCIDENT_ID, TODAY), business())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesARevocationDatedAhead() {
            given(holdingWorker(), new RevokeAccessForIncident(WORKER_ID, INCIDENT_ID, TODAY.plusDays(1)), business())
                    .expectException(breaks("worker.access-revocation.date-in-future", 422));
        }
    }

    @Nested
    class Assets {

        @Test
        void issuesAnAssetToAFiledWorker() {
            given(filedWorker(), new IssueAsset(WORKER_ID, ASSET_ID, "ThinkPad X1"), business())
                    .expectEvents(assetIssued());
        }

        @Test
        void refusesAnAssetBeforeFiling() {
            given(List.of(by("vendor-user", submitted())), new IssueAsset(WORKER_ID, ASSET_ID, "ThinkPad X1"),
                    business()).expectException(breaks("worker.asset-issue.wrong-status", 409));
        }

        @Test
        void refusesAnAssetAlreadyHeld() {
            given(holdingWorker(), new IssueAsset(WORKER_ID, ASSET_ID, "ThinkPad X1"), business())
                    .expectException(breaks("worker.asset-issue.already-held", 409));
        }

        @Test
        void recordsTheReturn() {
            given(holdingWorker(), new ReturnAsset(WORKER_ID, ASSET_ID, TODAY), business())
                    .expectEvents(new AssetReturned(WORKER_ID, ASSET_ID, TODAY, null, false));
        }

        @Test
        void refusesTheReturnOfAnAssetNotHeld() {
            given(activeWorker(), new ReturnAsset(WORKER_ID, ASSET_ID, TODAY), business())
                    .expectException(breaks("worker.asset-return.not-held", 409));
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void withdrawsAWorkerHoldingNothing() {
            given(activeWorker(), new WithdrawWorker(WORKER_ID, "人员更换"), vendorUser(VENDOR_ID))
                    .expectEvents(new WorkerWithdrawn(WORKER_ID, "人员更换"));
        }

        @Test
        void refusesAWorkerStillHoldingAccessOrAssets() {
            given(holdingWorker(), new WithdrawWorker(WORKER_ID, "人员更换"), vendorUser(VENDOR_ID))
                    .expectException(breaks("worker.withdrawal.still-holding", 409));
        }

        @Test
        void refusesAVendorUserOfAnotherVendor() {
            given(activeWorker(), new WithdrawWorker(WORKER_ID, "人员更换"), vendorUser("vendor-2"))
                    .expectException(breaks("vendor-scope.other-vendor", 403));
        }

        @Test
        void refusesAWithdrawalWithoutReason() {
            given(activeWorker(), new WithdrawWorker(WORKER_ID, " "), vendorUser(VENDOR_ID))
                    .expectException(breaks("worker.withdrawal.reason-required", 422));
        }
    }

    @Nested
    class Offboarding {

        @Test
        void exitsAtOnceAWorkerHoldingNothing() {
            given(activeWorker(), new StartOffboarding(WORKER_ID, TODAY, "合同到期"), business())
                    .expectEvents(offboarding(TODAY), new WorkerExited(WORKER_ID, CONTRACT_ID, TODAY, false));
        }

        @Test
        void waitsForWhatIsHeldAndSchedulesTheDeadlineAtTheEndOfTheLastServiceDay() {
            given(holdingWorker(), new StartOffboarding(WORKER_ID, TODAY.plusDays(5), "合同到期"), business())
                    .expectEvents(offboarding(TODAY.plusDays(5)))
                    .expectScheduledDeadlineWithName(TODAY.plusDays(6).atStartOfDay(ZONE).toInstant(),
                            WorkerDeadlines.REVOCATION_DUE);
        }

        @Test
        void exitsWithTheLastReturnOnTime() {
            LocalDate last = TODAY.plusDays(5);
            given(with(holdingWorker(), by("business", offboarding(last)), by("hr",
                            new AccessRevoked(WORKER_ID, GRANT_ID, TODAY, last, false, "关闭"))),
                    new ReturnAsset(WORKER_ID, ASSET_ID, TODAY), business())
                    .expectEvents(new AssetReturned(WORKER_ID, ASSET_ID, TODAY, last, false),
                            new WorkerExited(WORKER_ID, CONTRACT_ID, TODAY, false));
        }

        @Test
        void refusesAWorkerAlreadyOffboarding() {
            given(with(holdingWorker(), by("business", offboarding(TODAY))), new StartOffboarding(WORKER_ID, TODAY,
                    "x"), business()).expectException(breaks("worker.offboarding.wrong-status", 409));
        }

        @Test
        void refusesNewAccessDuringOffboarding() {
            given(with(holdingWorker(), by("business", offboarding(TODAY))), new RequestAccess(WORKER_ID, "grant-2",
                    AccessResourceType.DATA, "CRM", "read", "x"), business())
                    .expectException(breaks("worker.access-request.wrong-status", 409));
        }
    }

    @Nested
    class RevocationDeadline {

        @Test
        void raisesWhatTheWorkerStillHoldsAtTheEndOfTheLastServiceDay() {
            fixture.givenCurrentTime(NOW).andGiven(holdingWorker())
                    .andGivenCommands(new StartOffboarding(WORKER_ID, TODAY, "合同到期"))
                    .whenTimeAdvancesTo(TODAY.plusDays(1).atStartOfDay(ZONE).toInstant().plusSeconds(1))
                    .expectDeadlinesMet(new WorkerDeadlines.RevocationDue(TODAY))
                    .expectEvents(new AccessRevocationOverdue(WORKER_ID, CONTRACT_ID, TODAY, List.of(GRANT_ID),
                            List.of(ASSET_ID)));
        }

        @Test
        void raisesNothingOnceTheWorkerExited() {
            fixture.givenCurrentTime(NOW).andGiven(holdingWorker())
                    .andGivenCommands(new StartOffboarding(WORKER_ID, TODAY, "合同到期"),
                            new RevokeAccess(WORKER_ID, GRANT_ID, TODAY, "关闭"),
                            new ReturnAsset(WORKER_ID, ASSET_ID, TODAY))
                    .whenTimeAdvancesTo(TODAY.plusDays(2).atStartOfDay(ZONE).toInstant())
                    .expectNoEvents();
        }
    }

    @Nested
    class Erasure {

        @Test
        void destroysTheWorkersKeyAndRecordsTheErasure() {
            given(activeWorker(), new EraseWorkerPersonalData(WORKER_ID, "离职满保存期"), hr())
                    .expectEvents(new WorkerPersonalDataErased(WORKER_ID, "离职满保存期"));
            assertThat(lookups.isErased(WORKER_ID)).isTrue();
            assertThat(lookups.open(InMemoryWorkerLookups.sealed(WORKER_ID, PERSON))).isEmpty();
        }

        @Test
        void refusesAnErasureWithoutReason() {
            given(activeWorker(), new EraseWorkerPersonalData(WORKER_ID, ""), hr())
                    .expectException(breaks("worker.erasure.reason-required", 422));
            assertThat(lookups.isErased(WORKER_ID)).isFalse();
        }

        @Test
        void refusesASecondErasure() {
            given(with(activeWorker(), by("hr", new WorkerPersonalDataErased(WORKER_ID, "x"))),
                    new EraseWorkerPersonalData(WORKER_ID, "again"), hr())
                    .expectException(breaks("worker.erasure.already-erased", 409));
        }
    }
}
