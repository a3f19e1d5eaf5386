package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.api.vendor.AnnualReviewOutcome;
import com.outsourcingledger.api.vendor.VendorCommand.*;
import com.outsourcingledger.api.vendor.VendorEvent.*;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.command.vendor.VendorDeadlines.AnnualReviewDue;
import com.outsourcingledger.command.vendor.VendorDeadlines.QualificationExpiry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.api.vendor.FindingOutcome.FAILED;
import static com.outsourcingledger.api.vendor.FindingOutcome.PASSED;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;
import static com.outsourcingledger.command.vendor.VendorSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;

class VendorTest {

    private AggregateTestFixture<Vendor> fixture;
    private InMemoryCreditCodes creditCodes;
    private InMemoryPortalCredentials credentials;
    private MutableClock clock;

    @BeforeEach
    void setUp() {
        creditCodes = new InMemoryCreditCodes();
        clock = new MutableClock(NOW, ZONE);
        fixture = new AggregateTestFixture<>(Vendor.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(creditCodes);
        credentials = new InMemoryPortalCredentials();
        fixture.registerInjectableResource(credentials);
    }

    private TestExecutor<Vendor> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(events);
    }

    @Nested
    class RegisterVendorCommand {

        @Test
        void registersAVendorAndClaimsItsCreditCode() {
            fixture.givenCurrentTime(NOW)
                    .when(registerVendor())
                    .expectEvents(vendorRegistered());
            assertThat(creditCodes.ownerOf(CREDIT_CODE)).contains(VENDOR_ID);
        }

        @Test
        void refusesACreditCodeRegisteredToAnotherVendor() {
            creditCodes.claim(CREDIT_CODE, "vendor-2");
            fixture.givenCurrentTime(NOW)
                    .when(registerVendor())
                    .expectException(breaks("vendor.credit-code.already-registered", 409));
        }

        @Test
        void refusesAVendorWithoutLegalName() {
            RegisterVendor nameless = new RegisterVendor(VENDOR_ID, " ", registerVendor().creditCode(), null, null,
                    null, null, 2012, 0, null);
            fixture.givenCurrentTime(NOW)
                    .when(nameless)
                    .expectException(breaks("vendor.registration.legal-name-required", 422));
        }

        @Test
        void refusesANegativeRegisteredCapital() {
            RegisterVendor indebted = new RegisterVendor(VENDOR_ID, "某公司", registerVendor().creditCode(), null, null,
                    null, Money.cny("-1.00"), 2012, 0, null);
            fixture.givenCurrentTime(NOW)
                    .when(indebted)
                    .expectException(breaks("vendor.registration.negative-capital", 422));
            assertThat(creditCodes.ownerOf(CREDIT_CODE)).isEmpty();
        }
    }

    @Nested
    class AddQualificationCommand {

        @Test
        void addsAQualificationAndSchedulesItsExpiryForTheStartOfTheFollowingDay() {
            given(vendorRegistered())
                    .when(addLicense())
                    .expectEvents(licenseAdded())
                    .expectScheduledDeadline(startOfDayAfter(LICENSE_VALID_UNTIL),
                            new QualificationExpiry(LICENSE, LICENSE_VALID_UNTIL));
        }

        @Test
        void refusesAValidityThatDoesNotEndAfterItStarts() {
            AddQualification backwards = new AddQualification(VENDOR_ID, LICENSE, addLicense().type(), "BL-1", "SAMR",
                    LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), true);
            given(vendorRegistered())
                    .when(backwards)
                    .expectException(breaks("vendor.qualification.invalid-validity", 422));
        }

        @Test
        void refusesAQualificationIdAlreadyInUse() {
            given(vendorRegistered(), licenseAdded())
                    .when(addLicense())
                    .expectException(breaks("vendor.qualification.already-added", 409));
        }

