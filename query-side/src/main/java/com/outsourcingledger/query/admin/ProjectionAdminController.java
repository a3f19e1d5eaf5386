package com.outsourcingledger.query.admin;

import com.outsourcingledger.api.refusal.ProjectionRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * Operating the read models: MANAGEMENT may rebuild one or make it skip an event it cannot apply; MANAGEMENT and
 * AUDIT may watch progress and read the skips.
 */
@RestController
@RequestMapping("/admin/projections")
class ProjectionAdminController {

    private final ProjectionRebuilds rebuilds;
    private final ProcessorSkips skips;

    ProjectionAdminController(ProjectionRebuilds rebuilds, ProcessorSkips skips) {
        this.rebuilds = rebuilds;
        this.skips = skips;
    }

    /** An operator's decision to pass one event without applying it, and why. */
    record SkipRequest(String eventId, String reason) {
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

    /**
     * The way out for a projection stuck on an event it can never apply (health names it): it passes that event
     * without applying it, now and on every replay, and the decision is kept with who made it and why. The audit
     * index never skips: its chain must hold every event.
     */
    @PostMapping("/{name}/skips")
    @PreAuthorize("hasRole('MANAGEMENT')")
    public ResponseEntity<ProcessorSkips.Skip> skip(@PathVariable String name, @RequestBody SkipRequest request) {
        rebuilds.status(name);
        if (name.equals(ProjectionRebuilds.AUDIT_INDEX)) {
            throw Refusal.conflict(ProjectionRuleCodes.SKIP_AUDIT_INDEX,
                    "The audit index cannot pass an event: its hash chain must hold every stored event");
        }
        if (request.eventId() == null || request.eventId().isBlank()) {
            throw Refusal.invalid(ProjectionRuleCodes.SKIP_EVENT_REQUIRED, "'eventId' is required");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw Refusal.invalid(ProjectionRuleCodes.SKIP_REASON_REQUIRED,
                    "'reason' is required: a skip is kept for audit with who decided it and why");
        }
        String by = Actor.current().map(Actor::user).orElseThrow();
        return ResponseEntity.status(201).body(skips.skip(name, request.eventId(), request.reason(), by));
    }

    @GetMapping("/{name}/skips")
    @PreAuthorize("hasAnyRole('MANAGEMENT','AUDIT')")
    public List<ProcessorSkips.Skip> skips(@PathVariable String name) {
        rebuilds.status(name);
        return skips.skips(name);
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
