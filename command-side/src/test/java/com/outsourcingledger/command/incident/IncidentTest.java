package com.outsourcingledger.command.incident;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.incident.EmergencyTeamMember;
import com.outsourcingledger.api.incident.IncidentCommand.*;
import com.outsourcingledger.api.incident.IncidentEvent.*;
import com.outsourcingledger.api.incident.IncidentType;
import com.outsourcingledger.api.incident.NotifiedParty;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;
import com.outsourcingledger.command.lookup.WorkerCredentials;
import com.outsourcingledger.command.lookup.WorkerCredentials.Credential;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.outsourcingledger.api.incident.NotifiedParty.*;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class IncidentTest {

    private static final String INCIDENT_ID = "incident-1";
    private static final String CONTRACT_ID = "contract-1";
    private static final String VENDOR_ID = "vendor-1";
    private static final String WORKER_ID = "worker-1";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-04-10T02:00:00Z");
    private static final Instant OCCURRED = NOW.minus(Duration.ofHours(3));
    private static final Instant NOTIFY_BY = OCCURRED.plus(Duration.ofHours(24));

    private AggregateTestFixture<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
        Map<String, ContractFacts> contracts = Map.of(CONTRACT_ID, contract());
        fixture.registerInjectableResource((SettlementContracts) id -> Optional.ofNullable(contracts.get(id)));
        Map<String, String> workers = Map.of(WORKER_ID, CONTRACT_ID, "worker-9", "contract-9");
        fixture.registerInjectableResource((WorkerCredentials) (id, sequence) -> Optional.ofNullable(workers.get(id))
                .map(contract -> new Credential(contract, VENDOR_ID, null, true)));
        fixture.registerInjectableResource(IncidentPolicy.defaults());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZONE));
    }

    private static ContractFacts contract() {
        Term term = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        return new ContractFacts(CONTRACT_ID, ContractStatus.ACTIVE, VENDOR_ID, "project-1", Money.cny("2400000.00"),
                FeeModel.FIXED_PRICE, SettlementCycle.MONTHLY, List.of(term), term.start(), null, List.of(),
                Set.of(), Set.of(), Money.cny("0.00"));
    }

    private static MetaData as(Department department) {
        return MetaData.from(Map.of(MetadataKeys.USER, department.name().toLowerCase(),
                MetadataKeys.DEPARTMENT, department.name()));
    }

    private static MetaData vendorUser(String vendorId) {
        return MetaData.from(Map.of(MetadataKeys.USER, "vendor-user", MetadataKeys.VENDOR, vendorId));
    }

    private static ReportIncident report(IncidentType type, boolean major, List<String> workerIds) {
        return new ReportIncident(INCIDENT_ID, CONTRACT_ID, type, major, OCCURRED, "客户数据外发", workerIds);
    }

    private static IncidentReported reported(IncidentType type, boolean major, List<String> workerIds) {
        return new IncidentReported(INCIDENT_ID, CONTRACT_ID, VENDOR_ID, type, major, OCCURRED, "客户数据外发", workerIds,
                type.vendorResponsible() ? VENDOR_ID : null, major ? List.of(HR, LEGAL, VENDOR, MANAGEMENT)
                : List.of(HR, LEGAL, VENDOR), NOTIFY_BY, 24);
    }

    private static IncidentReported leak() {
        return reported(IncidentType.INFORMATION_LEAK, false, List.of(WORKER_ID));
    }

    private static IncidentReported majorOutage() {
        return reported(IncidentType.SERVICE_INTERRUPTION, true, List.of());
    }

    private static IncidentPartyNotified notified(NotifiedParty party) {
        return new IncidentPartyNotified(INCIDENT_ID, party, OCCURRED.plusSeconds(600), false, null);
    }

    private static final ResolveIncident RESOLVE = new ResolveIncident(INCIDENT_ID, "权限未回收", "500 条记录",
            "关闭账号并通知客户");

    private static List<CommandMessage<?>> byBusiness(Object... commands) {
        return Arrays.stream(commands).<CommandMessage<?>>map(c -> GenericCommandMessage.asCommandMessage(c)
                .andMetaData(as(Department.BUSINESS))).toList();
    }

    private ResultValidator<Incident> when(Object command, MetaData metaData, Object... given) {
        return fixture.givenCurrentTime(NOW).andGiven(given).when(command, metaData);
    }

    @Nested
    class Reporting {

        @Test
        void reportsALeakByAnyDepartmentWithTheLimitAndTheDeadline() {
            fixture.givenCurrentTime(NOW).when(report(IncidentType.INFORMATION_LEAK, false,
                            List.of(WORKER_ID, WORKER_ID)), as(Department.FINANCE))
                    .expectEvents(leak())
                    .expectScheduledDeadlineWithName(NOTIFY_BY, IncidentDeadlines.NOTIFICATION_DUE);
        }

        @Test
        void recordsTheVendorAsResponsibleForAWorkInjuryAndRequiresManagementWhenMajor() {
            fixture.givenCurrentTime(NOW).when(report(IncidentType.WORK_INJURY, true, List.of()), as(Department.HR))
                    .expectEvents(reported(IncidentType.WORK_INJURY, true, List.of()));
        }

        @Test
        void schedulesTheDeadlineForNowWhenTheLimitHasAlreadyPassed() {
            Instant longAgo = NOW.minus(Duration.ofDays(3));
            fixture.givenCurrentTime(NOW).when(new ReportIncident(INCIDENT_ID, CONTRACT_ID, IncidentType.OTHER, false,
                            longAgo, "x", null), as(Department.BUSINESS))
                    .expectScheduledDeadlineWithName(NOW, IncidentDeadlines.NOTIFICATION_DUE);
        }

        @Test
        void refusesAWorkerOfAnotherContract() {
            fixture.givenCurrentTime(NOW).when(report(IncidentType.INFORMATION_LEAK, false, List.of("worker-9")),
                    as(Department.BUSINESS)).expectException(breaks("incident.report.worker-not-of-contract", 422));
        }

        @Test
        void refusesAnUnknownContract() {
            fixture.givenCurrentTime(NOW).when(new ReportIncident(INCIDENT_ID, "contract-x", IncidentType.OTHER, false,
                    OCCURRED, "x", List.of()), as(Department.BUSINESS))
                    .expectException(breaks("incident.report.unknown-contract", 404));
        }

        @Test
        void refusesAnOccurrenceAhead() {
            fixture.givenCurrentTime(NOW).when(new ReportIncident(INCIDENT_ID, CONTRACT_ID, IncidentType.OTHER, false,
                    NOW.plusSeconds(60), "x", List.of()), as(Department.BUSINESS))
                    .expectException(breaks("incident.report.occurred-in-future", 422));
        }

        @Test
        void refusesAVendorUser() {
            fixture.givenCurrentTime(NOW).when(report(IncidentType.OTHER, false, List.of()), vendorUser(VENDOR_ID))
                    .expectException(breaks("incident.report.wrong-department", 403));
        }

        @Test
        void refusesASecondReportOfTheSameId() {
            when(report(IncidentType.OTHER, false, List.of()), as(Department.BUSINESS), leak())
                    .expectException(breaks("incident.report.already-reported", 409));
        }
    }

    @Nested
    class Notification {

        @Test
        void recordsANotificationInTime() {
            when(new RecordIncidentNotification(INCIDENT_ID, HR, OCCURRED.plusSeconds(600), null),
                    as(Department.BUSINESS), leak()).expectEvents(notified(HR));
        }

        @Test
        void recordsANotificationAfterTheLimitAsLate() {
            Instant occurred = NOW.minus(Duration.ofHours(30));
            Instant told = NOW.minus(Duration.ofHours(1));
            when(new RecordIncidentNotification(INCIDENT_ID, LEGAL, told, "电话通知"), as(Department.HR),
                    new IncidentReported(INCIDENT_ID, CONTRACT_ID, VENDOR_ID, IncidentType.OTHER, false, occurred, "x",
                            List.of(), null, List.of(HR, LEGAL, VENDOR), occurred.plus(Duration.ofHours(24)), 24))
                    .expectEvents(new IncidentPartyNotified(INCIDENT_ID, LEGAL, told, true, "电话通知"));
        }

        @Test
        void refusesASecondNotificationOfTheSameParty() {
            when(new RecordIncidentNotification(INCIDENT_ID, HR, NOW, null), as(Department.BUSINESS), leak(),
                    notified(HR)).expectException(breaks("incident.notification.already-notified", 409));
        }

        @Test
        void refusesANotificationBeforeTheOccurrence() {
            when(new RecordIncidentNotification(INCIDENT_ID, HR, OCCURRED.minusSeconds(1), null),
                    as(Department.BUSINESS), leak())
                    .expectException(breaks("incident.notification.before-occurrence", 422));
        }

        @Test
        void refusesANotificationAhead() {
            when(new RecordIncidentNotification(INCIDENT_ID, HR, NOW.plusSeconds(60), null),
                    as(Department.BUSINESS), leak()).expectException(breaks("incident.notification.in-future", 422));
        }
    }

    @Nested
    class NotificationDeadline {

        @Test
        void raisesTheRequiredPartiesNotNotifiedByTheLimit() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(byBusiness(report(IncidentType.INFORMATION_LEAK, false, List.of(WORKER_ID))))
                    .whenTimeAdvancesTo(NOTIFY_BY.plusSeconds(1))
                    .expectDeadlinesMet(new IncidentDeadlines.NotificationDue(NOTIFY_BY))
                    .expectEvents(new IncidentNotificationOverdue(INCIDENT_ID, CONTRACT_ID, VENDOR_ID, NOTIFY_BY,
                            List.of(HR, LEGAL, VENDOR)));
        }

        @Test
        void raisesNothingOnceEveryRequiredPartyWasNotified() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(byBusiness(report(IncidentType.OTHER, false, List.of()),
                            new RecordIncidentNotification(INCIDENT_ID, HR, NOW, null),
                            new RecordIncidentNotification(INCIDENT_ID, LEGAL, NOW, null),
                            new RecordIncidentNotification(INCIDENT_ID, VENDOR, NOW, null)))
                    .whenTimeAdvancesTo(NOTIFY_BY.plusSeconds(1))
                    .expectNoEvents();
        }
    }

    @Nested
    class Acknowledgement {

        @Test
        void isGivenByTheContractsVendorUser() {
            when(new AcknowledgeIncident(INCIDENT_ID, "已启动调查"), vendorUser(VENDOR_ID), leak())
                    .expectEvents(new IncidentAcknowledgedByVendor(INCIDENT_ID, VENDOR_ID, "已启动调查"));
        }

        @Test
        void refusesAnotherVendorsUser() {
            when(new AcknowledgeIncident(INCIDENT_ID, null), vendorUser("vendor-2"), leak())
                    .expectException(breaks("vendor-scope.other-vendor", 403));
        }

        @Test
        void refusesAnInternalUser() {
            when(new AcknowledgeIncident(INCIDENT_ID, null), as(Department.BUSINESS), leak())
                    .expectException(breaks("incident.acknowledgement.not-a-vendor-user", 403));
        }

        @Test
        void refusesASecondAcknowledgement() {
            when(new AcknowledgeIncident(INCIDENT_ID, null), vendorUser(VENDOR_ID), leak(),
                    new IncidentAcknowledgedByVendor(INCIDENT_ID, VENDOR_ID, null))
                    .expectException(breaks("incident.acknowledgement.already-acknowledged", 409));
        }
    }

    @Nested
    class Response {

        @Test
        void businessActivatesThePlanAndFormsTheTeam() {
            when(new ActivateEmergencyPlan(INCIDENT_ID, "数据泄露应急预案"), as(Department.BUSINESS), majorOutage())
                    .expectEvents(new EmergencyPlanActivated(INCIDENT_ID, "数据泄露应急预案"));
            setUp();
            List<EmergencyTeamMember> team = List.of(new EmergencyTeamMember("李四", Department.BUSINESS, "组长"),
                    new EmergencyTeamMember("王五", null, "乙方驻场经理"));
            when(new FormEmergencyTeam(INCIDENT_ID, team), as(Department.BUSINESS), majorOutage(),
                    new EmergencyPlanActivated(INCIDENT_ID, "预案"))
                    .expectEvents(new EmergencyTeamFormed(INCIDENT_ID, team));
        }

        @Test
        void refusesThePlanByAnotherDepartmentAndASecondTime() {
            when(new ActivateEmergencyPlan(INCIDENT_ID, "预案"), as(Department.HR), majorOutage())
                    .expectException(breaks("incident.plan.wrong-department", 403));
            setUp();
            when(new ActivateEmergencyPlan(INCIDENT_ID, "预案"), as(Department.BUSINESS), majorOutage(),
                    new EmergencyPlanActivated(INCIDENT_ID, "预案"))
                    .expectException(breaks("incident.plan.wrong-status", 409));
        }

        @Test
        void refusesATeamWithoutMembers() {
            when(new FormEmergencyTeam(INCIDENT_ID, List.of()), as(Department.BUSINESS), majorOutage())
                    .expectException(breaks("incident.team.members-required", 422));
        }

        @Test
        void anyDepartmentInformsManagement() {
            when(new InformManagement(INCIDENT_ID, "已控制影响范围"), as(Department.LEGAL), majorOutage())
                    .expectEvents(new ManagementInformed(INCIDENT_ID, "已控制影响范围"));
        }
    }

    @Nested
    class Resolution {

        @Test
        void resolvesOnceEveryRequiredPartyWasNotified() {
            when(RESOLVE, as(Department.BUSINESS), leak(), notified(HR), notified(LEGAL), notified(VENDOR))
                    .expectEvents(new IncidentResolved(INCIDENT_ID, "权限未回收", "500 条记录", "关闭账号并通知客户"));
        }

        @Test
        void refusesWhileARequiredPartyIsNotNotified() {
            when(RESOLVE, as(Department.BUSINESS), leak(), notified(HR), notified(LEGAL))
                    .expectException(breaks("incident.resolution.parties-not-notified", 409));
        }

        @Test
        void refusesAMajorIncidentWithoutPlanOrTeam() {
            Object[] told = {majorOutage(), notified(HR), notified(LEGAL), notified(VENDOR), notified(MANAGEMENT)};
            when(RESOLVE, as(Department.BUSINESS), told)
                    .expectException(breaks("incident.resolution.plan-missing", 409));
            setUp();
            when(RESOLVE, as(Department.BUSINESS), majorOutage(), notified(HR), notified(LEGAL), notified(VENDOR),
                    notified(MANAGEMENT), new EmergencyPlanActivated(INCIDENT_ID, "预案"))
                    .expectException(breaks("incident.resolution.team-missing", 409));
        }

        @Test
        void refusesAnotherDepartment() {
            when(RESOLVE, as(Department.HR), leak(), notified(HR), notified(LEGAL), notified(VENDOR))
                    .expectException(breaks("incident.resolution.wrong-department", 403));
        }
    }

    @Nested
    class Review {

        private final Object[] resolved = {leak(), notified(HR), notified(LEGAL), notified(VENDOR),
                new IncidentResolved(INCIDENT_ID, "c", "i", "r")};

        @Test
        void hrReviewsAResolvedIncident() {
            when(new ReviewIncident(INCIDENT_ID, "离场当日回收权限"), as(Department.HR), resolved)
                    .expectEvents(new IncidentReviewed(INCIDENT_ID, "离场当日回收权限"));
        }

        @Test
        void refusesAReviewBeforeTheResolution() {
            when(new ReviewIncident(INCIDENT_ID, "x"), as(Department.BUSINESS), leak())
                    .expectException(breaks("incident.review.wrong-status", 409));
        }

        @Test
        void refusesLegal() {
            when(new ReviewIncident(INCIDENT_ID, "x"), as(Department.LEGAL), resolved)
                    .expectException(breaks("incident.review.wrong-department", 403));
        }
    }
}
