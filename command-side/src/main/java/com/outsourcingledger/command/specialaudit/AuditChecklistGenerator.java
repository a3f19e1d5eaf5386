package com.outsourcingledger.command.specialaudit;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.SpecialAuditRuleCodes;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.SpecialAuditCommand.GenerateAuditChecklist;
import com.outsourcingledger.api.specialaudit.SpecialAuditCommand.RecordAuditChecklist;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.SpecialAuditClosed;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.SpecialAuditJoinedByHr;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.SpecialAuditOpened;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.specialaudit.control.AuditPeriod;
import com.outsourcingledger.command.specialaudit.control.ControlRule;
import com.outsourcingledger.command.specialaudit.control.ControlRules;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Answers every control of the checklist from the stored events (§14): reads the whole log in store order up to its
 * head ({@link AuditedLog}), hands each domain event
 * stored before the end of the period's last day to a fresh {@link ControlRules} set, and records their answers on
 * the audit with {@link RecordAuditChecklist}. The audit is checked first (HR joined, not closed, asked by AUDIT or
 * HR), so a refused request reads nothing; the audit decides again when the answers arrive.
 */
@Component
class AuditChecklistGenerator {

    private final EventStore eventStore;
    private final AuditedLog log;
    private final CommandGateway commands;
    private final Clock clock;

    AuditChecklistGenerator(EventStore eventStore, AuditedLog log, CommandGateway commands, Clock clock) {
        this.eventStore = eventStore;
        this.log = log;
        this.commands = commands;
        this.clock = clock;
    }

    @CommandHandler
    void handle(GenerateAuditChecklist command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(SpecialAuditRuleCodes.CHECKLIST_WRONG_DEPARTMENT, "checklist", department,
                SpecialAuditRules.JOINT_AUDITORS);
        AuditPeriod period = periodOf(command.auditId());
        Instant end = period.to().plusDays(1).atStartOfDay(period.zone()).toInstant();
        List<ControlRule> rules = ControlRules.fresh();
        long examined = log.readBefore(end, event -> rules.forEach(rule -> rule.accept(event)));
        List<ControlAnswer> answers = rules.stream().map(rule -> rule.answer(period)).toList();
        commands.sendAndWait(new RecordAuditChecklist(command.auditId(), answers, examined));
    }

    /** The audit's period, from its own stream; refused unless HR joined and it is not closed. */
    private AuditPeriod periodOf(String auditId) {
        SpecialAuditOpened opened = null;
        boolean joined = false;
        boolean closed = false;
        for (SpecialAuditEvent event : eventStore.readEvents(auditId).asStream().map(EventMessage::getPayload)
                .filter(SpecialAuditEvent.class::isInstance).map(SpecialAuditEvent.class::cast).toList()) {
            if (event instanceof SpecialAuditOpened o) {
                opened = o;
            }
            joined |= event instanceof SpecialAuditJoinedByHr;
            closed |= event instanceof SpecialAuditClosed;
        }
        if (opened == null) {
            throw Refusal.notFound(SpecialAuditRuleCodes.NOT_FOUND, "No special audit " + auditId);
        }
        if (!joined || closed) {
            throw Refusal.conflict(SpecialAuditRuleCodes.CHECKLIST_WRONG_STATUS, "Special audit " + auditId + " is "
                    + (closed ? "CLOSED" : "OPENED") + ", but a checklist needs it to be IN_PROGRESS");
        }
        return new AuditPeriod(opened.periodFrom(), opened.periodTo(), clock.getZone());
    }
}
