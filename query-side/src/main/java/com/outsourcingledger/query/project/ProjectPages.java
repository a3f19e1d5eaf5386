package com.outsourcingledger.query.project;

import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.platform.security.AnyDepartment;
import com.outsourcingledger.query.console.ConsolePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The project pipeline and a project's detail with its approval trail, answered by {@link ProjectController} itself. */
@ConsolePage
@AnyDepartment
class ProjectPages {

    static final int PAGE_SIZE = 20;

    private final ProjectController projects;

    ProjectPages(ProjectController projects) {
        this.projects = projects;
    }

    @GetMapping("/console/projects")
    public String pipeline(@RequestParam(required = false) ProjectStatus status,
                           @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("projects", projects.findProjects(status, null, null, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("status", status);
        return "console/projects";
    }

    @GetMapping("/console/projects/{projectId}")
    public String project(@PathVariable String projectId, Model model) {
        model.addAttribute("project", projects.findProject(projectId));
        return "console/project";
    }
}
