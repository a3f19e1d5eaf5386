package com.outsourcingledger.query.project;

import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectCategory;
import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectQuery.FindProject;
import com.outsourcingledger.api.project.ProjectQuery.FindProjects;
import com.outsourcingledger.api.project.ProjectQuery.FindReviewQueue;
import com.outsourcingledger.api.project.ProjectQuery.ReviewQueue;
import com.outsourcingledger.api.project.ProjectQuery.ProjectDetail;
import com.outsourcingledger.api.project.ProjectQuery.ProjectPage;
import com.outsourcingledger.api.project.ProjectQuery.ProjectSummary;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.query.readmodel.BatchedDocuments;
import com.outsourcingledger.query.readmodel.DocumentTable;
import com.outsourcingledger.query.readmodel.DocumentTable.Column;
import com.outsourcingledger.query.readmodel.ViewFold.Step;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project pipeline, project detail and per-department review queues. Each event is folded into the
 * project's detail document by {@link ProjectView}; the columns beside it serve filtering only. Events at or
 * below the stored sequence number are skipped, so re-delivery and replay are harmless.
 */
@Component
@ProcessingGroup(ProjectProjection.PROCESSING_GROUP)
class ProjectProjection {

    static final String PROCESSING_GROUP = "project-views";
    static final int MAX_PAGE_SIZE = 200;
    private static final String SUMMARY_COLUMNS = "project_id, name, requesting_department, category, status,"
            + " awaiting_step, submitted_on, last_changed_at";

    private final JdbcClient jdbc;
    private final DocumentTable<ProjectDetail> table;
    private final BatchedDocuments<ProjectDetail> documents;

    ProjectProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.table = new DocumentTable<>(dataSource, "project_view", "project_id", ProjectDetail.class,
                ProjectDetail::projectId, List.of(
                new Column<>("name", Types.VARCHAR, d -> d.request().name()),
                new Column<>("requesting_department", Types.VARCHAR, d -> d.request().requestingDepartment()),
                new Column<>("category", Types.VARCHAR, d -> d.request().category().name()),
                new Column<>("status", Types.VARCHAR, d -> d.status().name()),
                new Column<>("awaiting_step", Types.VARCHAR, d -> d.awaitingStep() == null ? null
                        : d.awaitingStep().name()),
                new Column<>("awaiting_department", Types.VARCHAR, d -> d.awaitingDepartment() == null ? null
                        : d.awaitingDepartment().name()),
                new Column<>("submitted_on", Types.DATE, ProjectDetail::submittedOn),
                new Column<>("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE,
                        d -> OffsetDateTime.ofInstant(d.lastChangedAt(), ZoneOffset.UTC)),
                new Column<>("version", Types.BIGINT, ProjectDetail::version)), "version");
        this.documents = new BatchedDocuments<>(ProjectEvent.class, table);
    }

    @EventHandler
    void on(ProjectEvent event, @Timestamp Instant at, @SequenceNumber Long sequence) {
        documents.evolve(event.projectId(), sequence, ProjectDetail::version,
                before -> ProjectView.evolve(before, event, new Step(at, null, sequence)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM project_view").update();
    }

    @QueryHandler
    ProjectPage handle(FindProjects query) {
        int size = Math.clamp(query.size(), 1, MAX_PAGE_SIZE);
        int page = Math.max(query.page(), 0);
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Map<String, Object> params = new HashMap<>();
        if (query.status() != null) {
            conditions.add("status = :status");
            params.put("status", query.status().name());
        }
        if (query.department() != null && !query.department().isBlank()) {
            conditions.add("requesting_department = :department");
            params.put("department", query.department());
        }
        if (query.category() != null) {
            conditions.add("category = :category");
            params.put("category", query.category().name());
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM project_view" + where).params(params).query(Long.class).single();
        List<ProjectSummary> items = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM project_view" + where
                        + " ORDER BY last_changed_at DESC, project_id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(ProjectProjection::summary).list();
        return new ProjectPage(items, page, size, total);
    }

    @QueryHandler
    Optional<ProjectDetail> handle(FindProject query) {
        return table.find(query.projectId());
    }

    /** With a user, leaves out what the command side would refuse them: a round they wrote or submitted. */
    @QueryHandler
    ReviewQueue handle(FindReviewQueue query) {
        return new ReviewQueue(jdbc.sql("SELECT document FROM project_view WHERE status = :submitted"
                        + " AND awaiting_department = :department ORDER BY submitted_on, project_id")
                .param("submitted", ProjectStatus.SUBMITTED.name())
                .param("department", query.department().name())
                .query((rs, row) -> table.parse(rs.getString("document"))).list().stream()
                .filter(detail -> query.user() == null || !ProjectView.roundAuthors(detail).contains(query.user()))
                .map(ProjectProjection::summaryOf)
                .toList());
    }

    private static ProjectSummary summaryOf(ProjectDetail d) {
        return new ProjectSummary(d.projectId(), d.request().name(), d.request().requestingDepartment(),
                d.request().category(), d.status(), d.awaitingStep(), d.submittedOn(), d.lastChangedAt());
    }

    private static ProjectSummary summary(ResultSet rs, int row) throws SQLException {
        String awaiting = rs.getString("awaiting_step");
        return new ProjectSummary(rs.getString("project_id"), rs.getString("name"),
                rs.getString("requesting_department"), ProjectCategory.valueOf(rs.getString("category")),
                ProjectStatus.valueOf(rs.getString("status")), awaiting == null ? null : ApprovalStep.valueOf(awaiting),
                rs.getObject("submitted_on", LocalDate.class),
                rs.getObject("last_changed_at", OffsetDateTime.class).toInstant());
    }
}
