package com.outsourcingledger.command.project;

import com.outsourcingledger.api.project.ProjectCommand.CancelProject;
import com.outsourcingledger.api.project.ProjectCommand.DraftProject;
import com.outsourcingledger.api.project.ProjectCommand.ReviseProject;
import com.outsourcingledger.api.project.ProjectCommand.SubmitProject;
import com.outsourcingledger.api.project.ProjectEvent.ProjectDrafted;
import com.outsourcingledger.platform.security.Actor;
import com.outsourcingledger.platform.web.IdempotentCreation;
import com.outsourcingledger.platform.web.ReadLocation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** The business department's acts on its own request: draft, revise, submit, cancel. */
@RestController
@PreAuthorize("hasRole('BUSINESS')")
class ProjectRequestController {

    record ProjectReference(String projectId) {
    }

    record CancellationRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    private final CommandGateway commands;
    private final EventStore events;

    ProjectRequestController(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    @PostMapping("/projects")
    ResponseEntity<ProjectReference> draft(@Valid @RequestBody ProjectForm form,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        DraftProject command = new DraftProject(IdempotentCreation.id("project:", form.projectId(), key),
                form.toRequest());
        URI location = ReadLocation.of("/projects/{projectId}", command.projectId());
        IdempotentCreation.send(commands, events, command.projectId(), command, () -> draftedBefore(command));
        return ResponseEntity.created(location).body(new ProjectReference(command.projectId()));
    }

    @PostMapping("/projects/{projectId}/revision")
    ResponseEntity<Void> revise(@PathVariable String projectId, @Valid @RequestBody ProjectForm form) {
        commands.sendAndWait(new ReviseProject(projectId, form.toRequest()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/projects/{projectId}/submission")
    ResponseEntity<Void> submit(@PathVariable String projectId) {
        commands.sendAndWait(new SubmitProject(projectId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/projects/{projectId}/cancellation")
    ResponseEntity<Void> cancel(@PathVariable String projectId, @Valid @RequestBody CancellationRequest request) {
        commands.sendAndWait(new CancelProject(projectId, request.reason()));
        return ResponseEntity.noContent().build();
    }

    /** The project exists already, drafted by this user with this very form: the request was made before. */
    private boolean draftedBefore(DraftProject command) {
        String user = Actor.current().map(Actor::user).orElse(null);
        return IdempotentCreation.firstEvent(events, command.projectId())
                .filter(new ProjectDrafted(command.projectId(), command.request(), user)::equals)
                .isPresent();
    }
}
