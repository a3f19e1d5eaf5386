package com.outsourcingledger.query.project;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ProjectCategory;
import com.outsourcingledger.api.project.ProjectQuery.FindProject;
import com.outsourcingledger.api.project.ProjectQuery.FindProjects;
import com.outsourcingledger.api.project.ProjectQuery.FindReviewQueue;
import com.outsourcingledger.api.project.ProjectQuery.ReviewQueue;
import com.outsourcingledger.api.project.ProjectQuery.ProjectDetail;
import com.outsourcingledger.api.project.ProjectQuery.ProjectPage;
import com.outsourcingledger.api.project.ProjectQuery.ProjectSummary;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.refusal.ProjectRuleCodes;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.platform.security.Actor;
import com.outsourcingledger.platform.security.AnyDepartment;
import com.outsourcingledger.query.readmodel.PageSize;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

@RestController
@RequestMapping("/projects")
@AnyDepartment
class ProjectController {

    private final QueryGateway queryGateway;

    ProjectController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** {@code department} filters by requesting department. */
    @GetMapping
    public ProjectPage findProjects(@RequestParam(required = false) ProjectStatus status,
                                    @RequestParam(required = false) String department,
                                    @RequestParam(required = false) ProjectCategory category,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @PageSize int size) {
        return queryGateway.query(new FindProjects(status, department, category, page, size),
                ResponseTypes.instanceOf(ProjectPage.class)).join();
    }

    @GetMapping("/{projectId}")
    public ProjectDetail findProject(@PathVariable String projectId) {
        return queryGateway.query(new FindProject(projectId),
                        ResponseTypes.optionalInstanceOf(ProjectDetail.class)).join()
                .orElseThrow(() -> new ResourceNotFoundException(ProjectRuleCodes.NOT_FOUND,
                        "project", projectId));
    }

    /**
     * Requests waiting for a department's review; the caller's own department unless one is named. The caller's
     * own queue leaves out the requests they may not review (they wrote or submitted the current round).
     */
    @GetMapping("/review-queue")
    public List<ProjectSummary> findReviewQueue(@RequestParam(required = false) Department department) {
        Actor actor = Actor.current().orElse(null);
        Department own = actor == null ? null : actor.department();
        Department queue = department != null ? department : Optional.ofNullable(own).orElseThrow(() ->
                new IllegalArgumentException("Name the department whose review queue to show"));
        String user = queue == own ? actor.user() : null;
        return queryGateway.query(new FindReviewQueue(queue, user), ReviewQueue.class).join().items();
    }
}
