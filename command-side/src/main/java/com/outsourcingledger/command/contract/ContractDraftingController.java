package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.*;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.ContractEvent.ContractDrafted;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.contract.Term;
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
import java.util.Objects;

@RestController
class ContractDraftingController {

    record DraftRequest(@Size(max = 64) String contractId, @Size(max = 255) String projectId,
                        @NotBlank @Size(max = 255) String vendorId, @NotBlank @Size(max = 500) String title,
                        @NotNull Term term, @NotNull ContractContent content) {
    }

    record RevisionRequest(@NotBlank @Size(max = 500) String title, @NotNull Term term,
                           @NotNull ContractContent content) {
    }

    record NdaRequest(@NotBlank @Size(max = 255) String ndaReference, @NotNull LocalDate signedOn) {
    }

    record OpinionRequest(@NotNull ReviewOpinion opinion, @Size(max = 4000) String comments) {
    }

    record WithdrawalRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    record ContractReference(String contractId) {
    }

    private final CommandGateway commands;
    private final EventStore events;

    ContractDraftingController(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    @PostMapping("/contracts")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<ContractReference> draft(@Valid @RequestBody DraftRequest request,
                                            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        DraftContract command = new DraftContract(IdempotentCreation.id("contract:", request.contractId(), key),
                request.projectId(), request.vendorId(), request.title(), request.term(), request.content());
        URI location = ReadLocation.of("/contracts/{contractId}", command.contractId());
        IdempotentCreation.send(commands, events, command.contractId(), command, () -> draftedBefore(command));
        return ResponseEntity.created(location).body(new ContractReference(command.contractId()));
    }

    @PostMapping("/contracts/{contractId}/revisions")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> revise(@PathVariable String contractId, @Valid @RequestBody RevisionRequest request) {
        commands.sendAndWait(new ReviseContractDraft(contractId, request.title(), request.term(), request.content()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/contracts/{contractId}/slas")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> defineSla(@PathVariable String contractId, @Valid @RequestBody @NotNull SlaMetric metric) {
        URI location = ReadLocation.of("/contracts/{contractId}", contractId);
        commands.sendAndWait(new DefineSla(contractId, metric));
        return ResponseEntity.created(location).build();
    }

    /** Only while drafting, as defining one; after signing the SLAs change by amendment. */
    @PostMapping("/contracts/{contractId}/slas/{metricId}/removal")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> removeSla(@PathVariable String contractId, @PathVariable String metricId) {
        commands.sendAndWait(new RemoveSla(contractId, metricId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/contracts/{contractId}/nda")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> recordNda(@PathVariable String contractId, @Valid @RequestBody NdaRequest request) {
        commands.sendAndWait(new RecordNda(contractId, request.ndaReference(), request.signedOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/contracts/{contractId}/co-review")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> submit(@PathVariable String contractId) {
        commands.sendAndWait(new SubmitContractForCoReview(contractId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/contracts/{contractId}/co-review/opinions")
    @PreAuthorize("hasAnyRole('LEGAL', 'HR', 'FINANCE', 'BUSINESS')")
    ResponseEntity<Void> opinion(@PathVariable String contractId, @Valid @RequestBody OpinionRequest request) {
        commands.sendAndWait(new RecordCoReviewOpinion(contractId, request.opinion(), request.comments()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/contracts/{contractId}/signature")
    @PreAuthorize("hasRole('MANAGEMENT')")
    ResponseEntity<Void> sign(@PathVariable String contractId) {
        commands.sendAndWait(new SignContract(contractId));
        return ResponseEntity.noContent().build();
    }

    /** Gives up a draft not yet signed; it then counts as closed for its project. */
    @PostMapping("/contracts/{contractId}/withdrawal")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> withdraw(@PathVariable String contractId, @Valid @RequestBody WithdrawalRequest request) {
        commands.sendAndWait(new WithdrawContractDraft(contractId, request.reason()));
        return ResponseEntity.noContent().build();
    }

    /** The contract exists already, drafted for the same vendor, project, title and term: a retried request. */
    private boolean draftedBefore(DraftContract command) {
        return IdempotentCreation.firstEvent(events, command.contractId())
                .map(first -> first instanceof ContractDrafted drafted
                        && drafted.vendorId().equals(command.vendorId())
                        && Objects.equals(drafted.projectId(), command.projectId())
                        && drafted.title().equals(command.title()) && drafted.term().equals(command.term()))
                .orElse(false);
    }
}
