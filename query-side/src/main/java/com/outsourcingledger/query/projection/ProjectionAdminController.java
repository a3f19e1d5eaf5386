package com.outsourcingledger.query.projection;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** Operating the read models: MANAGEMENT may rebuild one; MANAGEMENT and AUDIT may watch progress. */
@RestController
@RequestMapping("/admin/projections")
class ProjectionAdminController {

    private final ProjectionRebuilds rebuilds;

    ProjectionAdminController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('MANAGEMENT','AUDIT')")
    public List<ProjectionStatus> projections() {
        return rebuilds.all();
    }

    @GetMapping("/{name}")
    @PreAuthorize("hasAnyRole('MANAGEMENT','AUDIT')")
    public ProjectionStatus projection(@PathVariable String name) {
        return rebuilds.status(name);
    }

    /** Accepted: the replay runs in the background; follow it at the status resource. */
    @PostMapping("/{name}/rebuild")
    @PreAuthorize("hasRole('MANAGEMENT')")
    public ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        ProjectionStatus status = rebuilds.rebuild(name);
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/admin/projections/{name}")
                        .buildAndExpand(name).toUri())
                .body(status);
    }
}
