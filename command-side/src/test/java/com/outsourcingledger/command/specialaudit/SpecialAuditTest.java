package com.outsourcingledger.command.specialaudit;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.FindingSeverity;
import com.outsourcingledger.api.specialaudit.SpecialAuditCommand.*;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.*;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class SpecialAuditTest {

    private static final String AUDIT_ID = "audit-2026";
    private static final String CONTRACT_ID = "contract-1";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-04-10T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final MetaData AUDIT = as("auditor", Department.AUDIT);
    private static final MetaData HR = as("hr", Department.HR);
    private static final MetaData MANAGEMENT = as("manager", Department.MANAGEMENT);
    private static final MetaData LEGAL = as("legal", Department.LEGAL);
    private static final MetaData SYSTEM = MetaData.with(MetadataKeys.USER, MetadataKeys.SYSTEM_USER)
            .and(MetadataKeys.DEPARTMENT, Department.BUSINESS.name());
    private static final List<ControlAnswer> ANSWERS = List.of(
            new ControlAnswer(AuditControl.NDA_BEFORE_SIGNING, 3, List.of()));

    private final Map<String, ContractFacts> contracts = new HashMap<>();
    private AggregateTestFixture<SpecialAudit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SpecialAudit.class);
        contracts.put(CONTRACT_ID, contract(ContractStatus.ACTIVE));
        fixture.registerInjectableResource((SettlementContracts) id -> Optional.ofNullable(contracts.get(id)));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZONE));
        fixture.registerInjectableResource(SpecialAuditPolicy.defaults());
    }

    private static MetaData as(String user, Department department) {
        return MetaData.with(MetadataKeys.USER, user).and(MetadataKeys.DEPARTMENT, department.name());
    }

    private static ContractFacts contract(ContractStatus status) {
        Term term = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        return new ContractFacts(CONTRACT_ID, status, "vendor-1", "project-1", Money.cny("2400000.00"),
                FeeModel.FIXED_PRICE, SettlementCycle.MONTHLY, List.of(term), term.start(), null, List.of(),
                Set.of(), Set.of(), Money.cny("0.00"));
    }

    private static OpenSpecialAudit open(LocalDate from, LocalDate to) {
        return new OpenSpecialAudit(AUDIT_ID, from, to, List.of(), "All outsourcing of 2025");
    }

    private static SpecialAuditOpened opened() {
        return new SpecialAuditOpened(AUDIT_ID, FROM, TO, List.of(), "All outsourcing of 2025");
    }

    private static SpecialAuditJoinedByHr joined() {
        return new SpecialAuditJoinedByHr(AUDIT_ID);
    }

    private static AuditChecklistGenerated checklist() {
        return new AuditChecklistGenerated(AUDIT_ID, FROM, TO, ANSWERS, 42);
    }

    private static RecordAuditFinding finding(String findingId, String contractId, LocalDate dueOn) {
        return new RecordAuditFinding(AUDIT_ID, findingId, AuditControl.NDA_BEFORE_SIGNING, FindingSeverity.HIGH,
                "Signed before its NDA", List.of("event-1"), Department.LEGAL, dueOn, contractId);
    }

    private static AuditFindingRecorded recorded(String findingId, String contractId) {
        return new AuditFindingRecorded(AUDIT_ID, findingId, AuditControl.NDA_BEFORE_SIGNING, FindingSeverity.HIGH,
                "Signed before its NDA", List.of("event-1"), Department.LEGAL, TODAY.plusDays(30), contractId,
                contractId == null ? null : "special-audit:" + AUDIT_ID + ":" + findingId);
    }

    private static List<CommandMessage<?>> by(MetaData metaData, Object command) {
        return List.of(GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
    }

    private ResultValidator<SpecialAudit> when(Object command, MetaData metaData, Object... given) {
        return fixture.givenCurrentTime(NOW).andGiven(given).when(command, metaData);
    }

    @Nested
    class Opening {

        @Test
        void opensAPeriodEndingByTodayForAudit() {
            fixture.givenCurrentTime(NOW).when(open(FROM, TO), AUDIT).expectEvents(opened());
        }

        @Test
        void opensAPeriodEndingToday() {
            when(open(FROM, TODAY), AUDIT).expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesAnotherDepartment() {
            when(open(FROM, TO), HR).expectException(breaks("special-audit.open.wrong-department", 403));
        }

        @Test
        void refusesAPeriodReachingIntoTheFuture() {
            when(open(FROM, TODAY.plusDays(1)), AUDIT)
                    .expectException(breaks("special-audit.open.invalid-period", 422));
        }

        @Test
        void refusesAPeriodEndingBeforeItStarts() {
            when(open(TO, FROM), AUDIT).expectException(breaks("special-audit.open.invalid-period", 422));
        }
    }

    @Nested
    class JoiningAndChecklist {

        @Test
        void hrJoins() {
            when(new JoinSpecialAudit(AUDIT_ID), HR, opened()).expectEvents(joined());
        }

        @Test
        void refusesAuditJoiningAsHr() {
            when(new JoinSpecialAudit(AUDIT_ID), AUDIT, opened())
                    .expectException(breaks("special-audit.join.wrong-department", 403));
        }

        @Test
        void refusesASecondJoining() {
            when(new JoinSpecialAudit(AUDIT_ID), HR, opened(), joined())
                    .expectException(breaks("special-audit.join.wrong-status", 409));
        }

        @Test
        void recordsTheChecklistOnTheAuditsPeriod() {
            when(new RecordAuditChecklist(AUDIT_ID, ANSWERS, 42), HR, opened(), joined()).expectEvents(checklist());
        }

        @Test
        void refusesAChecklistBeforeHrJoined() {
            when(new RecordAuditChecklist(AUDIT_ID, ANSWERS, 42), AUDIT, opened())
                    .expectException(breaks("special-audit.checklist.wrong-status", 409));
        }
    }

    @Nested
    class Findings {

        @Test
        void recordsAFindingWithoutContractAndSchedulesItsDueDay() {
            when(finding("f-1", null, TODAY.plusDays(30)), AUDIT, opened(), joined())
                    .expectEvents(recorded("f-1", null))
                    .expectScheduledDeadlineWithName(Instant.parse("2026-05-10T16:00:00Z"),
                            SpecialAuditDeadlines.FINDING_DUE);
        }

        @Test
        void namesTheRectificationNoticeOfAContractFinding() {
            when(finding("f-1", CONTRACT_ID, TODAY.plusDays(30)), HR, opened(), joined())
                    .expectEvents(recorded("f-1", CONTRACT_ID));
        }

        @Test
        void refusesAContractNotInForce() {
            contracts.put(CONTRACT_ID, contract(ContractStatus.TERMINATED));
            when(finding("f-1", CONTRACT_ID, TODAY), AUDIT, opened(), joined())
                    .expectException(breaks("special-audit.finding.contract-not-in-force", 409));
        }

        @Test
        void refusesAnUnknownContract() {
            when(finding("f-1", "contract-9", TODAY), AUDIT, opened(), joined())
                    .expectException(breaks("special-audit.finding.unknown-contract", 404));
        }

        @Test
        void refusesADueDateInThePast() {
            when(finding("f-1", null, TODAY.minusDays(1)), AUDIT, opened(), joined())
                    .expectException(breaks("special-audit.finding.due-date-in-past", 422));
        }

        @Test
        void refusesLegal() {
            when(finding("f-1", null, TODAY), LEGAL, opened(), joined())
                    .expectException(breaks("special-audit.finding.wrong-department", 403));
        }

        @Test
        void refusesTheSameFindingTwice() {
            when(finding("f-1", null, TODAY.plusDays(30)), AUDIT, opened(), joined(), recorded("f-1", null))
                    .expectException(breaks("special-audit.finding.already-recorded", 409));
        }

        @Test
        void auditResolvesAFindingWithoutContract() {
            when(new ResolveAuditFinding(AUDIT_ID, "f-1", "Corrected"), AUDIT, opened(), joined(),
                    recorded("f-1", null)).expectEvents(new AuditFindingResolved(AUDIT_ID, "f-1", "Corrected"));
        }

        @Test
        void refusesHrResolving() {
            when(new ResolveAuditFinding(AUDIT_ID, "f-1", "Corrected"), HR, opened(), joined(),
                    recorded("f-1", null)).expectException(breaks("special-audit.resolution.wrong-department", 403));
        }

        @Test
        void leavesAContractFindingToItsRectification() {
            when(new ResolveAuditFinding(AUDIT_ID, "f-1", "Corrected"), AUDIT, opened(), joined(),
                    recorded("f-1", CONTRACT_ID))
                    .expectException(breaks("special-audit.resolution.awaits-rectification", 409));
        }

        @Test
        void theLedgerResolvesAContractFindingOnItsVerifiedNotice() {
            when(new ResolveAuditFinding(AUDIT_ID, "f-1", "Verified"), SYSTEM, opened(), joined(),
                    recorded("f-1", CONTRACT_ID)).expectEvents(new AuditFindingResolved(AUDIT_ID, "f-1", "Verified"));
        }

        @Test
        void managementAcceptsAnOpenFinding() {
            when(new AcceptAuditFinding(AUDIT_ID, "f-1", "Risk accepted"), MANAGEMENT, opened(), joined(),
                    recorded("f-1", CONTRACT_ID))
                    .expectEvents(new AuditFindingAccepted(AUDIT_ID, "f-1", "Risk accepted"));
        }

        @Test
        void refusesAcceptingByAudit() {
            when(new AcceptAuditFinding(AUDIT_ID, "f-1", "Risk accepted"), AUDIT, opened(), joined(),
                    recorded("f-1", null)).expectException(breaks("special-audit.acceptance.wrong-department", 403));
        }

        @Test
        void refusesAcceptingAResolvedFinding() {
            when(new AcceptAuditFinding(AUDIT_ID, "f-1", "Risk accepted"), MANAGEMENT, opened(), joined(),
                    recorded("f-1", null), new AuditFindingResolved(AUDIT_ID, "f-1", "Done"))
                    .expectException(breaks("special-audit.acceptance.not-open", 409));
        }

        @Test
        void refusesAnUnknownFinding() {
            when(new AcceptAuditFinding(AUDIT_ID, "f-9", "Risk accepted"), MANAGEMENT, opened(), joined())
                    .expectException(breaks("special-audit.finding.not-found", 404));
        }

        @Test
        void flagsAFindingStillOpenAfterItsDueDay() {
            fixture.givenCurrentTime(NOW).andGivenCommands(by(AUDIT, open(FROM, TO))).andGiven(joined())
                    .andGivenCommands(by(AUDIT, finding("f-1", null, TODAY.plusDays(30))))
                    .whenTimeElapses(Duration.ofDays(31))
                    .expectEvents(new AuditFindingOverdue(AUDIT_ID, "f-1", TODAY.plusDays(30)));
        }

        @Test
        void leavesAResolvedFindingAtItsDueDay() {
            fixture.givenCurrentTime(NOW).andGivenCommands(by(AUDIT, open(FROM, TO))).andGiven(joined())
                    .andGivenCommands(by(AUDIT, finding("f-1", null, TODAY.plusDays(30))))
                    .andGiven(new AuditFindingResolved(AUDIT_ID, "f-1", "Done"))
                    .whenTimeElapses(Duration.ofDays(31)).expectNoEvents();
        }
    }

    @Nested
    class Signing {

        @Test
        void theSecondSignatureClosesTheAuditAndSetsTheNextDue() {
            when(new SignSpecialAuditReport(AUDIT_ID, "Controls applied"), HR, opened(), joined(), checklist(),
                    new SpecialAuditReportSigned(AUDIT_ID, Department.AUDIT, "Controls applied"))
                    .expectEvents(new SpecialAuditReportSigned(AUDIT_ID, Department.HR, "Controls applied"),
                            new SpecialAuditClosed(AUDIT_ID, TODAY, TODAY.plusMonths(12), 12))
                    .expectScheduledDeadlineWithName(Instant.parse("2027-04-10T16:00:00Z"),
                            SpecialAuditDeadlines.NEXT_AUDIT_DUE);
        }

        @Test
        void refusesSigningBeforeAChecklist() {
            when(new SignSpecialAuditReport(AUDIT_ID, "Fine"), AUDIT, opened(), joined())
                    .expectException(breaks("special-audit.signature.no-checklist", 409));
        }

        @Test
        void refusesSigningWhileAFindingIsOpen() {
            when(new SignSpecialAuditReport(AUDIT_ID, "Fine"), AUDIT, opened(), joined(), checklist(),
                    recorded("f-1", null)).expectException(breaks("special-audit.signature.findings-open", 409));
        }

        @Test
        void signsOnceAcceptedFindingsRemain() {
            when(new SignSpecialAuditReport(AUDIT_ID, "Fine"), AUDIT, opened(), joined(), checklist(),
                    recorded("f-1", null), new AuditFindingAccepted(AUDIT_ID, "f-1", "Accepted"))
                    .expectEvents(new SpecialAuditReportSigned(AUDIT_ID, Department.AUDIT, "Fine"));
        }

        @Test
        void refusesASecondSignatureOfOneDepartment() {
            when(new SignSpecialAuditReport(AUDIT_ID, "Fine"), AUDIT, opened(), joined(), checklist(),
                    new SpecialAuditReportSigned(AUDIT_ID, Department.AUDIT, "Fine"))
                    .expectException(breaks("special-audit.signature.already-signed", 409));
        }

        @Test
        void refusesManagementSigning() {
            when(new SignSpecialAuditReport(AUDIT_ID, "Fine"), MANAGEMENT, opened(), joined(), checklist())
                    .expectException(breaks("special-audit.signature.wrong-department", 403));
        }
    }

    @Nested
    class NextAudit {

        @Test
        void flagsTheClosedAuditOverdueWhenNoNewAuditWasOpened() {
            fixture.givenCurrentTime(NOW).andGivenCommands(by(AUDIT, open(FROM, TO))).andGiven(joined(), checklist(),
                            new SpecialAuditReportSigned(AUDIT_ID, Department.AUDIT, "Fine"))
                    .andGivenCommands(by(HR, new SignSpecialAuditReport(AUDIT_ID, "Fine")))
                    .whenTimeElapses(Duration.ofDays(366))
                    .expectEvents(new SpecialAuditOverdue(AUDIT_ID, TODAY.plusMonths(12)));
        }
    }
}
