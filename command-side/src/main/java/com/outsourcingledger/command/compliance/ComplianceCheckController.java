package com.outsourcingledger.command.compliance;

import com.outsourcingledger.api.compliance.ComplianceCheckCommand.*;
import com.outsourcingledger.api.compliance.ComplianceCheckEvent.ComplianceProofsRequested;
import com.outsourcingledger.api.compliance.ComplianceCheckOccasion;
import com.outsourcingledger.api.compliance.ComplianceProof;
import com.outsourcingledger.api.compliance.ComplianceViolationKind;
import com.outsourcingledger.api.compliance.ProofSubmission;
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
import java.time.LocalDate;
import java.util.List;

/**
 * Employment-compliance checks (§13): HR opens one ad hoc (each settlement request opens its cycle's check by
 * itself), the vendor's own user submits the proofs, HR verifies them or records a violation.
 */
@RestController
class ComplianceCheckController {

    record ComplianceOpeningRequest(@Size(max = 64) String checkId, @NotBlank @Size(max = 64) String contractId,
                          @NotEmpty @Size(max = 10) List<@NotNull ComplianceProof> proofs, LocalDate dueOn) {
    }

    record ComplianceProofRequest(@NotNull ComplianceProof proof, @NotBlank @Size(max = 255) String reference) {
    }

    record ComplianceSubmissionRequest(
            @NotEmpty @Size(max = 10) List<@NotNull @Valid ComplianceProofRequest> submissions) {
        List<ProofSubmission> toSubmissions() {
            return submissions.stream().map(s -> new ProofSubmission(s.proof(), s.reference())).toList();
        }
    }

    record ComplianceVerificationRequest(@Size(max = 4000) String notes) {
    }

    record ComplianceViolationRequest(@NotNull ComplianceViolationKind kind,
                                      @NotBlank @Size(max = 4000) String findings,
                                      @Size(max = 50) List<@NotBlank @Size(max = 255) String> evidenceRefs) {
    }

    record ComplianceCheckReference(String checkId) {
    }

    private final CommandGateway commands;
    private final EventStore events;

    ComplianceCheckController(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    /** A repeat of the same opening (same id, contract, proofs and due date, by the same user) is as the first. */
    @PostMapping("/compliance-checks")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<ComplianceCheckReference> open(@Valid @RequestBody ComplianceOpeningRequest request,
                                                  @RequestHeader(name = "Idempotency-Key", required = false)
                                                  String key) {
        OpenComplianceCheck command = new OpenComplianceCheck(IdempotentCreation.id("compliance-check:",
                request.checkId(), key), request.contractId(), ComplianceCheckOccasion.AD_HOC, null, null,
                request.proofs(), request.dueOn());
        URI location = ReadLocation.of("/compliance-checks/{checkId}", command.checkId());
        IdempotentCreation.send(commands, events, command.checkId(), command, () -> IdempotentCreation
                .firstEvent(events, command.checkId())
                .map(first -> first instanceof ComplianceProofsRequested requested
                        && requested.contractId().equals(command.contractId())
                        && requested.proofs().equals(command.proofs().stream().distinct().toList())
                        && (command.dueOn() == null || command.dueOn().equals(requested.dueOn())))
                .orElse(false));
        return ResponseEntity.created(location).body(new ComplianceCheckReference(command.checkId()));
    }

    @PostMapping("/compliance-checks/{checkId}/proofs")
    @PreAuthorize("hasRole('VENDOR')")
    ResponseEntity<Void> submit(@PathVariable String checkId,
                                @Valid @RequestBody ComplianceSubmissionRequest request) {
        return send(new SubmitComplianceProofs(checkId, request.toSubmissions()));
    }

    @PostMapping("/compliance-checks/{checkId}/verification")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> verify(@PathVariable String checkId,
                                @Valid @RequestBody ComplianceVerificationRequest request) {
        return send(new VerifyEmploymentCompliance(checkId, request.notes()));
    }

    @PostMapping("/compliance-checks/{checkId}/violation")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> recordViolation(@PathVariable String checkId,
                                         @Valid @RequestBody ComplianceViolationRequest request) {
        return send(new RecordComplianceViolation(checkId, request.kind(), request.findings(),
                request.evidenceRefs() == null ? List.of() : request.evidenceRefs()));
    }

    private ResponseEntity<Void> send(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
