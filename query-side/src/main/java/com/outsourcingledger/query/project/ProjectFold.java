package com.outsourcingledger.query.project;

import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectQuery.ProjectDetail;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

/** {@link ProjectView} offered to auditors' as-of reconstruction. */
@Component
class ProjectFold implements ViewFold<ProjectDetail> {

    @Override
    public String aggregateType() {
        return "Project";
    }

    @Override
    public Class<ProjectDetail> viewType() {
        return ProjectDetail.class;
    }

    @Override
    public ProjectDetail evolve(ProjectDetail current, Object event, Step step) {
        return ProjectView.evolve(current, (ProjectEvent) event, step.at(), step.sequence());
    }
}
