package com.outsourcingledger.command.incident;

import com.outsourcingledger.api.incident.EmergencyTeamMember;
import com.outsourcingledger.api.incident.IncidentCommand.*;
import com.outsourcingledger.api.incident.IncidentEvent.IncidentReported;
import com.outsourcingledger.api.incident.IncidentType;
import com.outsourcingledger.api.incident.NotifiedParty;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.platform.web.IdempotentCreation;
import com.outsourcingledger.platform.web.ReadLocation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.time.Instant;
import java.util.List;

/**
 * Incidents (§14): any internal department reports one and records who was notified and keeps management informed;
 * the vendor's own user acknowledges it; BUSINESS activates the emergency plan, forms the team and resolves it;
 * BUSINESS or HR reviews it.
 */
@RestController
class IncidentController {

    private static final String INTERNAL = "hasAnyRole('BUSINESS', 'HR', 'LEGAL', 'FINANCE', 'PROCUREMENT', 'AUDIT',"
            + " 'MANAGEMENT')";

    record IncidentReportRequest(@Size(max = 64) String incidentId, @NotBlank @Size(max = 64) String contractId,
                                 @NotNull IncidentType type, boolean major, @NotNull Instant occurredAt,
                                 @NotBlank @Size(max = 4000) String description,
                                 @Size(max = 200) List<@NotBlank @Size(max = 64) String> workerIds) {
    }

    record IncidentNotificationRequest(@NotNull NotifiedParty party, Instant notifiedAt,
                                       @Size(max = 4000) String notes) {
    }

    record IncidentAcknowledgementRequest(@Size(max = 4000) String notes) {
    }

    record IncidentPlanRequest(@NotBlank @Size(max = 4000) String plan) {
    }

    record IncidentTeamMemberRequest(@NotBlank @Size(max = 255) String name, Department department,
                                     @NotBlank @Size(max = 255) String role) {
    }

    record IncidentTeamRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid IncidentTeamMemberRequest> members) {
        List<EmergencyTeamMember> toMembers() {
            return members.stream().map(m -> new EmergencyTeamMember(m.name(), m.department(), m.role())).toList();
        }
    }

    record IncidentManagementUpdateRequest(@NotBlank @Size(max = 4000) String update) {
    }

    record IncidentResolutionRequest(@NotBlank @Size(max = 4000) String cause,
                                     @NotBlank @Size(max = 4000) String impact,
                                     @NotBlank @Size(max = 4000) String resolution) {
    }

    record IncidentReviewRequest(@NotBlank @Size(max = 4000) String lessons) {
    }

    record IncidentReference(String incidentId) {
    }

    private final CommandGateway commands;
    private final EventStore events;

    IncidentController(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    /** A repeat of the same report (same id, contract, type and occurrence, by the same user) is as the first. */
    @PostMapping("/incidents")
    @PreAuthorize(INTERNAL)
    ResponseEntity<IncidentReference> report(@Valid @RequestBody IncidentReportRequest request,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        ReportIncident command = new ReportIncident(IdempotentCreation.id("incident:", request.incidentId(), key),
                request.contractId(), request.type(), request.major(), request.occurredAt(), request.description(),
                request.workerIds() == null ? List.of() : request.workerIds());
        URI location = ReadLocation.of("/incidents/{incidentId}", command.incidentId());
        IdempotentCreation.send(commands, events, command.incidentId(), command, () -> IdempotentCreation
                .firstEvent(events, command.incidentId())
                .map(first -> first instanceof IncidentReported reported
                        && reported.contractId().equals(command.contractId()) && reported.type() == command.type()
                        && reported.occurredAt().equals(command.occurredAt()))
                .orElse(false));
        return ResponseEntity.created(location).body(new IncidentReference(command.incidentId()));
    }

    @PostMapping("/incidents/{incidentId}/notifications")
    @PreAuthorize(INTERNAL)
    ResponseEntity<Void> recordNotification(@PathVariable String incidentId,
                                            @Valid @RequestBody IncidentNotificationRequest request) {
        return send(new RecordIncidentNotification(incidentId, request.party(), request.notifiedAt(),
                request.notes()));
    }

    @PostMapping("/incidents/{incidentId}/acknowledgement")
    @PreAuthorize("hasRole('VENDOR')")
    ResponseEntity<Void> acknowledge(@PathVariable String incidentId,
                                     @Valid @RequestBody IncidentAcknowledgementRequest request) {
        return send(new AcknowledgeIncident(incidentId, request.notes()));
    }

    @PostMapping("/incidents/{incidentId}/emergency-plan")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> activatePlan(@PathVariable String incidentId,
                                      @Valid @RequestBody IncidentPlanRequest request) {
        return send(new ActivateEmergencyPlan(incidentId, request.plan()));
    }

    @PostMapping("/incidents/{incidentId}/emergency-team")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> formTeam(@PathVariable String incidentId, @Valid @RequestBody IncidentTeamRequest request) {
        return send(new FormEmergencyTeam(incidentId, request.toMembers()));
    }

    @PostMapping("/incidents/{incidentId}/management-updates")
    @PreAuthorize(INTERNAL)
    ResponseEntity<Void> informManagement(@PathVariable String incidentId,
                                          @Valid @RequestBody IncidentManagementUpdateRequest request) {
        return send(new InformManagement(incidentId, request.update()));
    }

    @PostMapping("/incidents/{incidentId}/resolution")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> resolve(@PathVariable String incidentId,
                                 @Valid @RequestBody IncidentResolutionRequest request) {
        return send(new ResolveIncident(incidentId, request.cause(), request.impact(), request.resolution()));
    }

    @PostMapping("/incidents/{incidentId}/review")
    @PreAuthorize("hasAnyRole('BUSINESS', 'HR')")
    ResponseEntity<Void> review(@PathVariable String incidentId, @Valid @RequestBody IncidentReviewRequest request) {
        return send(new ReviewIncident(incidentId, request.lessons()));
    }

    private ResponseEntity<Void> send(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
