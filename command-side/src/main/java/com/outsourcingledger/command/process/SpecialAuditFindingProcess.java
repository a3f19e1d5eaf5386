package com.outsourcingledger.command.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.outsourcingledger.api.contract.ContractCommand.IssueRectificationNotice;
import com.outsourcingledger.api.contract.ContractEvent.RectificationFailed;
import com.outsourcingledger.api.contract.ContractEvent.RectificationVerified;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.specialaudit.SpecialAuditCommand.ResolveAuditFinding;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.AuditFindingRecorded;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A special-audit finding naming a contract (§14), one saga per such finding: it opens a SPECIAL_AUDIT
 * rectification notice on the contract under the finding's {@code rectificationNoticeId}, due on the finding's due
 * day (tomorrow at the earliest: a notice is due after the day it is issued), and resolves the finding, as the
 * ledger, when that notice is verified. A failed rectification leaves the finding open, for MANAGEMENT to accept or
 * the auditors to follow up; acceptance ends the wait. A redelivered finding meets the notice already issued.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class SpecialAuditFindingProcess {

    private String auditId;
    private String findingId;

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient Clock clock;

    /** A finding without a contract has no notice: its saga ends at once. */
    @StartSaga
    @SagaEventHandler(associationProperty = "rectificationNoticeId", keyName = "noticeId")
    void on(AuditFindingRecorded event) {
        if (event.rectificationNoticeId() == null) {
            SagaLifecycle.end();
            return;
        }
        auditId = event.auditId();
        findingId = event.findingId();
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        LocalDate dueOn = event.dueOn().isBefore(tomorrow) ? tomorrow : event.dueOn();
        String reason = "Special audit " + auditId + " finding " + findingId
                + (event.control() == null ? "" : " (" + event.control() + ")") + ": " + event.description();
        ProcessCommands.send(commands, new IssueRectificationNotice(event.contractId(),
                        event.rectificationNoticeId(), null, reason, dueOn, RectificationTrigger.SPECIAL_AUDIT, false,
                        event.evidenceEventIds() == null ? List.of() : event.evidenceEventIds()), getClass(),
                subject());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "noticeId")
    void on(RectificationVerified event) {
        ResolveAuditFinding resolve = new ResolveAuditFinding(auditId, findingId,
                "Rectification notice " + event.noticeId() + " on contract " + event.contractId() + " verified"
                        + (event.notes() == null || event.notes().isBlank() ? "" : ": " + event.notes()));
        ProcessCommands.send(commands, asTheLedger(GenericCommandMessage.asCommandMessage(resolve)), getClass(),
                subject());
    }

    /** The ledger resolves, not whoever verified the notice: the system user, no department; the correlation kept. */
    private static CommandMessage<?> asTheLedger(CommandMessage<?> command) {
        return command.withMetaData(command.getMetaData()
                .withoutKeys(Set.of(MetadataKeys.DEPARTMENT, MetadataKeys.VENDOR))
                .and(MetadataKeys.USER, MetadataKeys.SYSTEM_USER));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "noticeId")
    void on(RectificationFailed event) {
        // the finding stays open: MANAGEMENT accepts it or the auditors follow it up
    }

    private String subject() {
        return "special audit " + auditId + " finding " + findingId;
    }
}
