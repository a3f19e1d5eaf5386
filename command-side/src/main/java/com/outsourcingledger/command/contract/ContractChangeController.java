package com.outsourcingledger.command.contract;

import java.net.URI;
import com.outsourcingledger.api.contract.ContractCommand.*;
import com.outsourcingledger.api.contract.ContractContent;
import com.outsourcingledger.api.contract.RenewalDecision;
import com.outsourcingledger.api.contract.ReviewOpinion;
import com.outsourcingledger.api.contract.SlaMetric;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.platform.web.ReadLocation;
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

import java.util.List;

@RestController
@RequestMapping("/contracts/{contractId}")
class ContractChangeController {

    /** {@code slas}, when given, is the contract's whole new set of SLA metrics. */
    record AmendmentRequest(@NotBlank @Size(max = 255) String amendmentId,
                            @NotBlank @Size(max = 4000) String changeDescription, ContractContent content,
                            @Size(max = 100) List<@Valid @NotNull SlaMetric> slas) {
    }

    record ApprovalRequest(@NotNull ReviewOpinion opinion, @Size(max = 4000) String comments) {
    }

    record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record RenewalRequest(@NotNull RenewalDecision decision, Term newTerm, @NotBlank @Size(max = 4000) String reason) {
    }

    private final CommandGateway commands;

    ContractChangeController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/amendments")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> propose(@PathVariable String contractId, @Valid @RequestBody AmendmentRequest request) {
        URI location = ReadLocation.of("/contracts/{contractId}", contractId);
        commands.sendAndWait(new ProposeAmendment(contractId, request.amendmentId(), request.changeDescription(),
                request.content(), request.slas()));
        return ResponseEntity.created(location).build();
    }

    @PostMapping("/amendments/{amendmentId}/approvals")
    @PreAuthorize("hasAnyRole('LEGAL', 'FINANCE')")
    ResponseEntity<Void> approve(@PathVariable String contractId, @PathVariable String amendmentId,
                                 @Valid @RequestBody ApprovalRequest request) {
        commands.sendAndWait(new RecordAmendmentApproval(contractId, amendmentId, request.opinion(),
                request.comments()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/suspension")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> suspend(@PathVariable String contractId, @Valid @RequestBody ReasonRequest request) {
        commands.sendAndWait(new SuspendContract(contractId, request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/resumption")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> resume(@PathVariable String contractId, @Valid @RequestBody ReasonRequest request) {
        commands.sendAndWait(new ResumeContract(contractId, request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/renewal-decision")
    @PreAuthorize("hasRole('MANAGEMENT')")
    ResponseEntity<Void> decide(@PathVariable String contractId, @Valid @RequestBody RenewalRequest request) {
        commands.sendAndWait(new DecideRenewal(contractId, request.decision(), request.newTerm(), request.reason()));
        return ResponseEntity.noContent().build();
    }
}
