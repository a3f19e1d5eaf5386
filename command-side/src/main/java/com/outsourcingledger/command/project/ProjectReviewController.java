package com.outsourcingledger.command.project;

import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.ProjectCommand.ReviewProject;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** One step of the approval chain; which department may record which step, the aggregate decides. */
@RestController
class ProjectReviewController {

    record ReviewRequest(@NotNull ApprovalStep step, @NotNull ReviewOpinion opinion,
                         @NotBlank @Size(max = 4000) String comment, ShamOutsourcingRisk shamOutsourcingRisk) {
    }

    private final CommandGateway commands;

    ProjectReviewController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/projects/{projectId}/reviews")
    @PreAuthorize("hasAnyRole('BUSINESS', 'HR', 'FINANCE', 'LEGAL', 'MANAGEMENT')")
    ResponseEntity<Void> review(@PathVariable String projectId, @Valid @RequestBody ReviewRequest request) {
        commands.sendAndWait(new ReviewProject(projectId, request.step(), request.opinion(), request.comment(),
                request.shamOutsourcingRisk()));
        return ResponseEntity.noContent().build();
    }
}
