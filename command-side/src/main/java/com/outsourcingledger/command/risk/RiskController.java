package com.outsourcingledger.command.risk;

import com.outsourcingledger.api.risk.RiskCategory;
import com.outsourcingledger.api.risk.RiskCommand.*;
import com.outsourcingledger.api.risk.RiskEvent.RiskIdentified;
import com.outsourcingledger.api.risk.RiskResponseStrategy;
import com.outsourcingledger.api.risk.RiskSubjectKind;
import com.outsourcingledger.platform.web.IdempotentCreation;
import com.outsourcingledger.platform.web.ReadLocation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.Objects;

/**
 * The risk register (§14): any internal department identifies a risk; the department that owns its category
 * dismisses a suggestion, assesses, plans the response, reviews and closes it (the aggregate checks which one);
 * MANAGEMENT acknowledges an escalation. Suggestions are made by the ledger from events only.
 */
@RestController
class RiskController {

    private static final String OWNERS = "hasAnyRole('HR', 'LEGAL', 'FINANCE', 'BUSINESS')";

    record RiskIdentificationRequest(@Size(max = 64) String riskId, @NotNull RiskSubjectKind subjectKind,
                                     @NotBlank @Size(max = 64) String subjectId, @NotNull RiskCategory category,
                                     @NotBlank @Size(max = 255) String title,
                                     @Size(max = 4000) String description) {
    }

    record RiskDismissalRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    record RiskAssessmentRequest(@NotNull @Min(1) @Max(5) Integer likelihood, @NotNull @Min(1) @Max(5) Integer impact,
                                 @NotBlank @Size(max = 4000) String rationale) {
    }

    record RiskResponseRequest(@NotNull RiskResponseStrategy strategy, @NotBlank @Size(max = 4000) String controls,
                               LocalDate reviewBy) {
    }

    record RiskReviewRequest(@NotNull @Min(1) @Max(5) Integer likelihood, @NotNull @Min(1) @Max(5) Integer impact,
                             @NotNull RiskResponseStrategy strategy, @NotBlank @Size(max = 4000) String controls,
                             LocalDate nextReviewBy, @Size(max = 4000) String notes) {
    }

    record RiskAcknowledgementRequest(@NotBlank @Size(max = 4000) String direction) {
    }

    record RiskClosureRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    record RiskReference(String riskId) {
    }

    private final CommandGateway commands;
    private final EventStore events;

    RiskController(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    /** A repeat of the same identification (same id, subject, category and title, by the same user) is as the first. */
    @PostMapping("/risks")
    @PreAuthorize("hasAnyRole('BUSINESS', 'HR', 'LEGAL', 'FINANCE', 'PROCUREMENT', 'AUDIT', 'MANAGEMENT')")
    ResponseEntity<RiskReference> identify(@Valid @RequestBody RiskIdentificationRequest request,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        IdentifyRisk command = new IdentifyRisk(IdempotentCreation.id("risk:", request.riskId(), key),
                request.subjectKind(), request.subjectId(), request.category(), request.title(),
                request.description());
        URI location = ReadLocation.of("/risks/{riskId}", command.riskId());
        IdempotentCreation.send(commands, events, command.riskId(), command, () -> IdempotentCreation
                .firstEvent(events, command.riskId())
                .map(first -> first instanceof RiskIdentified identified
                        && identified.subjectKind() == command.subjectKind()
                        && identified.subjectId().equals(command.subjectId())
                        && identified.category() == command.category()
                        && Objects.equals(identified.title(), command.title()))
                .orElse(false));
        return ResponseEntity.created(location).body(new RiskReference(command.riskId()));
    }

    @PostMapping("/risks/{riskId}/dismissal")
    @PreAuthorize(OWNERS)
    ResponseEntity<Void> dismiss(@PathVariable String riskId, @Valid @RequestBody RiskDismissalRequest request) {
        return send(new DismissRiskSuggestion(riskId, request.reason()));
    }

    @PostMapping("/risks/{riskId}/assessments")
    @PreAuthorize(OWNERS)
    ResponseEntity<Void> assess(@PathVariable String riskId, @Valid @RequestBody RiskAssessmentRequest request) {
        return send(new AssessRisk(riskId, request.likelihood(), request.impact(), request.rationale()));
    }

    @PostMapping("/risks/{riskId}/response")
    @PreAuthorize(OWNERS)
    ResponseEntity<Void> planResponse(@PathVariable String riskId, @Valid @RequestBody RiskResponseRequest request) {
        return send(new PlanRiskResponse(riskId, request.strategy(), request.controls(), request.reviewBy()));
    }

    @PostMapping("/risks/{riskId}/reviews")
    @PreAuthorize(OWNERS)
    ResponseEntity<Void> review(@PathVariable String riskId, @Valid @RequestBody RiskReviewRequest request) {
        return send(new ReviewRisk(riskId, request.likelihood(), request.impact(), request.strategy(),
                request.controls(), request.nextReviewBy(), request.notes()));
    }

    @PostMapping("/risks/{riskId}/escalation-acknowledgement")
    @PreAuthorize("hasRole('MANAGEMENT')")
    ResponseEntity<Void> acknowledgeEscalation(@PathVariable String riskId,
                                               @Valid @RequestBody RiskAcknowledgementRequest request) {
        return send(new AcknowledgeRiskEscalation(riskId, request.direction()));
    }

    @PostMapping("/risks/{riskId}/closure")
    @PreAuthorize(OWNERS)
    ResponseEntity<Void> close(@PathVariable String riskId, @Valid @RequestBody RiskClosureRequest request) {
        return send(new CloseRisk(riskId, request.reason()));
    }

    private ResponseEntity<Void> send(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
