package com.outsourcingledger.command.specialaudit;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.SpecialAuditRuleCodes;
import com.outsourcingledger.api.specialaudit.FindingStatus;
import com.outsourcingledger.api.specialaudit.SpecialAuditCommand.*;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.*;
import com.outsourcingledger.api.specialaudit.SpecialAuditStatus;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.lookup.SettlementContracts;
import com.outsourcingledger.command.specialaudit.SpecialAuditDeadlines.FindingDue;
import com.outsourcingledger.command.specialaudit.SpecialAuditDeadlines.NextAuditDue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.outsourcingledger.api.specialaudit.SpecialAuditStatus.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The annual special audit of outsourcing (§14): AUDIT opens it on a period, HR joins, either has the checklist
 * generated from the stored events ({@link AuditChecklistGenerator}) and records findings; a finding is resolved by
 * AUDIT, or by its contract's verified rectification (the finding process), or accepted by MANAGEMENT, and is
 * overdue after its due day. AUDIT and HR each sign the report; the second signature closes the audit and sets when
 * the next one is due, a durable deadline that flags this audit overdue unless a new one is opened first.
 */
@Aggregate(cache = "specialAuditCache")
class SpecialAudit {

    record Finding(FindingStatus status, String rectificationNoticeId, boolean overdue) {
    }

    @AggregateIdentifier
    private String auditId;
    private SpecialAuditStatus status;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private boolean checklist;
    private final Map<String, Finding> findings = new HashMap<>();
    private final Set<Department> signed = EnumSet.noneOf(Department.class);
    private boolean overdue;

    /**
     * Any opening cancels the wait for the next audit. A second opening of the same id (or of an id another aggregate
     * holds) meets the stored stream and is refused as a conflict by the bus.
     */
    @CommandHandler
    SpecialAudit(OpenSpecialAudit command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department, Clock clock,
                 DeadlineManager deadlines) {
        Refusal.requireDepartment(SpecialAuditRuleCodes.OPEN_WRONG_DEPARTMENT, "special audit", department,
                SpecialAuditRules.AUDITORS);
        SpecialAuditRules.requireOpening(command, LocalDate.now(clock));
        apply(new SpecialAuditOpened(command.auditId(), command.periodFrom(), command.periodTo(),
                command.vendorIds() == null ? List.of() : List.copyOf(command.vendorIds()), command.scope()));
        SpecialAuditDeadlines.cancelNextDue(deadlines);
    }

    @CommandHandler
    void handle(JoinSpecialAudit command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(SpecialAuditRuleCodes.JOIN_WRONG_DEPARTMENT, "joining", department,
                SpecialAuditRules.HR);
        Refusal.requireStatus(SpecialAuditRuleCodes.JOIN_WRONG_STATUS, subject(), status, "HR's joining", OPENED);
        apply(new SpecialAuditJoinedByHr(auditId));
    }

    /** Sent by the generator with what it computed, after it checked the audit as this does. */
    @CommandHandler
    void handle(RecordAuditChecklist command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(SpecialAuditRuleCodes.CHECKLIST_WRONG_DEPARTMENT, "checklist", department,
                SpecialAuditRules.JOINT_AUDITORS);
        Refusal.requireStatus(SpecialAuditRuleCodes.CHECKLIST_WRONG_STATUS, subject(), status, "a checklist",
                IN_PROGRESS);
        apply(new AuditChecklistGenerated(auditId, periodFrom, periodTo, List.copyOf(command.answers()),
                command.eventsExamined()));
    }

