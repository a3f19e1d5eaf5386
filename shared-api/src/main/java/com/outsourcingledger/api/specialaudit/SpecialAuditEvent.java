package com.outsourcingledger.api.specialaudit;

import com.outsourcingledger.api.organization.Department;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened to one special audit (§14). Stored type names are forever: evolve with {@code @Revision} and
 * upcasters or {@code @AddedLater}, never by moving or renaming a record.
 */
public sealed interface SpecialAuditEvent {

    String auditId();

    record SpecialAuditOpened(String auditId, LocalDate periodFrom, LocalDate periodTo, List<String> vendorIds,
                              String scope) implements SpecialAuditEvent {
    }

    record SpecialAuditJoinedByHr(String auditId) implements SpecialAuditEvent {
    }

    /** The controls answered from {@code eventsExamined} stored events; a later generation replaces the earlier. */
    record AuditChecklistGenerated(String auditId, LocalDate periodFrom, LocalDate periodTo,
                                   List<ControlAnswer> answers, long eventsExamined) implements SpecialAuditEvent {
    }

    /** {@code rectificationNoticeId}: the notice opened on {@code contractId}, else null. */
    record AuditFindingRecorded(String auditId, String findingId, AuditControl control, FindingSeverity severity,
                                String description, List<String> evidenceEventIds, Department owner,
                                LocalDate dueOn, String contractId, String rectificationNoticeId)
            implements SpecialAuditEvent {
    }

    record AuditFindingResolved(String auditId, String findingId, String resolution) implements SpecialAuditEvent {
    }

    record AuditFindingAccepted(String auditId, String findingId, String reason) implements SpecialAuditEvent {
    }

    /** Raised by the durable deadline at the end of the due day of a finding still open. */
    record AuditFindingOverdue(String auditId, String findingId, LocalDate dueOn) implements SpecialAuditEvent {
    }

    record SpecialAuditReportSigned(String auditId, Department department, String conclusion)
            implements SpecialAuditEvent {
    }

    /** {@code nextDueBy} = {@code closedOn} + {@code intervalMonths} (the policy in force, at most 12). */
    record SpecialAuditClosed(String auditId, LocalDate closedOn, LocalDate nextDueBy, int intervalMonths)
            implements SpecialAuditEvent {
    }

    /** Raised on the last closed audit by the durable deadline when no new audit was opened by {@code dueBy}. */
    record SpecialAuditOverdue(String auditId, LocalDate dueBy) implements SpecialAuditEvent {
    }
}
