package com.outsourcingledger.command.process;

import com.outsourcingledger.api.contract.ContractCommand.IssueRectificationNotice;
import com.outsourcingledger.api.contract.ContractEvent.RectificationFailed;
import com.outsourcingledger.api.contract.ContractEvent.RectificationVerified;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.FindingSeverity;
import com.outsourcingledger.api.specialaudit.SpecialAuditCommand.ResolveAuditFinding;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.AuditFindingRecorded;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpecialAuditFindingProcessTest {

    private static final String AUDIT_ID = "audit-2026";
    private static final String CONTRACT_ID = "contract-1";
    private static final String NOTICE_ID = "special-audit:audit-2026:f-1";
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

    private SagaTestFixture<SpecialAuditFindingProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(SpecialAuditFindingProcess.class);
        fixture.registerResource(Clock.fixed(Instant.parse("2026-04-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    private static AuditFindingRecorded recorded(String contractId, String noticeId, LocalDate dueOn) {
        return new AuditFindingRecorded(AUDIT_ID, "f-1", AuditControl.NDA_BEFORE_SIGNING, FindingSeverity.HIGH,
                "Signed before its NDA", List.of("event-1"), Department.LEGAL, dueOn, contractId, noticeId);
    }

    @Test
    void issuesTheFindingsSpecialAuditNoticeOnTheContract() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AUDIT_ID).publishes(recorded(CONTRACT_ID, NOTICE_ID, TODAY.plusDays(30)))
                .expectDispatchedCommands(new IssueRectificationNotice(CONTRACT_ID, NOTICE_ID, null,
                        "Special audit audit-2026 finding f-1 (NDA_BEFORE_SIGNING): Signed before its NDA",
                        TODAY.plusDays(30), RectificationTrigger.SPECIAL_AUDIT, false, List.of("event-1")))
                .expectActiveSagas(1);
    }

    @Test
    void dueTomorrowAtTheEarliest() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AUDIT_ID).publishes(recorded(CONTRACT_ID, NOTICE_ID, TODAY))
                .expectActiveSagas(1);
        assertThat(fixture.getCommandBus().getDispatchedCommands()).singleElement()
                .extracting(command -> ((IssueRectificationNotice) command.getPayload()).dueOn())
                .isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void startsNothingForAFindingWithoutContract() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AUDIT_ID).publishes(recorded(null, null, TODAY.plusDays(30)))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void resolvesTheFindingAsTheLedgerWhenItsNoticeIsVerified() {
        fixture.givenAggregate(AUDIT_ID).published(recorded(CONTRACT_ID, NOTICE_ID, TODAY.plusDays(30)))
                .whenAggregate(CONTRACT_ID).publishes(new RectificationVerified(CONTRACT_ID, NOTICE_ID, "fixed"))
                .expectDispatchedCommands(new ResolveAuditFinding(AUDIT_ID, "f-1",
                        "Rectification notice " + NOTICE_ID + " on contract " + CONTRACT_ID + " verified: fixed"))
                .expectActiveSagas(0);
        CommandMessage<?> sent = fixture.getCommandBus().getDispatchedCommands().getLast();
        assertThat(sent.getMetaData().get(MetadataKeys.USER)).isEqualTo(MetadataKeys.SYSTEM_USER);
        assertThat(sent.getMetaData()).doesNotContainKey(MetadataKeys.DEPARTMENT);
    }

    @Test
    void leavesTheFindingOpenWhenTheRectificationFails() {
        fixture.givenAggregate(AUDIT_ID).published(recorded(CONTRACT_ID, NOTICE_ID, TODAY.plusDays(30)))
                .whenAggregate(CONTRACT_ID).publishes(new RectificationFailed(CONTRACT_ID, NOTICE_ID, "no", null))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void ignoresAnotherNotice() {
        fixture.givenAggregate(AUDIT_ID).published(recorded(CONTRACT_ID, NOTICE_ID, TODAY.plusDays(30)))
                .whenAggregate(CONTRACT_ID).publishes(new RectificationVerified(CONTRACT_ID, "other", "fixed"))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }
}
