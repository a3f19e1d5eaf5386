package com.outsourcingledger.command.compliance;

import com.outsourcingledger.api.compliance.ComplianceCheckCommand.*;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.*;
import com.outsourcingledger.api.compliance.ComplianceCheckOccasion;
import com.outsourcingledger.api.compliance.ComplianceProof;
import com.outsourcingledger.api.compliance.ComplianceViolationKind;
import com.outsourcingledger.api.compliance.ProofSubmission;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.outsourcingledger.api.compliance.ComplianceProof.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class ComplianceCheckTest {

    private static final String CHECK_ID = "check-1";
    private static final String CONTRACT_ID = "contract-1";
    private static final String VENDOR_ID = "vendor-1";
    private static final String SETTLEMENT_ID = CONTRACT_ID + ":settlement:2026-03";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-04-10T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    private static final List<ComplianceProof> PROOFS = List.of(ROSTER, SOCIAL_INSURANCE);
    private static final MetaData HR = MetaData.from(Map.of(MetadataKeys.USER, "hr",
            MetadataKeys.DEPARTMENT, Department.HR.name()));
    private static final MetaData BUSINESS = MetaData.from(Map.of(MetadataKeys.USER, "business",
            MetadataKeys.DEPARTMENT, Department.BUSINESS.name()));

    private final Map<String, ContractFacts> contracts = new HashMap<>();
    private AggregateTestFixture<ComplianceCheck> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ComplianceCheck.class);
        contracts.put(CONTRACT_ID, contract(CONTRACT_ID, ContractStatus.ACTIVE));
        fixture.registerInjectableResource((SettlementContracts) id -> Optional.ofNullable(contracts.get(id)));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZONE));
    }

    private static ContractFacts contract(String contractId, ContractStatus status) {
        Term term = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        return new ContractFacts(contractId, status, VENDOR_ID, "project-1", Money.cny("2400000.00"),
                FeeModel.FIXED_PRICE, SettlementCycle.MONTHLY, List.of(term), term.start(), null, List.of(),
                Set.of(), Set.of(), Money.cny("0.00"));
    }

    private static MetaData vendorUser(String vendorId) {
        return MetaData.from(Map.of(MetadataKeys.USER, "vendor-user", MetadataKeys.VENDOR, vendorId));
    }

    private static OpenComplianceCheck adHoc(List<ComplianceProof> proofs, LocalDate dueOn) {
        return new OpenComplianceCheck(CHECK_ID, CONTRACT_ID, ComplianceCheckOccasion.AD_HOC, null, null, proofs,
                dueOn);
    }

    private static OpenComplianceCheck ofCycle() {
        return new OpenComplianceCheck(CHECK_ID, CONTRACT_ID, ComplianceCheckOccasion.SETTLEMENT_CYCLE,
                SETTLEMENT_ID, "2026-03", PROOFS, null);
    }

    private static ComplianceProofsRequested requested() {
        return new ComplianceProofsRequested(CHECK_ID, CONTRACT_ID, VENDOR_ID, ComplianceCheckOccasion.SETTLEMENT_CYCLE,
                SETTLEMENT_ID, "2026-03", PROOFS, TODAY.plusDays(10), 10);
    }

    private static ComplianceProofsSubmitted submitted(ProofSubmission... submissions) {
        return new ComplianceProofsSubmitted(CHECK_ID, CONTRACT_ID, List.of(submissions));
    }

    private static final ProofSubmission ROSTER_DOC = new ProofSubmission(ROSTER, "HMC-2026-03");
    private static final ProofSubmission SI_DOC = new ProofSubmission(SOCIAL_INSURANCE, "SB-2026-03");

    private ResultValidator<ComplianceCheck> when(Object command, MetaData metaData, Object... given) {
        return fixture.givenCurrentTime(NOW).andGiven(given).when(command, metaData);
    }

    @Nested
    class Opening {

        @Test
        void opensAnAdHocCheckByHrDueByThePolicysProofDays() {
            fixture.givenCurrentTime(NOW).when(adHoc(List.of(ROSTER, ROSTER, WAGE_VOUCHERS), null), HR)
                    .expectEvents(new ComplianceProofsRequested(CHECK_ID, CONTRACT_ID, VENDOR_ID,
                            ComplianceCheckOccasion.AD_HOC, null, null, List.of(ROSTER, WAGE_VOUCHERS),
                            TODAY.plusDays(10), 10))
                    .expectScheduledDeadlineWithName(Instant.parse("2026-04-20T16:00:00Z"),
                            ComplianceDeadlines.PROOFS_DUE);
        }

        @Test
        void takesTheDueDateHrSets() {
            fixture.givenCurrentTime(NOW).when(adHoc(PROOFS, TODAY.plusDays(3)), HR)
                    .expectEvents(new ComplianceProofsRequested(CHECK_ID, CONTRACT_ID, VENDOR_ID,
                            ComplianceCheckOccasion.AD_HOC, null, null, PROOFS, TODAY.plusDays(3), null));
        }

        @Test
        void opensTheCheckOfASettlementCycleForTheProcess() {
            fixture.givenCurrentTime(NOW).when(ofCycle(), vendorUser(VENDOR_ID)).expectEvents(requested());
        }

        @Test
        void refusesAnAdHocCheckByAnotherDepartment() {
            when(adHoc(PROOFS, null), BUSINESS).expectException(breaks("compliance-check.open.wrong-department", 403));
        }

        @Test
        void refusesACheckWithoutOccasion() {
            when(new OpenComplianceCheck(CHECK_ID, CONTRACT_ID, null, null, null, PROOFS, null), HR)
                    .expectException(breaks("compliance-check.open.occasion-required", 422));
        }

        @Test
        void refusesACycleCheckNamingNoSettlement() {
            when(new OpenComplianceCheck(CHECK_ID, CONTRACT_ID, ComplianceCheckOccasion.SETTLEMENT_CYCLE, null,
                    "2026-03", PROOFS, null), HR).expectException(breaks("compliance-check.open.settlement-required", 422));
        }

        @Test
        void refusesAnUnknownContract() {
            when(new OpenComplianceCheck(CHECK_ID, "contract-9", ComplianceCheckOccasion.AD_HOC, null, null, PROOFS,
                    null), HR).expectException(breaks("compliance-check.open.unknown-contract", 404));
        }

        @Test
        void refusesAContractNotSignedOrActive() {
            contracts.put(CONTRACT_ID, contract(CONTRACT_ID, ContractStatus.TERMINATED));
            when(adHoc(PROOFS, null), HR).expectException(breaks("compliance-check.open.contract-not-in-force", 409));
        }

        @Test
        void opensOnASignedContract() {
            contracts.put(CONTRACT_ID, contract(CONTRACT_ID, ContractStatus.SIGNED));
            when(adHoc(PROOFS, null), HR).expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesACheckAskingForNoProof() {
            when(adHoc(List.of(), null), HR).expectException(breaks("compliance-check.open.proofs-required", 422));
        }

        @Test
        void refusesADueDateInThePast() {
            when(adHoc(PROOFS, TODAY.minusDays(1)), HR)
                    .expectException(breaks("compliance-check.open.due-date-in-past", 422));
        }

        @Test
        void refusesASecondOpening() {
            when(ofCycle(), vendorUser(VENDOR_ID), requested()).expectNoEvents()
                    .expectException(breaks("compliance-check.open.already-open", 409));
        }
    }

    @Nested
    class Submission {

        @Test
        void recordsTheVendorUsersProofs() {
            when(new SubmitComplianceProofs(CHECK_ID, List.of(ROSTER_DOC)), vendorUser(VENDOR_ID), requested())
                    .expectEvents(submitted(ROSTER_DOC));
        }

        @Test
        void refusesAUserWhoIsNoVendorUser() {
            when(new SubmitComplianceProofs(CHECK_ID, List.of(ROSTER_DOC)), HR, requested())
                    .expectException(breaks("compliance-check.submission.not-a-vendor-user", 403));
        }

        @Test
        void refusesAnotherVendorsUser() {
            when(new SubmitComplianceProofs(CHECK_ID, List.of(ROSTER_DOC)), vendorUser("vendor-2"), requested())
                    .expectException(breaks("vendor-scope.other-vendor", 403));
        }

        @Test
        void refusesAProofNotRequested() {
            when(new SubmitComplianceProofs(CHECK_ID, List.of(new ProofSubmission(HOUSING_FUND, "GJJ-1"))),
                    vendorUser(VENDOR_ID), requested())
                    .expectException(breaks("compliance-check.submission.not-requested", 422));
        }

        @Test
        void refusesAProofWithoutItsDocument() {
            when(new SubmitComplianceProofs(CHECK_ID, List.of(new ProofSubmission(ROSTER, " "))),
                    vendorUser(VENDOR_ID), requested())
                    .expectException(breaks("compliance-check.submission.proofs-required", 422));
        }

        @Test
        void refusesASubmissionAfterTheCheckConcluded() {
            when(new SubmitComplianceProofs(CHECK_ID, List.of(ROSTER_DOC)), vendorUser(VENDOR_ID), requested(),
                    submitted(ROSTER_DOC, SI_DOC), new EmploymentComplianceVerified(CHECK_ID, CONTRACT_ID, "齐全"))
                    .expectException(breaks("compliance-check.submission.wrong-status", 409));
        }
    }

    @Nested
    class Conclusion {

        @Test
        void verifiesTheProofsSubmitted() {
            when(new VerifyEmploymentCompliance(CHECK_ID, "齐全"), HR, requested(), submitted(ROSTER_DOC, SI_DOC))
                    .expectEvents(new EmploymentComplianceVerified(CHECK_ID, CONTRACT_ID, "齐全"));
        }

        @Test
        void refusesVerifyingWhileAProofIsMissing() {
            when(new VerifyEmploymentCompliance(CHECK_ID, null), HR, requested(), submitted(ROSTER_DOC))
                    .expectException(breaks("compliance-check.verification.wrong-status", 409));
        }

        @Test
        void refusesAVerificationByAnotherDepartmentOrTheVendor() {
            when(new VerifyEmploymentCompliance(CHECK_ID, null), vendorUser(VENDOR_ID), requested(),
                    submitted(ROSTER_DOC, SI_DOC))
                    .expectException(breaks("compliance-check.verification.wrong-department", 403));
        }

        @Test
        void recordsAViolationWithTheSettlementItHolds() {
            when(new RecordComplianceViolation(CHECK_ID, ComplianceViolationKind.SOCIAL_INSURANCE, "3 人社保未缴",
                    List.of("SB-AUDIT")), HR, requested(), submitted(ROSTER_DOC))
                    .expectEvents(new EmploymentComplianceViolationFound(CHECK_ID, CONTRACT_ID, VENDOR_ID,
                            SETTLEMENT_ID, ComplianceViolationKind.SOCIAL_INSURANCE, "3 人社保未缴",
                            List.of("SB-AUDIT")));
        }

        @Test
        void refusesAViolationWithoutFindings() {
            when(new RecordComplianceViolation(CHECK_ID, ComplianceViolationKind.WAGES, " ", null), HR, requested())
                    .expectException(breaks("compliance-check.violation.findings-required", 422));
        }

        @Test
        void refusesAViolationWithoutItsKind() {
            when(new RecordComplianceViolation(CHECK_ID, null, "欠薪", null), HR, requested())
                    .expectException(breaks("compliance-check.violation.kind-required", 422));
        }

        @Test
        void refusesAViolationByAnotherDepartment() {
            when(new RecordComplianceViolation(CHECK_ID, ComplianceViolationKind.WAGES, "欠薪", null), BUSINESS,
                    requested()).expectException(breaks("compliance-check.violation.wrong-department", 403));
        }

        @Test
        void refusesAViolationOnAVerifiedCheck() {
            when(new RecordComplianceViolation(CHECK_ID, ComplianceViolationKind.WAGES, "欠薪", null), HR,
                    requested(), submitted(ROSTER_DOC, SI_DOC),
                    new EmploymentComplianceVerified(CHECK_ID, CONTRACT_ID, null))
                    .expectException(breaks("compliance-check.violation.wrong-status", 409));
        }
    }

    @Nested
    class Deadline {

        @Test
        void flagsTheProofsStillMissingAtTheEndOfTheDueDay() {
            fixture.givenCurrentTime(NOW).andGivenCommands(ofCycle())
                    .andGiven(submitted(ROSTER_DOC))
                    .whenTimeElapses(Duration.ofDays(11))
                    .expectEvents(new ComplianceProofsOverdue(CHECK_ID, CONTRACT_ID, VENDOR_ID, TODAY.plusDays(10),
                            List.of(SOCIAL_INSURANCE)));
        }

        @Test
        void flagsNothingWhenEveryProofArrived() {
            fixture.givenCurrentTime(NOW).andGivenCommands(ofCycle())
                    .andGiven(submitted(ROSTER_DOC, SI_DOC))
                    .whenTimeElapses(Duration.ofDays(11))
                    .expectNoEvents();
        }

        @Test
        void flagsNothingOnAConcludedCheck() {
            fixture.givenCurrentTime(NOW).andGivenCommands(ofCycle())
                    .andGiven(new EmploymentComplianceViolationFound(CHECK_ID, CONTRACT_ID, VENDOR_ID, SETTLEMENT_ID,
                            ComplianceViolationKind.WAGES, "欠薪", List.of()))
                    .whenTimeElapses(Duration.ofDays(11))
                    .expectNoEvents();
        }
    }
}
