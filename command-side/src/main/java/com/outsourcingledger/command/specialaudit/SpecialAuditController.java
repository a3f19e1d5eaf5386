package com.outsourcingledger.command.specialaudit;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.FindingSeverity;
import com.outsourcingledger.api.specialaudit.SpecialAuditCommand.*;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.SpecialAuditOpened;
import com.outsourcingledger.platform.web.IdempotentCreation;
import com.outsourcingledger.platform.web.ReadLocation;
import jakarta.validation.Valid;
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
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The annual special audit (§14): AUDIT opens it, HR joins, either has the checklist generated and records findings,
 * AUDIT resolves a finding, MANAGEMENT accepts one, AUDIT and HR sign the report. The checklist's answers are never
 * typed in: only the generator records them.
 */
@RestController
class SpecialAuditController {

    record SpecialAuditOpeningRequest(@Size(max = 64) String auditId, @NotNull LocalDate periodFrom,
                                      @NotNull LocalDate periodTo,
                                      @Size(max = 500) List<@NotBlank @Size(max = 64) String> vendorIds,
                                      @NotBlank @Size(max = 4000) String scope) {
    }

    record AuditFindingRequest(@Size(max = 64) String findingId, AuditControl control,
                               @NotNull FindingSeverity severity, @NotBlank @Size(max = 4000) String description,
                               @Size(max = 200) List<@NotBlank @Size(max = 64) String> evidenceEventIds,
                               @NotNull Department owner, @NotNull LocalDate dueOn,
                               @Size(max = 64) String contractId) {
    }

    record FindingResolutionRequest(@NotBlank @Size(max = 4000) String resolution) {
    }

    record FindingAcceptanceRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    record ReportSignatureRequest(@NotBlank @Size(max = 4000) String conclusion) {
    }

    record SpecialAuditReference(String auditId) {
    }

    record AuditFindingReference(String auditId, String findingId) {
    }

    private final CommandGateway commands;
    private final EventStore events;

    SpecialAuditController(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    /** A repeat of the same opening (same id, period and scope, by the same user) is as the first. */
    @PostMapping("/special-audits")
    @PreAuthorize("hasRole('AUDIT')")
    ResponseEntity<SpecialAuditReference> open(@Valid @RequestBody SpecialAuditOpeningRequest request,
                                               @RequestHeader(name = "Idempotency-Key", required = false)
                                               String key) {
        OpenSpecialAudit command = new OpenSpecialAudit(IdempotentCreation.id("special-audit:", request.auditId(),
                key), request.periodFrom(), request.periodTo(),
                request.vendorIds() == null ? List.of() : request.vendorIds(), request.scope());
        URI location = ReadLocation.of("/special-audits/{auditId}", command.auditId());
        IdempotentCreation.send(commands, events, command.auditId(), command, () -> IdempotentCreation
                .firstEvent(events, command.auditId())
                .map(first -> first instanceof SpecialAuditOpened opened
                        && opened.periodFrom().equals(command.periodFrom())
                        && opened.periodTo().equals(command.periodTo())
                        && Objects.equals(opened.scope(), command.scope()))
                .orElse(false));
        return ResponseEntity.created(location).body(new SpecialAuditReference(command.auditId()));
    }

    @PostMapping("/special-audits/{auditId}/hr-participation")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> join(@PathVariable String auditId) {
        return send(new JoinSpecialAudit(auditId));
    }

    /** Answers every control from the stored events and records the checklist; a later one replaces it. */
    @PostMapping("/special-audits/{auditId}/checklist")
    @PreAuthorize("hasAnyRole('AUDIT', 'HR')")
    ResponseEntity<Void> generateChecklist(@PathVariable String auditId) {
        return send(new GenerateAuditChecklist(auditId));
    }

    @PostMapping("/special-audits/{auditId}/findings")
    @PreAuthorize("hasAnyRole('AUDIT', 'HR')")
    ResponseEntity<AuditFindingReference> recordFinding(@PathVariable String auditId,
                                                        @Valid @RequestBody AuditFindingRequest request) {
        String findingId = request.findingId() == null || request.findingId().isBlank()
                ? UUID.randomUUID().toString() : request.findingId();
        commands.sendAndWait(new RecordAuditFinding(auditId, findingId, request.control(), request.severity(),
                request.description(), request.evidenceEventIds() == null ? List.of() : request.evidenceEventIds(),
                request.owner(), request.dueOn(), request.contractId()));
        URI location = ReadLocation.of("/special-audits/{auditId}", auditId);
        return ResponseEntity.created(location).body(new AuditFindingReference(auditId, findingId));
    }

    @PostMapping("/special-audits/{auditId}/findings/{findingId}/resolution")
    @PreAuthorize("hasRole('AUDIT')")
    ResponseEntity<Void> resolve(@PathVariable String auditId, @PathVariable String findingId,
                                 @Valid @RequestBody FindingResolutionRequest request) {
        return send(new ResolveAuditFinding(auditId, findingId, request.resolution()));
    }

    @PostMapping("/special-audits/{auditId}/findings/{findingId}/acceptance")
    @PreAuthorize("hasRole('MANAGEMENT')")
    ResponseEntity<Void> accept(@PathVariable String auditId, @PathVariable String findingId,
                                @Valid @RequestBody FindingAcceptanceRequest request) {
        return send(new AcceptAuditFinding(auditId, findingId, request.reason()));
    }

    /** AUDIT and HR each sign once; the second signature closes the audit. */
    @PostMapping("/special-audits/{auditId}/signatures")
    @PreAuthorize("hasAnyRole('AUDIT', 'HR')")
    ResponseEntity<Void> sign(@PathVariable String auditId, @Valid @RequestBody ReportSignatureRequest request) {
        return send(new SignSpecialAuditReport(auditId, request.conclusion()));
    }

    private ResponseEntity<Void> send(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
