package com.outsourcingledger.api.project;

import com.outsourcingledger.api.organization.Department;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Questions the project read models answer, and their answers. */
public sealed interface ProjectQuery {

    /** The project pipeline; any filter may be null. {@code department} is the requesting department. */
    record FindProjects(ProjectStatus status, String department, ProjectCategory category, int page, int size)
            implements ProjectQuery {
    }

    record FindProject(String projectId) implements ProjectQuery {
    }

    /** The answer to {@link FindReviewQueue}: a record, so its element type crosses any query bus. */
    record ReviewQueue(List<ProjectSummary> items) {
    }

    /**
     * Submitted requests whose next approval step belongs to {@code department}, oldest submission first. With a
     * {@code user}, only those that user may review: not the ones whose current round they wrote or submitted.
     */
    record FindReviewQueue(Department department, String user) implements ProjectQuery {

        public FindReviewQueue(Department department) {
            this(department, null);
        }
    }

    record ProjectSummary(String projectId, String name, String requestingDepartment, ProjectCategory category,
                          ProjectStatus status, ApprovalStep awaitingStep, LocalDate submittedOn,
                          Instant lastChangedAt) {
    }

    record ProjectPage(List<ProjectSummary> items, int page, int size, long totalItems) {
    }

    record ApprovalView(int round, ApprovalStep step, Department department, ReviewOpinion opinion, String comment,
                        ShamOutsourcingRisk shamOutsourcingRisk, String reviewer, LocalDate reviewedOn,
                        Instant at) {
    }

    record ProjectDetail(String projectId, ProjectRequest request, ProjectStatus status, String draftedBy,
                         List<String> revisedBy, String submittedBy, LocalDate submittedOn, int round,
                         ApprovalStep awaitingStep, Department awaitingDepartment, List<ApprovalView> approvals,
                         LocalDate establishedOn, String sourcingId, String awardedVendorId, LocalDate awardedOn,
                         String contractId, String cancellationReason, List<String> cancelledSourcingIds,
                         long version, Instant lastChangedAt) {

        /** {@code cancelledSourcingIds}: the rounds cancelled so far; absent from documents written before it. */
        public ProjectDetail {
            cancelledSourcingIds = cancelledSourcingIds == null ? List.of() : List.copyOf(cancelledSourcingIds);
        }
    }
}