        @Test
        void refusesQualificationsOfABlacklistedVendor() {
            given(vendorRegistered(), new VendorBlacklisted(VENDOR_ID, "伪造资质", List.of("case-9")))
                    .when(addLicense())
                    .expectException(breaks("vendor.qualification.blacklisted", 409));
        }
    }

    @Nested
    class RenewQualificationCommand {

        private final LocalDate renewedUntil = LocalDate.of(2031, 6, 30);
        private final RenewQualification renewal =
                new RenewQualification(VENDOR_ID, LICENSE, "BL-2026-002", LocalDate.of(2026, 7, 1), renewedUntil);
        private final QualificationRenewed renewed =
                new QualificationRenewed(VENDOR_ID, LICENSE, "BL-2026-002", LocalDate.of(2026, 7, 1), renewedUntil);

        @Test
        void renewsAndReplacesTheExpiryDeadline() {
            given(vendorRegistered())
                    .andGivenCommands(addLicense())
                    .when(renewal)
                    .expectEvents(renewed)
                    .expectScheduledDeadline(startOfDayAfter(renewedUntil), new QualificationExpiry(LICENSE, renewedUntil))
                    .expectNoScheduledDeadline(startOfDayAfter(LICENSE_VALID_UNTIL),
                            new QualificationExpiry(LICENSE, LICENSE_VALID_UNTIL));
        }

        @Test
        void reinstatesAVendorSuspendedOnlyBecauseTheQualificationExpired() {
            given(with(admitted(), licenseAdded(), licenseExpired(), suspendedForExpiredLicense()))
                    .when(renewal)
                    .expectEvents(renewed, new VendorReinstated(VENDOR_ID, "qualification renewed"));
        }

        @Test
        void keepsTheVendorSuspendedWhileASuspensionDecisionHolds() {
            given(with(admitted(), licenseAdded(), suspendedByDecision(), licenseExpired(),
                    suspendedForExpiredLicense()))
                    .when(renewal)
                    .expectEvents(renewed);
        }

        @Test
        void keepsTheVendorSuspendedWhileAnotherRequiredQualificationIsExpired() {
            QualificationAdded permit = new QualificationAdded(VENDOR_ID, "qualification-permit",
                    addLicense().type(), "HR-1", "人社局", LocalDate.of(2021, 1, 1), LICENSE_VALID_UNTIL, true);
            VendorQualificationExpired permitExpired = new VendorQualificationExpired(VENDOR_ID,
                    "qualification-permit", permit.type(), LICENSE_VALID_UNTIL);
            given(with(admitted(), licenseAdded(), permit, licenseExpired(), suspendedForExpiredLicense(),
                    permitExpired))
                    .when(renewal)
                    .expectEvents(renewed);
        }

        @Test
        void refusesARenewalThatIsNotValidBeyondToday() {
            given(vendorRegistered(), licenseAdded())
                    .when(new RenewQualification(VENDOR_ID, LICENSE, "BL-2", LocalDate.of(2025, 1, 1), TODAY))
                    .expectException(breaks("vendor.qualification-renewal.not-in-future", 422));
        }

        @Test
        void refusesRenewingAnUnknownQualification() {
            given(vendorRegistered())
                    .when(renewal)
                    .expectException(breaks("vendor.qualification.not-found", 404));
        }
    }

    @Nested
    class QualificationExpiryDeadline {

        @Test
        void suspendsAnAdmittedVendorWhenARequiredQualificationExpires() {
            given(admitted())
                    .andGivenCommands(addLicense())
                    .whenTimeAdvancesTo(startOfDayAfter(LICENSE_VALID_UNTIL))
                    .expectTriggeredDeadlines(new QualificationExpiry(LICENSE, LICENSE_VALID_UNTIL))
                    .expectEvents(licenseExpired(), suspendedForExpiredLicense());
        }

        @Test
        void doesNotFireOnTheLastDayOfValidity() {
            given(admitted())
                    .andGivenCommands(addLicense())
                    .whenTimeAdvancesTo(startOfDayAfter(LICENSE_VALID_UNTIL).minusSeconds(1))
                    .expectNoEvents();
        }

        @Test
        void onlyRecordsTheExpiryOfAQualificationThatIsNotRequired() {
            given(admitted())
                    .andGivenCommands(addIso())
                    .whenTimeAdvancesTo(startOfDayAfter(LICENSE_VALID_UNTIL))
                    .expectEvents(new VendorQualificationExpired(VENDOR_ID, ISO, addIso().type(), LICENSE_VALID_UNTIL));
        }

        @Test
        void addsTheExpiryCauseToAVendorSuspendedByDecision() {
            given(with(admitted(), suspendedByDecision()))
                    .andGivenCommands(addLicense())
                    .whenTimeAdvancesTo(startOfDayAfter(LICENSE_VALID_UNTIL))
                    .expectEvents(licenseExpired(), suspendedForExpiredLicense());
        }

        @Test
        void recordsTheCauseOnlyOnceWhenSeveralRequiredQualificationsExpire() {
            AddQualification permit = new AddQualification(VENDOR_ID, "qualification-permit",
                    addLicense().type(), "HR-1", "人社局", LocalDate.of(2021, 1, 1), LICENSE_VALID_UNTIL, true);
            given(admitted())
                    .andGivenCommands(addLicense(), permit)
                    .whenTimeAdvancesTo(startOfDayAfter(LICENSE_VALID_UNTIL))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            instanceOf(VendorQualificationExpired.class),
                            instanceOf(VendorSuspended.class),
                            instanceOf(VendorQualificationExpired.class),
                            andNoMore())));
        }

        @Test
        void onlyRecordsTheExpiryForAVendorNotYetAdmitted() {
            given(vendorRegistered())
                    .andGivenCommands(addLicense())
                    .whenTimeAdvancesTo(startOfDayAfter(LICENSE_VALID_UNTIL))
                    .expectEvents(licenseExpired());
        }

        @Test
        void changesNothingWhenTheQualificationWasRenewedInTime() {
            given(admitted())
                    .andGivenCommands(addLicense(), new RenewQualification(VENDOR_ID, LICENSE, "BL-2",
                            LocalDate.of(2026, 7, 1), LocalDate.of(2031, 6, 30)))
                    .whenTimeAdvancesTo(startOfDayAfter(LICENSE_VALID_UNTIL))
                    .expectNoEvents();
        }
    }

    @Nested
    class StartDueDiligenceCommand {

        @Test
        void startsDueDiligenceOfARegisteredVendor() {
            given(vendorRegistered())
                    .when(new StartDueDiligence(VENDOR_ID))
                    .expectEvents(new DueDiligenceStarted(VENDOR_ID, TODAY));
        }

        @Test
        void letsAnEliminatedVendorEnterDueDiligenceAgain() {
            given(with(admitted(), new VendorEliminated(VENDOR_ID, "连续两年考核不合格", List.of())))
                    .when(new StartDueDiligence(VENDOR_ID))
                    .expectEvents(new DueDiligenceStarted(VENDOR_ID, TODAY));
        }

        @Test
        void refusesToStartWhileDueDiligenceIsUnderWay() {
            given(underDueDiligence())
                    .when(new StartDueDiligence(VENDOR_ID))
                    .expectException(breaks("vendor.due-diligence.not-startable", 409));
        }

        @Test
        void refusesToStartForAnAdmittedVendor() {
            given(admitted())
                    .when(new StartDueDiligence(VENDOR_ID))
                    .expectException(breaks("vendor.due-diligence.not-startable", 409))
                    .expectExceptionMessage(containsString("ADMITTED"));
        }
    }

    @Nested
    class RecordDueDiligenceFindingCommand {

        private final RecordDueDiligenceFinding licenseChecked = new RecordDueDiligenceFinding(VENDOR_ID,
                AdmissionCriterion.VALID_BUSINESS_LICENSE, PASSED, "checked VALID_BUSINESS_LICENSE",
                List.of("evidence/valid_business_license"));

        @Test
        void recordsAFindingOfTheExaminingDepartment() {
            given(underDueDiligence())
                    .when(licenseChecked, actingAs(Department.LEGAL))
                    .expectEvents(finding(AdmissionCriterion.VALID_BUSINESS_LICENSE, PASSED));
        }

        @Test
        void forbidsAFindingByAnotherDepartment() {
            given(underDueDiligence())
                    .when(licenseChecked, actingAs(Department.FINANCE))
                    .expectException(breaks("vendor.due-diligence.wrong-department", 403))
                    .expectExceptionMessage(containsString("LEGAL"));
        }

        @Test
        void forbidsAFindingWithoutAKnownDepartment() {
            given(underDueDiligence())
                    .when(licenseChecked)
                    .expectException(breaks("vendor.due-diligence.wrong-department", 403));
        }

        @Test
        void refusesToSupersedeAFailedFindingWithoutAReexaminationReason() {
            given(underDueDiligence(FAILED))
                    .when(licenseChecked, actingAs(Department.LEGAL))
                    .expectException(breaks("vendor.due-diligence.reexamination-reason-required", 422));
        }

        @Test
        void recordsTheReexaminationOfAFailedCriterionWithItsReason() {
            RecordDueDiligenceFinding reexamined = new RecordDueDiligenceFinding(VENDOR_ID,
                    AdmissionCriterion.VALID_BUSINESS_LICENSE, PASSED, "换发新证", List.of("license-2026"), "营业执照已换发");
            given(underDueDiligence(FAILED))
                    .when(reexamined, actingAs(Department.LEGAL))
                    .expectEvents(new DueDiligenceFindingRecorded(VENDOR_ID, AdmissionCriterion.VALID_BUSINESS_LICENSE,
                            PASSED, "换发新证", List.of("license-2026"), "营业执照已换发"));
        }

        @Test
        void refusesFindingsOutsideDueDiligence() {
            given(vendorRegistered())
                    .when(licenseChecked, actingAs(Department.LEGAL))
                    .expectException(breaks("vendor.due-diligence.not-under-due-diligence", 409));
        }
    }

    @Nested
    class AdmitVendorCommand {

        @Test
        void admitsWhenEveryCriterionPassedAndSchedulesTheAnnualReview() {
            LocalDate reviewDue = LocalDate.of(2027, 3, 10);
            given(everyCriterionPassed())
                    .when(new AdmitVendor(VENDOR_ID, null))
                    .expectEvents(new VendorAdmitted(VENDOR_ID, TODAY, VendorTier.STANDARD, reviewDue,
                            requiredDocuments()))
                    .expectScheduledDeadline(startOfDayAfter(reviewDue), new AnnualReviewDue(reviewDue));
        }

        @Test
        void admitsWithTheRequestedTier() {
            given(everyCriterionPassed())
                    .when(new AdmitVendor(VENDOR_ID, VendorTier.STRATEGIC))
                    .expectEvents(new VendorAdmitted(VENDOR_ID, TODAY, VendorTier.STRATEGIC, TODAY.plusMonths(12),
                            requiredDocuments()));
        }

        @Test
        void refusesAdmissionWhenACriterionIsMissing() {
            given(underDueDiligence(PASSED, PASSED, PASSED, PASSED, PASSED, PASSED, PASSED))
                    .when(new AdmitVendor(VENDOR_ID, null))
                    .expectException(breaks("vendor.admission.criteria-incomplete", 422))
                    .expectExceptionMessage(containsString("FINANCIAL_STATEMENTS"));
        }

        @Test
        void refusesAdmissionWhenACriterionFailed() {
            given(underDueDiligence(PASSED, PASSED, PASSED, FAILED, PASSED, PASSED, PASSED, PASSED))
                    .when(new AdmitVendor(VENDOR_ID, null))
                    .expectException(breaks("vendor.admission.criterion-failed", 422))
                    .expectExceptionMessage(containsString("LITIGATION_CHECK"));
        }

        @Test
        void refusesAdmissionWhileARequiredQualificationIsExpired() {
            given(with(everyCriterionPassed(), licenseExpired()))
                    .when(new AdmitVendor(VENDOR_ID, null))
                    .expectException(breaks("vendor.admission.qualification-expired", 422));
        }

        @Test
        void requiresFreshFindingsAfterEnteringDueDiligenceAgain() {
            given(with(admitted(), new VendorEliminated(VENDOR_ID, "连续两年考核不合格", List.of()),
                    new DueDiligenceStarted(VENDOR_ID, TODAY)))
                    .when(new AdmitVendor(VENDOR_ID, null))
                    .expectException(breaks("vendor.admission.criteria-incomplete", 422));
        }

        @Test
        void forbidsAdmissionByTheUserWhoRegisteredTheVendor() {
            Object[] registeredByHr = everyCriterionPassed();
            registeredByHr[0] = by("hr", Department.HR, vendorRegistered());
            given(registeredByHr)
                    .when(new AdmitVendor(VENDOR_ID, null), actingAs("hr", Department.HR))
                    .expectException(breaks("vendor.admission.own-work", 403));
        }

        @Test
        void forbidsAdmissionByAUserWhoRecordedAFindingOfThisDueDiligence() {
            given(with(everyCriterionPassed(), by("hr2", Department.HR,
                    finding(AdmissionCriterion.MANAGEMENT_SYSTEMS, PASSED))))
                    .when(new AdmitVendor(VENDOR_ID, null), actingAs("hr2", Department.HR))
                    .expectException(breaks("vendor.admission.own-work", 403));
        }

        @Test
        void admitsByAnotherUserThanTheRegistrantAndTheExaminers() {
            Object[] registeredByHr = with(everyCriterionPassed(), by("hr", Department.HR,
                    finding(AdmissionCriterion.MANAGEMENT_SYSTEMS, PASSED)));
            registeredByHr[0] = by("hr", Department.HR, vendorRegistered());
            given(registeredByHr)
                    .when(new AdmitVendor(VENDOR_ID, null), actingAs("hr2", Department.HR))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(VendorAdmitted.class),
                            andNoMore())));
        }

        @Test
        void letsAnExaminerOfAnEarlierDueDiligenceAdmit() {
            given(with(everyCriterionPassed(), by("hr2", Department.HR,
                    finding(AdmissionCriterion.MANAGEMENT_SYSTEMS, PASSED)), vendorAdmitted(),
                    new VendorEliminated(VENDOR_ID, "连续两年考核不合格", List.of("review-2026")),
                    new DueDiligenceStarted(VENDOR_ID, TODAY)))
                    .andGiven(List.of(everyCriterionPassed()).subList(2, everyCriterionPassed().length))
                    .when(new AdmitVendor(VENDOR_ID, null), actingAs("hr2", Department.HR))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(VendorAdmitted.class),
                            andNoMore())));
        }

        @Test
        void refusesAdmissionWithoutAValidBusinessLicenseOnFile() {
            given(everyCriterionPassedWithoutDocuments())
                    .when(new AdmitVendor(VENDOR_ID, null))
                    .expectException(breaks("vendor.admission.required-document-missing", 422))
                    .expectExceptionMessage(containsString("BUSINESS_LICENSE"));
        }

        @Test
        void refusesAdmissionOfAnHrServiceVendorWithoutItsPermit() {
            given(with(everyCriterionPassedWithoutDocuments(), licenseAdded()))
                    .when(new AdmitVendor(VENDOR_ID, null))
                    .expectException(breaks("vendor.admission.required-document-missing", 422))
                    .expectExceptionMessage(containsString("HR_SERVICE_PERMIT"));
        }

        @Test
        void refusesAdmissionWhenTheLicenseOnFileIsNotYetValid() {
            QualificationAdded futureLicense = new QualificationAdded(VENDOR_ID, LICENSE,
                    QualificationType.BUSINESS_LICENSE, "BL-2026-9", "上海市市场监督管理局", TODAY.plusDays(1),
                    TODAY.plusYears(5), true);
            given(with(everyCriterionPassedWithoutDocuments(), futureLicense, hrPermitAdded()))
                    .when(new AdmitVendor(VENDOR_ID, null))
                    .expectException(breaks("vendor.admission.required-document-missing", 422));
        }

        @Test
        void refusesAdmissionOutsideDueDiligence() {
            given(vendorRegistered())
                    .when(new AdmitVendor(VENDOR_ID, null))
                    .expectException(breaks("vendor.admission.not-under-due-diligence", 409));
        }
    }

    @Nested
    class RejectVendorAdmissionCommand {

        @Test
        void rejectsWithTheReasonsAndTheFailedCriteria() {
            given(underDueDiligence(PASSED, PASSED, PASSED, FAILED))
                    .when(new RejectVendorAdmission(VENDOR_ID, List.of("存在重大未决诉讼")))
                    .expectEvents(new VendorAdmissionRejected(VENDOR_ID, List.of("存在重大未决诉讼"),
                            Set.of(AdmissionCriterion.LITIGATION_CHECK)));
        }

        @Test
        void refusesARejectionWithoutReasons() {
            given(underDueDiligence(PASSED, PASSED, PASSED, FAILED))
                    .when(new RejectVendorAdmission(VENDOR_ID, List.of()))
                    .expectException(breaks("vendor.admission-rejection.reasons-required", 422));
        }

        @Test
        void refusesARejectionOutsideDueDiligence() {
            given(admitted())
                    .when(new RejectVendorAdmission(VENDOR_ID, List.of("重复")))
                    .expectException(breaks("vendor.admission-rejection.not-under-due-diligence", 409));
        }
    }

    @Nested
    class WarnVendorCommand {

        @Test
        void warnsAnAdmittedVendorWithItsEvidence() {
            given(admitted())
                    .when(new WarnVendor(VENDOR_ID, "交付延误", List.of("sla-report-2026-02")))
                    .expectEvents(new VendorWarned(VENDOR_ID, "交付延误", List.of("sla-report-2026-02")));
        }

        @Test
        void warnsASuspendedVendor() {
            given(with(admitted(), suspendedByDecision()))
                    .when(new WarnVendor(VENDOR_ID, "整改未完成", List.of("pip-3")))
                    .expectEvents(new VendorWarned(VENDOR_ID, "整改未完成", List.of("pip-3")));
        }

        @Test
        void refusesAWarningWithoutReason() {
            given(admitted())
                    .when(new WarnVendor(VENDOR_ID, "  ", List.of()))
                    .expectException(breaks("vendor.warning.reason-required", 422));
        }

        @Test
        void refusesAWarningWithoutEvidenceReferences() {
            given(admitted())
                    .when(new WarnVendor(VENDOR_ID, "交付延误", null))
                    .expectException(breaks("vendor.warning.evidence-required", 422));
            given(admitted())
                    .when(new WarnVendor(VENDOR_ID, "交付延误", List.of(" ")))
                    .expectException(breaks("vendor.warning.evidence-required", 422));
        }

        @Test
        void refusesToWarnAVendorNotYetAdmitted() {
            given(vendorRegistered())
                    .when(new WarnVendor(VENDOR_ID, "交付延误", List.of()))
                    .expectException(breaks("vendor.warning.not-admitted", 409));
        }
    }

    @Nested
    class SuspendVendorCommand {

        @Test
        void suspendsAnAdmittedVendorByDecision() {
            given(admitted())
                    .when(new SuspendVendor(VENDOR_ID, "多次延误交付", List.of("memo-17")))
                    .expectEvents(suspendedByDecision());
        }

        @Test
        void refusesASuspensionWithoutReason() {
            given(admitted())
                    .when(new SuspendVendor(VENDOR_ID, null, List.of("memo-17")))
                    .expectException(breaks("vendor.suspension.reason-required", 422));
        }

        @Test
        void refusesASuspensionWithoutEvidenceReferences() {
            given(admitted())
                    .when(new SuspendVendor(VENDOR_ID, "多次延误交付", List.of()))
                    .expectException(breaks("vendor.suspension.evidence-required", 422));
        }

        @Test
        void refusesToSuspendAVendorAlreadySuspended() {
            given(with(admitted(), suspendedByDecision()))
                    .when(new SuspendVendor(VENDOR_ID, "再次", List.of()))
                    .expectException(breaks("vendor.suspension.not-admitted", 409));
        }
    }

    @Nested
    class ReinstateVendorCommand {

        @Test
        void reinstatesAVendorSuspendedByDecision() {
            given(with(admitted(), suspendedByDecision()))
                    .when(new ReinstateVendor(VENDOR_ID, "整改完成"))
                    .expectEvents(new VendorReinstated(VENDOR_ID, "整改完成"));
        }

        @Test
        void refusesWhileARequiredQualificationIsExpired() {
            given(with(admitted(), licenseAdded(), suspendedByDecision(), licenseExpired(),
                    suspendedForExpiredLicense()))
                    .when(new ReinstateVendor(VENDOR_ID, "整改完成"))
                    .expectException(breaks("vendor.reinstatement.qualification-expired", 409))
                    .expectExceptionMessage(containsString(LICENSE));
        }

        @Test
        void refusesToReinstateAVendorThatIsNotSuspended() {
            given(admitted())
                    .when(new ReinstateVendor(VENDOR_ID, "整改完成"))
                    .expectException(breaks("vendor.reinstatement.not-suspended", 409));
        }

        @Test
        void refusesAReinstatementWithoutReason() {
            given(with(admitted(), suspendedByDecision()))
                    .when(new ReinstateVendor(VENDOR_ID, ""))
                    .expectException(breaks("vendor.reinstatement.reason-required", 422));
        }
    }

    @Nested
    class EliminateVendorCommand {

        @Test
        void eliminatesAnAdmittedVendorAndCancelsItsAnnualReview() {
            given(everyCriterionPassed())
                    .andGivenCommands(new AdmitVendor(VENDOR_ID, null))
                    .when(new EliminateVendor(VENDOR_ID, "连续两年考核不合格", List.of("eval-2025")))
                    .expectEvents(new VendorEliminated(VENDOR_ID, "连续两年考核不合格", List.of("eval-2025")))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void eliminatesASuspendedVendor() {
            given(with(admitted(), suspendedByDecision()))
                    .when(new EliminateVendor(VENDOR_ID, "整改失败", List.of("pip-3")))
                    .expectEvents(new VendorEliminated(VENDOR_ID, "整改失败", List.of("pip-3")));
        }

        @Test
        void refusesToEliminateAVendorNeverAdmitted() {
            given(underDueDiligence())
                    .when(new EliminateVendor(VENDOR_ID, "整改失败", List.of()))
                    .expectException(breaks("vendor.elimination.not-admitted", 409));
        }

        @Test
        void refusesAnEliminationWithoutEvidenceReferences() {
            given(admitted())
                    .when(new EliminateVendor(VENDOR_ID, "整改失败", List.of()))
                    .expectException(breaks("vendor.elimination.evidence-required", 422));
        }

        @Test
        void refusesAnEliminationWithoutReason() {
            given(admitted())
                    .when(new EliminateVendor(VENDOR_ID, null, List.of()))
                    .expectException(breaks("vendor.elimination.reason-required", 422));
        }
    }

    @Nested
    class BlacklistVendorCommand {

        private final BlacklistVendor blacklisting = new BlacklistVendor(VENDOR_ID, "伪造资质", List.of("case-9"));

        @Test
        void blacklistsAVendorInAnyStateBeforeAdmission() {
            given(vendorRegistered())
                    .when(blacklisting)
                    .expectEvents(new VendorBlacklisted(VENDOR_ID, "伪造资质", List.of("case-9")));
        }

        @Test
        void blacklistsAnAdmittedVendorAndCancelsEveryDeadline() {
            given(everyCriterionPassed())
                    .andGivenCommands(addIso(), new AdmitVendor(VENDOR_ID, null))
                    .when(blacklisting)
                    .expectEvents(new VendorBlacklisted(VENDOR_ID, "伪造资质", List.of("case-9")))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void refusesEveryFurtherCommandOnceBlacklisted() {
            given(vendorRegistered(), new VendorBlacklisted(VENDOR_ID, "伪造资质", List.of()))
                    .when(new StartDueDiligence(VENDOR_ID))
                    .expectException(breaks("vendor.due-diligence.blacklisted", 409));
        }

        @Test
        void refusesToBlacklistTwice() {
            given(vendorRegistered(), new VendorBlacklisted(VENDOR_ID, "伪造资质", List.of()))
                    .when(blacklisting)
                    .expectException(breaks("vendor.blacklisting.blacklisted", 409));
        }

        @Test
        void refusesABlacklistingWithoutEvidenceReferences() {
            given(admitted())
                    .when(new BlacklistVendor(VENDOR_ID, "伪造资质", null))
                    .expectException(breaks("vendor.blacklisting.evidence-required", 422));
        }

        @Test
        void refusesABlacklistingWithoutReason() {
            given(admitted())
                    .when(new BlacklistVendor(VENDOR_ID, " ", List.of("case-9")))
                    .expectException(breaks("vendor.blacklisting.reason-required", 422));
        }
    }

    @Nested
    class OpenVendorPortalAccountCommand {

        private final OpenVendorPortalAccount opening = new OpenVendorPortalAccount(VENDOR_ID, "li.si", "$2a$10$hash");

        @Test
        void opensAnAccountForAnAdmittedVendorAndStoresOnlyItsHashOutsideTheEvent() {
            given(admitted())
                    .when(opening)
                    .expectEvents(new VendorPortalAccountOpened(VENDOR_ID, "li.si"));
            assertThat(credentials.accounts).containsEntry("li.si",
                    new InMemoryPortalCredentials.Stored(VENDOR_ID, "$2a$10$hash", true));
            assertThat(opening.toString()).doesNotContain("$2a$10$hash");
        }

        @Test
        void refusesAnAccountForAVendorNotAdmitted() {
            given(with(admitted(), suspendedByDecision()))
                    .when(opening)
                    .expectException(breaks("vendor.portal-account.not-admitted", 409));
            given(vendorRegistered(), new VendorBlacklisted(VENDOR_ID, "伪造资质", List.of()))
                    .when(opening)
                    .expectException(breaks("vendor.portal-account.blacklisted", 409));
            assertThat(credentials.accounts).isEmpty();
        }

        @Test
        void refusesAnInternalUsersName() {
            given(admitted())
                    .when(new OpenVendorPortalAccount(VENDOR_ID, "hr2", "$2a$10$hash"))
                    .expectException(breaks("vendor.portal-account.username-reserved", 409));
        }

        @Test
        void refusesANameAnotherAccountHoldsOrOnceHeld() {
            credentials.store("wang.wu", "vendor-2", "$2a$10$other");
            given(admitted())
                    .when(new OpenVendorPortalAccount(VENDOR_ID, "wang.wu", "$2a$10$hash"))
                    .expectException(breaks("vendor.portal-account.username-taken", 409));
            given(with(admitted(), new VendorPortalAccountOpened(VENDOR_ID, "li.si"),
                    new VendorPortalAccountClosed(VENDOR_ID, "li.si", "离职")))
                    .when(opening)
                    .expectException(breaks("vendor.portal-account.username-taken", 409));
        }
    }

    @Nested
    class CloseVendorPortalAccountCommand {

        @Test
        void closesAnOpenAccount() {
            credentials.store("li.si", VENDOR_ID, "$2a$10$hash");
            given(with(admitted(), new VendorPortalAccountOpened(VENDOR_ID, "li.si")))
                    .when(new CloseVendorPortalAccount(VENDOR_ID, "li.si", "离职"))
                    .expectEvents(new VendorPortalAccountClosed(VENDOR_ID, "li.si", "离职"));
            assertThat(credentials.accounts.get("li.si").open()).isFalse();
        }

        @Test
        void refusesAnUnknownAccountAnAccountClosedAlreadyAndAClosureWithoutReason() {
            given(admitted())
                    .when(new CloseVendorPortalAccount(VENDOR_ID, "li.si", "离职"))
                    .expectException(breaks("vendor.portal-account-closure.not-found", 404));
            given(with(admitted(), new VendorPortalAccountOpened(VENDOR_ID, "li.si"),
                    new VendorPortalAccountClosed(VENDOR_ID, "li.si", "离职")))
                    .when(new CloseVendorPortalAccount(VENDOR_ID, "li.si", "离职"))
                    .expectException(breaks("vendor.portal-account-closure.already-closed", 409));
            given(with(admitted(), new VendorPortalAccountOpened(VENDOR_ID, "li.si")))
                    .when(new CloseVendorPortalAccount(VENDOR_ID, "li.si", " "))
                    .expectException(breaks("vendor.portal-account-closure.reason-required", 422));
        }

        @Test
        void blacklistingOrEliminatingTheVendorClosesEveryOpenAccount() {
            credentials.store("li.si", VENDOR_ID, "$2a$10$hash");
            credentials.store("zhao.liu", VENDOR_ID, "$2a$10$hash");
            Object[] twoAccounts = with(admitted(), new VendorPortalAccountOpened(VENDOR_ID, "li.si"),
                    new VendorPortalAccountOpened(VENDOR_ID, "zhao.liu"),
                    new VendorPortalAccountClosed(VENDOR_ID, "zhao.liu", "离职"));
            given(twoAccounts)
                    .when(new BlacklistVendor(VENDOR_ID, "伪造资质", List.of("case-9")))
                    .expectEvents(new VendorBlacklisted(VENDOR_ID, "伪造资质", List.of("case-9")),
                            new VendorPortalAccountClosed(VENDOR_ID, "li.si", "Vendor blacklisted: 伪造资质"));
            assertThat(credentials.accounts.get("li.si").open()).isFalse();
            given(twoAccounts)
                    .when(new EliminateVendor(VENDOR_ID, "整改失败", List.of("pip-3")))
                    .expectEvents(new VendorEliminated(VENDOR_ID, "整改失败", List.of("pip-3")),
                            new VendorPortalAccountClosed(VENDOR_ID, "li.si", "Vendor eliminated: 整改失败"));
        }
    }

    @Nested
    class ChangeVendorTierCommand {

        @Test
        void changesTheTierOfAnAdmittedVendor() {
            given(admitted())
                    .when(new ChangeVendorTier(VENDOR_ID, VendorTier.STRATEGIC))
                    .expectEvents(new VendorTierChanged(VENDOR_ID, VendorTier.STRATEGIC));
        }

        @Test
        void refusesTheTierTheVendorAlreadyHas() {
            given(admitted())
                    .when(new ChangeVendorTier(VENDOR_ID, VendorTier.STANDARD))
                    .expectException(breaks("vendor.tier.unchanged", 409));
        }

        @Test
        void refusesATierForAVendorNotAdmitted() {
            given(vendorRegistered())
                    .when(new ChangeVendorTier(VENDOR_ID, VendorTier.STRATEGIC))
                    .expectException(breaks("vendor.tier.not-admitted", 409));
        }
    }

    @Nested
    class CompleteAnnualReviewCommand {

        private final LocalDate firstDue = LocalDate.of(2027, 3, 10);

        @Test
        void completesTheReviewAndSchedulesTheNextOneInstead() {
            TestExecutor<Vendor> admittedToday = given(everyCriterionPassed())
                    .andGivenCommands(new AdmitVendor(VENDOR_ID, null));
            clock.setTo(Instant.parse("2026-09-01T02:00:00Z"));
            LocalDate nextDue = LocalDate.of(2027, 9, 1);
            admittedToday
                    .when(new CompleteAnnualReview(VENDOR_ID, AnnualReviewOutcome.SOUND, "财务报表无异常"))
                    .expectEvents(new AnnualReviewCompleted(VENDOR_ID, LocalDate.of(2026, 9, 1),
                            AnnualReviewOutcome.SOUND, "财务报表无异常", nextDue))
                    .expectScheduledDeadline(startOfDayAfter(nextDue), new AnnualReviewDue(nextDue))
                    .expectNoScheduledDeadline(startOfDayAfter(firstDue), new AnnualReviewDue(firstDue));
        }

        @Test
        void refusesAReviewWithoutOutcome() {
            given(admitted())
                    .when(new CompleteAnnualReview(VENDOR_ID, null, "n/a"))
                    .expectException(breaks("vendor.annual-review.outcome-required", 422));
        }

        @Test
        void refusesAReviewOfAVendorNotAdmitted() {
            given(vendorRegistered())
                    .when(new CompleteAnnualReview(VENDOR_ID, AnnualReviewOutcome.SOUND, null))
                    .expectException(breaks("vendor.annual-review.not-admitted", 409));
        }
    }

    @Nested
    class AnnualReviewDeadline {

        private final LocalDate due = LocalDate.of(2027, 3, 10);

        @Test
        void flagsTheReviewOverdueWhenNoReviewHappenedByItsDueDate() {
            given(everyCriterionPassed())
                    .andGivenCommands(new AdmitVendor(VENDOR_ID, null))
                    .whenTimeAdvancesTo(startOfDayAfter(due))
                    .expectTriggeredDeadlines(new AnnualReviewDue(due))
                    .expectEvents(new AnnualReviewOverdue(VENDOR_ID, due));
        }

        @Test
        void staysQuietWhenAReviewWasCompletedBeforeTheDueDate() {
            TestExecutor<Vendor> admittedToday = given(everyCriterionPassed())
                    .andGivenCommands(new AdmitVendor(VENDOR_ID, null));
            clock.setTo(Instant.parse("2026-09-01T02:00:00Z"));
            admittedToday
                    .andGivenCommands(new CompleteAnnualReview(VENDOR_ID, AnnualReviewOutcome.CONCERNS, "应收账款偏高"))
                    .whenTimeAdvancesTo(startOfDayAfter(due))
                    .expectNoEvents()
                    .expectTriggeredDeadlines();
        }
    }
}