    @CommandHandler
    void handle(RecordAuditFinding command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department, Clock clock,
                SettlementContracts contracts, DeadlineManager deadlines) {
        Refusal.requireDepartment(SpecialAuditRuleCodes.FINDING_WRONG_DEPARTMENT, "finding", department,
                SpecialAuditRules.JOINT_AUDITORS);
        Refusal.requireStatus(SpecialAuditRuleCodes.FINDING_WRONG_STATUS, subject(), status, "a finding",
                IN_PROGRESS);
        LocalDate today = LocalDate.now(clock);
        SpecialAuditRules.requireFinding(command, today);
        if (findings.containsKey(command.findingId())) {
            throw Refusal.conflict(SpecialAuditRuleCodes.FINDING_ALREADY_RECORDED,
                    subject() + " already has finding " + command.findingId());
        }
        String noticeId = null;
        if (!Refusal.isBlank(command.contractId())) {
            SpecialAuditRules.requireRectifiable(command.contractId(), contracts);
            noticeId = SpecialAuditRules.noticeIdFor(auditId, command.findingId());
        }
        apply(new AuditFindingRecorded(auditId, command.findingId(), command.control(), command.severity(),
                command.description(), command.evidenceEventIds() == null ? List.of()
                : List.copyOf(command.evidenceEventIds()), command.owner(), command.dueOn(),
                Refusal.isBlank(command.contractId()) ? null : command.contractId(), noticeId));
        SpecialAuditDeadlines.scheduleFindingDue(deadlines, command.findingId(), command.dueOn(), clock);
    }

    /**
     * AUDIT resolves a finding without a contract; one with a rectification notice is resolved by the ledger when
     * the notice is verified (the finding process, acting as the system user), never by hand.
     */
    @CommandHandler
    void handle(ResolveAuditFinding command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department,
                @MetaDataValue(MetadataKeys.USER) String user) {
        Finding finding = openFinding(command.findingId(), SpecialAuditRuleCodes.RESOLUTION_NOT_OPEN);
        if (finding.rectificationNoticeId() == null) {
            Refusal.requireDepartment(SpecialAuditRuleCodes.RESOLUTION_WRONG_DEPARTMENT, "resolution", department,
                    SpecialAuditRules.AUDITORS);
        } else if (!MetadataKeys.SYSTEM_USER.equals(user)) {
            throw Refusal.conflict(SpecialAuditRuleCodes.RESOLUTION_AWAITS_RECTIFICATION, "Finding "
                    + command.findingId() + " is resolved when its rectification notice "
                    + finding.rectificationNoticeId() + " is verified");
        }
        Refusal.requireText(SpecialAuditRuleCodes.RESOLUTION_TEXT_REQUIRED, command.resolution(),
                "A resolution states what was done");
        apply(new AuditFindingResolved(auditId, command.findingId(), command.resolution()));
    }

    @CommandHandler
    void handle(AcceptAuditFinding command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(SpecialAuditRuleCodes.ACCEPTANCE_WRONG_DEPARTMENT, "acceptance", department,
                SpecialAuditRules.MANAGEMENT);
        openFinding(command.findingId(), SpecialAuditRuleCodes.ACCEPTANCE_NOT_OPEN);
        Refusal.requireText(SpecialAuditRuleCodes.ACCEPTANCE_REASON_REQUIRED, command.reason(),
                "An acceptance states why the finding is accepted");
        apply(new AuditFindingAccepted(auditId, command.findingId(), command.reason()));
    }

    @DeadlineHandler(deadlineName = SpecialAuditDeadlines.FINDING_DUE)
    void handle(FindingDue deadline) {
        Finding finding = findings.get(deadline.findingId());
        if (finding != null && finding.status() == FindingStatus.OPEN && !finding.overdue()) {
            apply(new AuditFindingOverdue(auditId, deadline.findingId(), deadline.dueOn()));
        }
    }

