package com.outsourcingledger.api.specialaudit;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.wire.AggregateKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Questions the special-audit read models answer, and their answers (§14). Internal departments only. */
public sealed interface SpecialAuditQuery {

    record FindSpecialAudit(String auditId) implements SpecialAuditQuery {
    }

    /** The audits, {@code status} may be null; latest period first. */
    record FindSpecialAudits(SpecialAuditStatus status, int page, int size) implements SpecialAuditQuery {
    }

    /**
     * The findings of every audit by status, owner and audit, any may be null; {@code overdueOnly}: open ones past
     * their due day. Soonest due first.
     */
    record FindAuditFindings(FindingStatus status, boolean overdueOnly, Department owner, String auditId, int page,
                             int size) implements SpecialAuditQuery {
    }

    /** When the next audit is due, from the last closed one. */
    record FindSpecialAuditSchedule() implements SpecialAuditQuery {
    }

    /** The dashboard's counts of special audits. */
    record FindSpecialAuditCounts() implements SpecialAuditQuery {
    }

    /** {@code auditPath}: the audit explorer's path of the subject's events ({@code /audit/contracts/c-1/events}). */
    record AuditExceptionView(AggregateKind subjectKind, String subjectId, String description,
                              List<String> evidenceEventIds, String auditPath) {
    }

    record ChecklistLineView(AuditControl control, int subjectsChecked, boolean applied,
                             List<AuditExceptionView> exceptions) {
    }

    /** {@code overdue}: flagged at the end of its due day while still open; {@code closing}: resolution or reason. */
    record AuditFindingView(String auditId, String findingId, AuditControl control, FindingSeverity severity,
                            String description, List<String> evidenceEventIds, Department owner, LocalDate dueOn,
                            String contractId, String rectificationNoticeId, FindingStatus status, boolean overdue,
                            String recordedBy, Instant recordedAt, String closing, String closedBy,
                            Instant closedAt) {
    }

    record AuditSignatureView(Department department, String conclusion, String signedBy, Instant signedAt) {
    }

    /**
     * {@code checklist} as last generated (null before), {@code overdue}: the next audit was not opened by
     * {@code nextDueBy} (raised on this closed audit).
     */
    record SpecialAuditDetail(String auditId, LocalDate periodFrom, LocalDate periodTo, List<String> vendorIds,
                              String scope, SpecialAuditStatus status, String openedBy, Instant openedAt,
                              String hrJoinedBy, Instant hrJoinedAt, List<ChecklistLineView> checklist,
                              Long eventsExamined, String checklistGeneratedBy, Instant checklistGeneratedAt,
                              List<AuditFindingView> findings, List<AuditSignatureView> signatures,
                              LocalDate closedOn, LocalDate nextDueBy, Integer intervalMonths, boolean overdue,
                              long sequence, Instant lastChangedAt) {
    }

    record SpecialAuditSummary(String auditId, LocalDate periodFrom, LocalDate periodTo, SpecialAuditStatus status,
                               int controlsNotApplied, long openFindings, long overdueFindings, LocalDate closedOn,
                               LocalDate nextDueBy, boolean overdue, Instant lastChangedAt) {
    }

    record SpecialAuditPage(List<SpecialAuditSummary> items, int page, int size, long totalItems) {
    }

    record AuditFindingPage(List<AuditFindingView> items, int page, int size, long totalItems) {
    }

    /**
     * {@code openAuditId}: the audit under way, if any; {@code overdue}: the last closed audit's successor was due
     * by {@code nextDueBy} and none has been opened.
     */
    record SpecialAuditSchedule(String lastClosedAuditId, LocalDate lastClosedOn, LocalDate nextDueBy,
                                boolean overdue, String openAuditId) {
    }

    record SpecialAuditCounts(long openFindings, long overdueFindings, boolean specialAuditOverdue,
                              LocalDate nextDueBy) {
    }
}
