package com.outsourcingledger.query.specialaudit;

import com.outsourcingledger.api.specialaudit.FindingStatus;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent;
import com.outsourcingledger.api.specialaudit.SpecialAuditQuery.*;
import com.outsourcingledger.api.specialaudit.SpecialAuditStatus;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.query.readmodel.BatchedDocuments;
import com.outsourcingledger.query.readmodel.DocumentTable;
import com.outsourcingledger.query.readmodel.DocumentTable.Column;
import com.outsourcingledger.query.readmodel.DocumentTable.Filter;
import com.outsourcingledger.query.readmodel.PageSize;
import com.outsourcingledger.query.readmodel.ViewFold.Step;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The special audits: each audit's detail with its checklist, findings and signatures, the audits by status, the
 * findings of every audit, and the schedule of the next audit. Each event is folded into the audit's document by
 * {@link SpecialAuditView}; events at or below the stored sequence are skipped, so a replay is harmless.
 */
@Component
@ProcessingGroup(SpecialAuditProjection.PROCESSING_GROUP)
class SpecialAuditProjection {

    static final String PROCESSING_GROUP = "special-audit-views";

    private final JdbcClient jdbc;
    private final DocumentTable<SpecialAuditDetail> table;
    private final BatchedDocuments<SpecialAuditDetail> documents;

    SpecialAuditProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.table = new DocumentTable<>(dataSource, "special_audit_view", "audit_id", SpecialAuditDetail.class,
                SpecialAuditDetail::auditId, List.of(
                new Column<>("status", Types.VARCHAR, d -> d.status().name()),
                new Column<>("period_to", Types.DATE, SpecialAuditDetail::periodTo),
                new Column<>("opened_at", Types.TIMESTAMP_WITH_TIMEZONE, d -> utc(d.openedAt())),
                new Column<>("closed_on", Types.DATE, SpecialAuditDetail::closedOn),
                new Column<>("open_findings", Types.INTEGER, d -> (int) open(d, false)),
                new Column<>("overdue_findings", Types.INTEGER, d -> (int) open(d, true)),
                new Column<>("overdue", Types.BOOLEAN, SpecialAuditDetail::overdue),
                new Column<>("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE, d -> utc(d.lastChangedAt())),
                new Column<>("sequence_number", Types.BIGINT, SpecialAuditDetail::sequence)),
                "sequence_number");
        this.documents = new BatchedDocuments<>(SpecialAuditEvent.class, table);
    }

    @EventHandler
    void on(SpecialAuditEvent event, @Timestamp Instant at, @SequenceNumber Long sequence,
            @MetaDataValue(MetadataKeys.USER) String user) {
        documents.evolve(event.auditId(), sequence, SpecialAuditDetail::sequence,
                before -> SpecialAuditView.evolve(before, event, new Step(at, user, sequence)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM special_audit_view").update();
    }

    @QueryHandler
    Optional<SpecialAuditDetail> handle(FindSpecialAudit query) {
        return table.find(query.auditId());
    }

    @QueryHandler
    SpecialAuditPage handle(FindSpecialAudits query) {
        Filter filter = new Filter()
                .where("status = :status", "status", query.status() == null ? null : query.status().name());
        DocumentTable.Page<SpecialAuditDetail> found = table.page(filter, "period_to DESC, opened_at DESC, audit_id",
                query.page(), query.size());
        return new SpecialAuditPage(found.documents().stream().map(SpecialAuditProjection::summary).toList(),
                found.page(), found.size(), found.total());
    }

    /** Read from the documents: the audits are a handful a year, their findings a few dozen. */
    @QueryHandler
    AuditFindingPage handle(FindAuditFindings query) {
        int size = Math.clamp(query.size(), 1, PageSize.MAX);
        int page = Math.max(query.page(), 0);
        boolean onlyOpen = query.overdueOnly() || query.status() == FindingStatus.OPEN;
        String where = (query.auditId() == null ? " WHERE 1 = 1" : " WHERE audit_id = :audit")
                + (onlyOpen ? " AND open_findings > 0" : "");
        var select = jdbc.sql("SELECT document FROM special_audit_view" + where);
        if (query.auditId() != null) {
            select = select.param("audit", query.auditId());
        }
        List<AuditFindingView> all = select.query(String.class).list().stream()
                .flatMap(document -> table.parse(document).findings().stream())
                .filter(f -> query.status() == null || f.status() == query.status())
                .filter(f -> !query.overdueOnly() || f.status() == FindingStatus.OPEN && f.overdue())
                .filter(f -> query.owner() == null || f.owner() == query.owner())
                .sorted(Comparator.comparing(AuditFindingView::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(AuditFindingView::auditId).thenComparing(AuditFindingView::findingId))
                .toList();
        int from = (int) Math.min((long) page * size, all.size());
        return new AuditFindingPage(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    @QueryHandler
    SpecialAuditSchedule handle(FindSpecialAuditSchedule query) {
        Optional<SpecialAuditDetail> lastClosed = jdbc.sql("SELECT document FROM special_audit_view"
                        + " WHERE status = 'CLOSED' ORDER BY closed_on DESC, last_changed_at DESC, audit_id LIMIT 1")
                .query(String.class).optional().map(table::parse);
        Optional<String> underWay = jdbc.sql("SELECT audit_id FROM special_audit_view WHERE status <> 'CLOSED'"
                + " ORDER BY opened_at DESC, audit_id LIMIT 1").query(String.class).optional();
        return new SpecialAuditSchedule(lastClosed.map(SpecialAuditDetail::auditId).orElse(null),
                lastClosed.map(SpecialAuditDetail::closedOn).orElse(null),
                lastClosed.map(SpecialAuditDetail::nextDueBy).orElse(null),
                underWay.isEmpty() && lastClosed.map(SpecialAuditDetail::overdue).orElse(false),
                underWay.orElse(null));
    }

    @QueryHandler
    SpecialAuditCounts handle(FindSpecialAuditCounts query) {
        SpecialAuditSchedule schedule = handle(new FindSpecialAuditSchedule());
        long[] findings = jdbc.sql("SELECT COALESCE(SUM(open_findings), 0) AS o, COALESCE(SUM(overdue_findings), 0)"
                        + " AS d FROM special_audit_view")
                .query((rs, n) -> new long[]{rs.getLong("o"), rs.getLong("d")}).single();
        return new SpecialAuditCounts(findings[0], findings[1], schedule.overdue(), schedule.nextDueBy());
    }

    /** The open findings, or the open ones flagged overdue. */
    private static long open(SpecialAuditDetail d, boolean overdueOnly) {
        return d.findings().stream()
                .filter(f -> f.status() == FindingStatus.OPEN && (!overdueOnly || f.overdue())).count();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static SpecialAuditSummary summary(SpecialAuditDetail d) {
        int notApplied = d.checklist() == null ? 0 : (int) d.checklist().stream().filter(l -> !l.applied()).count();
        return new SpecialAuditSummary(d.auditId(), d.periodFrom(), d.periodTo(), d.status(), notApplied,
                open(d, false), open(d, true), d.closedOn(), d.nextDueBy(), d.overdue(), d.lastChangedAt());
    }
}
