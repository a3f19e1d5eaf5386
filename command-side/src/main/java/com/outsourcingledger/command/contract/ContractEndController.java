package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.*;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.command.lookup.ContractWorkers;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/contracts/{contractId}")
class ContractEndController {

    record SignOffRequest(@NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 500) String> evidenceRefs,
                          @Size(max = 4000) String notes) {
    }

    record TerminationRequest(@NotNull TerminationReason reason, @NotBlank @Size(max = 4000) String explanation,
                              @Size(max = 50) List<@NotBlank @Size(max = 500) String> evidenceRefs,
                              LocalDate lastServiceDay, LocalDate forceMajeureSince) {
    }

    record NotesRequest(@Size(max = 4000) String notes) {
    }

    record RevocationRequest(@NotNull LocalDate revokedOn, @Size(max = 4000) String notes) {
    }

    record SettlementRequest(@NotNull Money amount, @NotBlank @Size(max = 255) String reference) {
    }

    private final CommandGateway commands;
    private final ContractWorkers workers;

    ContractEndController(CommandGateway commands, ContractWorkers workers) {
        this.commands = commands;
        this.workers = workers;
    }

    @PostMapping("/termination-sign-off")
    @PreAuthorize("hasRole('LEGAL')")
    ResponseEntity<Void> signOff(@PathVariable String contractId, @Valid @RequestBody SignOffRequest request) {
        commands.sendAndWait(new SignOffTermination(contractId, request.evidenceRefs(), request.notes()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/termination")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> terminate(@PathVariable String contractId, @Valid @RequestBody TerminationRequest request) {
        commands.sendAndWait(new TerminateContract(contractId, request.reason(), request.explanation(),
                request.evidenceRefs(), request.lastServiceDay(), request.forceMajeureSince()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/exit/knowledge-transfer")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> knowledgeTransfer(@PathVariable String contractId, @Valid @RequestBody NotesRequest request) {
        commands.sendAndWait(new RecordKnowledgeTransfer(contractId, request.notes()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/exit/assets-recovery")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> assetsRecovered(@PathVariable String contractId, @Valid @RequestBody NotesRequest request) {
        commands.sendAndWait(new RecordAssetsRecovered(contractId, request.notes()));
        return ResponseEntity.noContent().build();
    }

    /** Typed in only for a contract that never had a worker: otherwise the workers' exits record it (§12). */
    @PostMapping("/exit/access-revocation")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> accessRevoked(@PathVariable String contractId, @Valid @RequestBody RevocationRequest request) {
        if (workers.hasWorkers(contractId)) {
            throw Refusal.conflict(ContractRuleCodes.EXIT_ACCESS_REVOCATION_DERIVED, "Contract " + contractId
                    + " has workers: its access is recorded as revoked once the last of them has exited");
        }
        commands.sendAndWait(new RecordWorkerAccessRevoked(contractId, request.revokedOn(), request.notes()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/exit/final-settlement")
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<Void> finalSettlement(@PathVariable String contractId, @Valid @RequestBody SettlementRequest request) {
        commands.sendAndWait(new RecordFinalSettlement(contractId, request.amount(), request.reference(), null));
        return ResponseEntity.noContent().build();
    }
}
