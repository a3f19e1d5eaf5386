package com.outsourcingledger.query.specialaudit;

import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.FindingStatus;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.*;
import com.outsourcingledger.api.specialaudit.SpecialAuditQuery.AuditExceptionView;
import com.outsourcingledger.api.specialaudit.SpecialAuditQuery.AuditFindingView;
import com.outsourcingledger.api.specialaudit.SpecialAuditQuery.AuditSignatureView;
import com.outsourcingledger.api.specialaudit.SpecialAuditQuery.ChecklistLineView;
import com.outsourcingledger.api.specialaudit.SpecialAuditQuery.SpecialAuditDetail;
import com.outsourcingledger.api.specialaudit.SpecialAuditStatus;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The special audit's detail as a pure fold over its events: the live read model and the audit's as-of and diff both
 * go through {@link #evolve}. Each checklist exception links to the audit explorer's events of its subject.
 */
@Component
public final class SpecialAuditView implements ViewFold<SpecialAuditDetail> {

    SpecialAuditView() {
    }

    @Override
    public String aggregateType() {
        return AggregateKind.SPECIAL_AUDIT.aggregateType();
    }

    @Override
    public Class<SpecialAuditDetail> viewType() {
        return SpecialAuditDetail.class;
    }

    @Override
    public SpecialAuditDetail evolve(SpecialAuditDetail current, Object event, Step step) {
        return evolve(current, (SpecialAuditEvent) event, step);
    }

    /** {@code current} is null before the audit is opened. */
    public static SpecialAuditDetail evolve(SpecialAuditDetail current, SpecialAuditEvent event, Step step) {
        if (current == null) {
            if (event instanceof SpecialAuditOpened e) {
                return new SpecialAuditDetail(e.auditId(), e.periodFrom(), e.periodTo(),
                        e.vendorIds() == null ? List.of() : List.copyOf(e.vendorIds()), e.scope(),
                        SpecialAuditStatus.OPENED, step.user(), step.at(), null, null, null, null, null, null,
                        List.of(), List.of(), null, null, null, false, step.sequence(), step.at());
            }
            throw new IllegalArgumentException("special audit " + event.auditId() + " was not opened before "
                    + event.getClass().getSimpleName());
        }
        SpecialAuditDetail c = current;
        return switch (event) {
            case SpecialAuditOpened e -> with(c, c.status(), c.hrJoinedBy(), c.hrJoinedAt(), c.findings(),
                    c.signatures(), step);
            case SpecialAuditJoinedByHr e -> with(c, c.status() == SpecialAuditStatus.OPENED
                    ? SpecialAuditStatus.IN_PROGRESS : c.status(), step.user(), step.at(), c.findings(),
                    c.signatures(), step);
            case AuditChecklistGenerated e -> new SpecialAuditDetail(c.auditId(), c.periodFrom(), c.periodTo(),
                    c.vendorIds(), c.scope(), c.status(), c.openedBy(), c.openedAt(), c.hrJoinedBy(), c.hrJoinedAt(),
                    checklist(e.answers()), e.eventsExamined(), step.user(), step.at(), c.findings(), c.signatures(),
                    c.closedOn(), c.nextDueBy(), c.intervalMonths(), c.overdue(), step.sequence(), step.at());
            case AuditFindingRecorded e -> {
                List<AuditFindingView> findings = new ArrayList<>(c.findings());
                findings.removeIf(f -> f.findingId().equals(e.findingId()));
                findings.add(new AuditFindingView(e.auditId(), e.findingId(), e.control(), e.severity(),
                        e.description(), e.evidenceEventIds() == null ? List.of() : List.copyOf(e.evidenceEventIds()),
                        e.owner(), e.dueOn(), e.contractId(), e.rectificationNoticeId(), FindingStatus.OPEN, false,
                        step.user(), step.at(), null, null, null));
                yield with(c, c.status(), c.hrJoinedBy(), c.hrJoinedAt(), List.copyOf(findings), c.signatures(), step);
            }
            case AuditFindingResolved e -> finding(c, e.findingId(), f -> closed(f, FindingStatus.RESOLVED,
                    e.resolution(), step), step);
            case AuditFindingAccepted e -> finding(c, e.findingId(), f -> closed(f, FindingStatus.ACCEPTED,
                    e.reason(), step), step);
            case AuditFindingOverdue e -> finding(c, e.findingId(), f -> f.status() != FindingStatus.OPEN ? f
                    : new AuditFindingView(f.auditId(), f.findingId(), f.control(), f.severity(), f.description(),
                    f.evidenceEventIds(), f.owner(), f.dueOn(), f.contractId(), f.rectificationNoticeId(), f.status(),
                    true, f.recordedBy(), f.recordedAt(), f.closing(), f.closedBy(), f.closedAt()), step);
            case SpecialAuditReportSigned e -> {
                List<AuditSignatureView> signatures = new ArrayList<>(c.signatures());
                signatures.add(new AuditSignatureView(e.department(), e.conclusion(), step.user(), step.at()));
                yield with(c, c.status(), c.hrJoinedBy(), c.hrJoinedAt(), c.findings(), List.copyOf(signatures),
                        step);
            }
            case SpecialAuditClosed e -> new SpecialAuditDetail(c.auditId(), c.periodFrom(), c.periodTo(),
                    c.vendorIds(), c.scope(), SpecialAuditStatus.CLOSED, c.openedBy(), c.openedAt(), c.hrJoinedBy(),
                    c.hrJoinedAt(), c.checklist(), c.eventsExamined(), c.checklistGeneratedBy(),
                    c.checklistGeneratedAt(), c.findings(), c.signatures(), e.closedOn(), e.nextDueBy(),
                    e.intervalMonths(), c.overdue(), step.sequence(), step.at());
            case SpecialAuditOverdue e -> new SpecialAuditDetail(c.auditId(), c.periodFrom(), c.periodTo(),
                    c.vendorIds(), c.scope(), c.status(), c.openedBy(), c.openedAt(), c.hrJoinedBy(), c.hrJoinedAt(),
                    c.checklist(), c.eventsExamined(), c.checklistGeneratedBy(), c.checklistGeneratedAt(),
                    c.findings(), c.signatures(), c.closedOn(), c.nextDueBy() == null ? e.dueBy() : c.nextDueBy(),
                    c.intervalMonths(), true, step.sequence(), step.at());
        };
    }

    /**
     * Each answer with its exceptions linked to the audit explorer's events of their subject
     * ({@code /audit/contracts/c-1/events}), null for a subject of no known kind.
     */
    static List<ChecklistLineView> checklist(List<ControlAnswer> answers) {
        if (answers == null) {
            return List.of();
        }
        return answers.stream().map(a -> {
            List<AuditExceptionView> exceptions = a.exceptions() == null ? List.of() : a.exceptions().stream()
                    .map(x -> new AuditExceptionView(x.subjectKind(), x.subjectId(), x.description(),
                            x.evidenceEventIds() == null ? List.of() : List.copyOf(x.evidenceEventIds()),
                            x.subjectKind() == null ? null
                                    : "/audit/" + x.subjectKind().collection() + "/" + x.subjectId() + "/events"))
                    .toList();
            return new ChecklistLineView(a.control(), a.subjectsChecked(), exceptions.isEmpty(), exceptions);
        }).toList();
    }

    private static AuditFindingView closed(AuditFindingView f, FindingStatus status, String closing, Step step) {
        return new AuditFindingView(f.auditId(), f.findingId(), f.control(), f.severity(), f.description(),
                f.evidenceEventIds(), f.owner(), f.dueOn(), f.contractId(), f.rectificationNoticeId(), status,
                f.overdue(), f.recordedBy(), f.recordedAt(), closing, step.user(), step.at());
    }

    private static SpecialAuditDetail finding(SpecialAuditDetail c, String findingId,
                                              UnaryOperator<AuditFindingView> change, Step step) {
        List<AuditFindingView> findings = c.findings().stream()
                .map(f -> f.findingId().equals(findingId) ? change.apply(f) : f).toList();
        return with(c, c.status(), c.hrJoinedBy(), c.hrJoinedAt(), findings, c.signatures(), step);
    }

    private static SpecialAuditDetail with(SpecialAuditDetail c, SpecialAuditStatus status, String hrJoinedBy,
                                           Instant hrJoinedAt, List<AuditFindingView> findings,
                                           List<AuditSignatureView> signatures, Step step) {
        return new SpecialAuditDetail(c.auditId(), c.periodFrom(), c.periodTo(), c.vendorIds(), c.scope(), status,
                c.openedBy(), c.openedAt(), hrJoinedBy, hrJoinedAt, c.checklist(), c.eventsExamined(),
                c.checklistGeneratedBy(), c.checklistGeneratedAt(), findings, signatures, c.closedOn(),
                c.nextDueBy(), c.intervalMonths(), c.overdue(), step.sequence(), step.at());
    }
}