    /** The second of AUDIT's and HR's signatures closes the audit and sets when the next one is due. */
    @CommandHandler
    void handle(SignSpecialAuditReport command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department,
                Clock clock, SpecialAuditPolicy policy, DeadlineManager deadlines) {
        Department signer = Refusal.requireDepartment(SpecialAuditRuleCodes.SIGNATURE_WRONG_DEPARTMENT,
                "signature", department, SpecialAuditRules.JOINT_AUDITORS);
        Refusal.requireStatus(SpecialAuditRuleCodes.SIGNATURE_WRONG_STATUS, subject(), status, "a signature",
                IN_PROGRESS);
        if (!checklist) {
            throw Refusal.conflict(SpecialAuditRuleCodes.SIGNATURE_NO_CHECKLIST,
                    subject() + " has no checklist yet; the report is signed on one");
        }
        List<String> open = findings.entrySet().stream().filter(f -> f.getValue().status() == FindingStatus.OPEN)
                .map(Map.Entry::getKey).sorted().toList();
        if (!open.isEmpty()) {
            throw Refusal.conflict(SpecialAuditRuleCodes.SIGNATURE_FINDINGS_OPEN,
                    subject() + " still has open findings " + open);
        }
        if (signed.contains(signer)) {
            throw Refusal.conflict(SpecialAuditRuleCodes.SIGNATURE_ALREADY_SIGNED, signer + " already signed");
        }
        Refusal.requireText(SpecialAuditRuleCodes.SIGNATURE_CONCLUSION_REQUIRED, command.conclusion(),
                "A signature states its conclusion");
        apply(new SpecialAuditReportSigned(auditId, signer, command.conclusion()));
        if (signed.containsAll(SpecialAuditRules.JOINT_AUDITORS)) {
            LocalDate today = LocalDate.now(clock);
            LocalDate nextDueBy = today.plusMonths(policy.intervalMonths());
            apply(new SpecialAuditClosed(auditId, today, nextDueBy, policy.intervalMonths()));
            SpecialAuditDeadlines.scheduleNextAuditDue(deadlines, nextDueBy, clock);
        }
    }

    @DeadlineHandler(deadlineName = SpecialAuditDeadlines.NEXT_AUDIT_DUE)
    void handle(NextAuditDue deadline) {
        if (status == CLOSED && !overdue) {
            apply(new SpecialAuditOverdue(auditId, deadline.dueBy()));
        }
    }

    private Finding openFinding(String findingId, String notOpenRule) {
        Finding finding = findings.get(findingId);
        if (finding == null) {
            throw Refusal.notFound(SpecialAuditRuleCodes.FINDING_NOT_FOUND,
                    subject() + " has no finding " + findingId);
        }
        if (finding.status() != FindingStatus.OPEN) {
            throw Refusal.conflict(notOpenRule, "Finding " + findingId + " is " + finding.status());
        }
        return finding;
    }

    private String subject() {
        return "Special audit " + auditId;
    }

    @EventSourcingHandler
    void on(SpecialAuditOpened event) {
        auditId = event.auditId();
        periodFrom = event.periodFrom();
        periodTo = event.periodTo();
        status = OPENED;
    }

    @EventSourcingHandler
    void on(SpecialAuditJoinedByHr event) {
        status = IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(AuditChecklistGenerated event) {
        checklist = true;
    }

    @EventSourcingHandler
    void on(AuditFindingRecorded event) {
        findings.put(event.findingId(), new Finding(FindingStatus.OPEN, event.rectificationNoticeId(), false));
    }

    @EventSourcingHandler
    void on(AuditFindingResolved event) {
        findings.computeIfPresent(event.findingId(), (id, f) -> new Finding(FindingStatus.RESOLVED,
                f.rectificationNoticeId(), f.overdue()));
    }

    @EventSourcingHandler
    void on(AuditFindingAccepted event) {
        findings.computeIfPresent(event.findingId(), (id, f) -> new Finding(FindingStatus.ACCEPTED,
                f.rectificationNoticeId(), f.overdue()));
    }

    @EventSourcingHandler
    void on(AuditFindingOverdue event) {
        findings.computeIfPresent(event.findingId(), (id, f) -> new Finding(f.status(), f.rectificationNoticeId(),
                true));
    }

    @EventSourcingHandler
    void on(SpecialAuditReportSigned event) {
        signed.add(event.department());
    }

    @EventSourcingHandler
    void on(SpecialAuditClosed event) {
        status = CLOSED;
    }

    @EventSourcingHandler
    void on(SpecialAuditOverdue event) {
        overdue = true;
    }

    SpecialAudit() {
        // for Axon: the state is rebuilt from events
    }
}
