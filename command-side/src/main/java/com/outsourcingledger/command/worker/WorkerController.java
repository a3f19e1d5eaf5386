package com.outsourcingledger.command.worker;

import com.outsourcingledger.api.privacy.PersonalData;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.InductionTopic;
import com.outsourcingledger.api.worker.WorkerCommand.*;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerFilingSubmitted;
import com.outsourcingledger.api.worker.WorkerProofs;
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
 * Outsourced workers (§12). The vendor's own user files, resubmits, renews the social-insurance proof of and
 * withdraws (its own vendor's only, decided by the worker); HR verifies or rejects a filing, revokes access and
 * erases personal data; BUSINESS inducts (an induction on company-level topics is refused, its attempt kept on
 * record), issues badges and assets, requests access and starts one worker's offboarding; BUSINESS or HR other than
 * the requester approves, rejects or changes access. There is deliberately no endpoint to recruit, pay, schedule,
 * discipline, appraise or assign a worker: those are the vendor's.
 */
@RestController
class WorkerController {

    record PersonalDataRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 50) String idNumber,
                               @NotBlank @Size(max = 200) String contact) {
    }

    record WorkerProofsRequest(@NotBlank @Size(max = 255) String laborContractReference,
                               @NotBlank @Size(max = 255) String socialInsuranceReference,
                               @NotBlank @Size(max = 7) String socialInsuranceMonth,
                               @NotBlank @Size(max = 255) String confidentialityPledgeReference) {
        WorkerProofs toProofs() {
            return new WorkerProofs(laborContractReference, socialInsuranceReference, socialInsuranceMonth,
                    confidentialityPledgeReference);
        }
    }

    record WorkerFilingRequest(@Size(max = 200) String workerId, @NotBlank @Size(max = 200) String contractId,
                               @NotNull @Valid PersonalDataRequest personalData,
                               @NotNull @Valid WorkerProofsRequest proofs) {
    }

    record WorkerResubmissionRequest(@NotNull @Valid WorkerProofsRequest proofs) {
    }

    /** {@code month}: the month the proof covers, like 2026-05; never older than the worker's current proof. */
    record SocialInsuranceProofRequest(@NotBlank @Size(max = 255) String reference,
                                       @NotBlank @Size(max = 7) String month) {
    }

    record WorkerNotesRequest(@Size(max = 4000) String notes) {
    }

    record WorkerReasonsRequest(@NotBlank @Size(max = 4000) String reasons) {
    }

    record WorkerReasonRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    record InductionRequest(@NotNull LocalDate inductedOn, @NotEmpty @Size(max = 10) List<@NotNull InductionTopic> topics) {
    }

    record BadgeRequest(@NotBlank @Size(max = 100) String badgeNumber, @NotBlank @Size(max = 200) String emailSuffix) {
    }

    record AccessRequestForm(@NotBlank @Size(max = 200) String grantId, @NotNull AccessResourceType resourceType,
                             @NotBlank @Size(max = 500) String resource, @NotBlank @Size(max = 1000) String scope,
                             @NotBlank @Size(max = 4000) String justification) {
    }

    record AccessChangeRequest(@NotBlank @Size(max = 1000) String scope,
                               @NotBlank @Size(max = 4000) String justification) {
    }

    record AccessRevocationRequest(LocalDate revokedOn, @Size(max = 4000) String notes) {
    }

    record AssetIssueRequest(@NotBlank @Size(max = 200) String assetId, @NotBlank @Size(max = 1000) String description) {
    }

    record AssetReturnRequest(LocalDate returnedOn) {
    }

    record OffboardingRequest(@NotNull LocalDate lastServiceDay, @NotBlank @Size(max = 4000) String reason) {
    }

    record WorkerReference(String workerId) {
    }

    private final CommandGateway commands;
    private final EventStore events;

    WorkerController(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    /** A repeat of the same filing (same id, contract and proofs, by the same user) is answered as the first. */
    @PostMapping("/workers")
    @PreAuthorize("hasRole('VENDOR')")
    ResponseEntity<WorkerReference> file(@Valid @RequestBody WorkerFilingRequest request,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        PersonalDataRequest person = request.personalData();
        FileWorker command = new FileWorker(IdempotentCreation.id("worker:", request.workerId(), key),
                request.contractId(), new PersonalData(person.name(), person.idNumber(), person.contact()),
                request.proofs().toProofs());
        URI location = ReadLocation.of("/workers/{workerId}", command.workerId());
        IdempotentCreation.send(commands, events, command.workerId(), command, () -> IdempotentCreation
                .firstEvent(events, command.workerId())
                .map(first -> first instanceof WorkerFilingSubmitted submitted
                        && submitted.contractId().equals(command.contractId())
                        && submitted.proofs().equals(command.proofs()))
                .orElse(false));
        return ResponseEntity.created(location).body(new WorkerReference(command.workerId()));
    }

    @PostMapping("/workers/{workerId}/filing")
    @PreAuthorize("hasRole('VENDOR')")
    ResponseEntity<Void> resubmit(@PathVariable String workerId, @Valid @RequestBody WorkerResubmissionRequest request) {
        return send(new ResubmitWorkerFiling(workerId, request.proofs().toProofs()));
    }

    @PostMapping("/workers/{workerId}/social-insurance-proofs")
    @PreAuthorize("hasRole('VENDOR')")
    ResponseEntity<Void> renewSocialInsuranceProof(@PathVariable String workerId,
                                                   @Valid @RequestBody SocialInsuranceProofRequest request) {
        return send(new RenewSocialInsuranceProof(workerId, request.reference(), request.month()));
    }

    @PostMapping("/workers/{workerId}/verification")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> verify(@PathVariable String workerId, @Valid @RequestBody WorkerNotesRequest request) {
        return send(new VerifyWorkerFiling(workerId, request.notes()));
    }

    @PostMapping("/workers/{workerId}/rejection")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> reject(@PathVariable String workerId, @Valid @RequestBody WorkerReasonsRequest request) {
        return send(new RejectWorkerFiling(workerId, request.reasons()));
    }

    @PostMapping("/workers/{workerId}/induction")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> induct(@PathVariable String workerId, @Valid @RequestBody InductionRequest request) {
        return send(new InductWorker(workerId, request.inductedOn(), request.topics()));
    }

    @PostMapping("/workers/{workerId}/badge")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> issueBadge(@PathVariable String workerId, @Valid @RequestBody BadgeRequest request) {
        return send(new IssueBadge(workerId, request.badgeNumber(), request.emailSuffix()));
    }

    @PostMapping("/workers/{workerId}/access-requests")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> requestAccess(@PathVariable String workerId, @Valid @RequestBody AccessRequestForm request) {
        commands.sendAndWait(new RequestAccess(workerId, request.grantId(), request.resourceType(), request.resource(),
                request.scope(), request.justification()));
        return ResponseEntity.created(ReadLocation.of("/workers/{workerId}", workerId)).build();
    }

    @PostMapping("/workers/{workerId}/access-requests/{grantId}/approval")
    @PreAuthorize("hasAnyRole('BUSINESS', 'HR')")
    ResponseEntity<Void> approveAccess(@PathVariable String workerId, @PathVariable String grantId) {
        return send(new ApproveAccess(workerId, grantId));
    }

    @PostMapping("/workers/{workerId}/access-requests/{grantId}/rejection")
    @PreAuthorize("hasAnyRole('BUSINESS', 'HR')")
    ResponseEntity<Void> rejectAccess(@PathVariable String workerId, @PathVariable String grantId,
                                      @Valid @RequestBody WorkerReasonsRequest request) {
        return send(new RejectAccess(workerId, grantId, request.reasons()));
    }

    @PostMapping("/workers/{workerId}/access-grants/{grantId}/change")
    @PreAuthorize("hasAnyRole('BUSINESS', 'HR')")
    ResponseEntity<Void> changeAccess(@PathVariable String workerId, @PathVariable String grantId,
                                      @Valid @RequestBody AccessChangeRequest request) {
        return send(new ChangeAccess(workerId, grantId, request.scope(), request.justification()));
    }

    /** Late (after the last service day) is recorded as late, never refused; today when no date is given. */
    @PostMapping("/workers/{workerId}/access-grants/{grantId}/revocation")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> revokeAccess(@PathVariable String workerId, @PathVariable String grantId,
                                      @Valid @RequestBody AccessRevocationRequest request) {
        return send(new RevokeAccess(workerId, grantId, request.revokedOn(), request.notes()));
    }

    @PostMapping("/workers/{workerId}/assets")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> issueAsset(@PathVariable String workerId, @Valid @RequestBody AssetIssueRequest request) {
        commands.sendAndWait(new IssueAsset(workerId, request.assetId(), request.description()));
        return ResponseEntity.created(ReadLocation.of("/workers/{workerId}", workerId)).build();
    }

    @PostMapping("/workers/{workerId}/assets/{assetId}/return")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> returnAsset(@PathVariable String workerId, @PathVariable String assetId,
                                     @Valid @RequestBody AssetReturnRequest request) {
        return send(new ReturnAsset(workerId, assetId, request.returnedOn()));
    }

    @PostMapping("/workers/{workerId}/withdrawal")
    @PreAuthorize("hasRole('VENDOR')")
    ResponseEntity<Void> withdraw(@PathVariable String workerId, @Valid @RequestBody WorkerReasonRequest request) {
        return send(new WithdrawWorker(workerId, request.reason()));
    }

    @PostMapping("/workers/{workerId}/offboarding")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> offboard(@PathVariable String workerId, @Valid @RequestBody OffboardingRequest request) {
        return send(new StartOffboarding(workerId, request.lastServiceDay(), request.reason()));
    }

    @PostMapping("/workers/{workerId}/erasure")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> erase(@PathVariable String workerId, @Valid @RequestBody WorkerReasonRequest request) {
        return send(new EraseWorkerPersonalData(workerId, request.reason()));
    }

    private ResponseEntity<Void> send(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
