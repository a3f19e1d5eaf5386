package com.outsourcingledger.query.specialaudit;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;
import com.outsourcingledger.api.specialaudit.FindingSeverity;
import com.outsourcingledger.api.specialaudit.FindingStatus;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.*;
import com.outsourcingledger.api.specialaudit.SpecialAuditQuery.*;
import com.outsourcingledger.api.specialaudit.SpecialAuditStatus;
import com.outsourcingledger.api.wire.AggregateKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The special-audit projection driven through its handlers against a real database, as the app drives it. */
abstract class SpecialAuditProjectionContract {

    static final Instant T0 = Instant.parse("2026-04-10T02:00:00Z");
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    static final LocalDate DUE = LocalDate.of(2026, 5, 31);

    private final Map<String, Long> sequences = new HashMap<>();
    private long clock;
    private SpecialAuditProjection projection;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        projection = new SpecialAuditProjection(dataSource());
        projection.reset();
    }

    private void apply(SpecialAuditEvent... events) {
        for (SpecialAuditEvent event : events) {
            long sequence = sequences.merge(event.auditId(), 1L, Long::sum) - 1;
            projection.on(event, T0.plusSeconds(clock++), sequence, "user-" + event.auditId() + "-" + sequence);
        }
    }

    private static SpecialAuditOpened opened(String auditId, LocalDate from, LocalDate to) {
        return new SpecialAuditOpened(auditId, from, to, List.of(), "全部外包");
    }

    private static AuditFindingRecorded finding(String auditId, String findingId, Department owner, LocalDate dueOn) {
        return new AuditFindingRecorded(auditId, findingId, AuditControl.NDA_BEFORE_SIGNING, FindingSeverity.HIGH,
                "未先签保密协议", List.of("evt-9"), owner, dueOn, "c-1", auditId + ":" + findingId);
    }

    private SpecialAuditDetail audit(String auditId) {
        return projection.handle(new FindSpecialAudit(auditId)).orElseThrow();
    }

    @Test
    void servesTheChecklistWithEachExceptionLinkedToTheAuditExplorer() {
        apply(opened("a-1", FROM, TO), new SpecialAuditJoinedByHr("a-1"),
                new AuditChecklistGenerated("a-1", FROM, TO, List.of(
                        new ControlAnswer(AuditControl.NDA_BEFORE_SIGNING, 3, List.of(new ControlException(
                                AggregateKind.CONTRACT, "c-1", "签约前无保密协议", List.of("evt-1", "evt-2")))),
                        new ControlAnswer(AuditControl.PIP_CONCLUDED, 2, List.of())), 120));
        SpecialAuditDetail detail = audit("a-1");
        assertThat(detail).extracting(SpecialAuditDetail::status, SpecialAuditDetail::openedBy,
                SpecialAuditDetail::hrJoinedBy, SpecialAuditDetail::eventsExamined,
                SpecialAuditDetail::checklistGeneratedBy).containsExactly(SpecialAuditStatus.IN_PROGRESS,
                "user-a-1-0", "user-a-1-1", 120L, "user-a-1-2");
        assertThat(detail.checklist()).extracting(ChecklistLineView::control, ChecklistLineView::subjectsChecked,
                ChecklistLineView::applied).containsExactly(tuple(AuditControl.NDA_BEFORE_SIGNING, 3, false),
                tuple(AuditControl.PIP_CONCLUDED, 2, true));
        assertThat(detail.checklist().getFirst().exceptions()).extracting(AuditExceptionView::subjectId,
                        AuditExceptionView::evidenceEventIds, AuditExceptionView::auditPath)
                .containsExactly(tuple("c-1", List.of("evt-1", "evt-2"), "/audit/contracts/c-1/events"));

        apply(new AuditChecklistGenerated("a-1", FROM, TO, List.of(new ControlAnswer(AuditControl.PIP_CONCLUDED, 2,
                List.of())), 130));
        assertThat(audit("a-1").checklist()).as("a later generation replaces the earlier")
                .extracting(ChecklistLineView::control).containsExactly(AuditControl.PIP_CONCLUDED);
        assertThat(projection.handle(new FindSpecialAudit("a-9"))).isEmpty();
    }

    @Test
    void followsFindingsThroughOverdueResolutionAndAcceptanceToTheClosing() {
        apply(opened("a-1", FROM, TO), new SpecialAuditJoinedByHr("a-1"),
                finding("a-1", "f-1", Department.LEGAL, DUE), finding("a-1", "f-2", Department.HR, DUE.plusDays(3)),
                finding("a-1", "f-3", Department.HR, DUE.minusDays(3)),
                new AuditFindingOverdue("a-1", "f-3", DUE.minusDays(3)));

        assertThat(projection.handle(new FindAuditFindings(FindingStatus.OPEN, false, null, null, 0, 50)).items())
                .extracting(AuditFindingView::findingId).containsExactly("f-3", "f-1", "f-2");
        assertThat(projection.handle(new FindAuditFindings(null, true, null, null, 0, 50)).items())
                .extracting(AuditFindingView::findingId, AuditFindingView::overdue).containsExactly(tuple("f-3", true));
        assertThat(projection.handle(new FindAuditFindings(null, false, Department.HR, "a-1", 0, 1)))
                .extracting(AuditFindingPage::totalItems).isEqualTo(2L);
        assertThat(projection.handle(new FindSpecialAudits(null, 0, 20)).items().getFirst())
                .extracting(SpecialAuditSummary::openFindings, SpecialAuditSummary::overdueFindings)
                .containsExactly(3L, 1L);

        apply(new AuditFindingResolved("a-1", "f-1", "已补签"), new AuditFindingAccepted("a-1", "f-2", "接受"),
                new AuditFindingResolved("a-1", "f-3", "已整改"),
                new SpecialAuditReportSigned("a-1", Department.AUDIT, "基本合规"),
                new SpecialAuditReportSigned("a-1", Department.HR, "同意"),
                new SpecialAuditClosed("a-1", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1), 12));
        SpecialAuditDetail closed = audit("a-1");
        assertThat(closed.findings()).extracting(AuditFindingView::findingId, AuditFindingView::status,
                AuditFindingView::closing, AuditFindingView::rectificationNoticeId).containsExactly(
                tuple("f-1", FindingStatus.RESOLVED, "已补签", "a-1:f-1"),
                tuple("f-2", FindingStatus.ACCEPTED, "接受", "a-1:f-2"),
                tuple("f-3", FindingStatus.RESOLVED, "已整改", "a-1:f-3"));
        assertThat(closed.signatures()).extracting(AuditSignatureView::department, AuditSignatureView::signedBy)
                .containsExactly(tuple(Department.AUDIT, "user-a-1-9"), tuple(Department.HR, "user-a-1-10"));
        assertThat(closed).extracting(SpecialAuditDetail::status, SpecialAuditDetail::nextDueBy,
                SpecialAuditDetail::intervalMonths).containsExactly(SpecialAuditStatus.CLOSED,
                LocalDate.of(2027, 6, 1), 12);
        assertThat(projection.handle(new FindSpecialAuditCounts())).extracting(SpecialAuditCounts::openFindings,
                SpecialAuditCounts::overdueFindings).containsExactly(0L, 0L);
    }

    @Test
    void schedulesTheNextAuditFromTheLastClosedAndFlagsItOverdueUntilOneIsOpened() {
        assertThat(projection.handle(new FindSpecialAuditSchedule())).isEqualTo(new SpecialAuditSchedule(null, null,
                null, false, null));
        apply(opened("a-2024", FROM.minusYears(1), TO.minusYears(1)),
                new SpecialAuditClosed("a-2024", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1), 12),
                opened("a-2025", FROM, TO),
                new SpecialAuditClosed("a-2025", LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1), 12),
                new SpecialAuditOverdue("a-2025", LocalDate.of(2027, 2, 1)));

        assertThat(projection.handle(new FindSpecialAuditSchedule())).isEqualTo(new SpecialAuditSchedule("a-2025",
                LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1), true, null));
        assertThat(projection.handle(new FindSpecialAuditCounts()).specialAuditOverdue()).isTrue();
        assertThat(projection.handle(new FindSpecialAudits(SpecialAuditStatus.CLOSED, 0, 20)).items())
                .extracting(SpecialAuditSummary::auditId).containsExactly("a-2025", "a-2024");

        apply(opened("a-2026", FROM.plusYears(1), TO.plusYears(1)));
        assertThat(projection.handle(new FindSpecialAuditSchedule())).extracting(SpecialAuditSchedule::overdue,
                SpecialAuditSchedule::openAuditId).containsExactly(false, "a-2026");
        assertThat(projection.handle(new FindSpecialAudits(SpecialAuditStatus.OPENED, 0, 20)).totalItems())
                .isEqualTo(1);
    }

    @Test
    void skipsAnEventItHasAlreadyFolded() {
        apply(opened("a-1", FROM, TO), new SpecialAuditJoinedByHr("a-1"));
        projection.on(new SpecialAuditClosed("a-1", TO, TO.plusYears(1), 12), T0, 1L, "again");

        assertThat(audit("a-1").status()).isEqualTo(SpecialAuditStatus.IN_PROGRESS);
    }
}
