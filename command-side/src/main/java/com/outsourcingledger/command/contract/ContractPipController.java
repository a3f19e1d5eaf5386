package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.ConcludePip;
import com.outsourcingledger.api.contract.ContractCommand.RecordPipPlan;
import com.outsourcingledger.api.contract.ContractCommand.RecordPipProgress;
import com.outsourcingledger.api.contract.PipOutcome;
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

/** A contract's performance improvement plans: the contract opens them itself; these record what follows. */
@RestController
@RequestMapping("/contracts/{contractId}/pips/{pipId}")
class ContractPipController {

    record PipPlanRequest(@NotBlank @Size(max = 4000) String rootCause,
                          @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 2000) String> actions,
                          @Size(max = 50) List<@NotBlank @Size(max = 2000) String> milestones) {
    }

    record PipProgressRequest(@NotBlank @Size(max = 4000) String notes) {
    }

    record PipConclusionRequest(@NotNull PipOutcome outcome, @NotBlank @Size(max = 4000) String evidence) {
    }

    private final CommandGateway commands;

    ContractPipController(CommandGateway commands) {
        this.commands = commands;
    }

    /** The vendor's own users, or BUSINESS on the vendor's behalf. */
    @PostMapping("/plan")
    @PreAuthorize("hasAnyRole('BUSINESS', 'VENDOR')")
    ResponseEntity<Void> plan(@PathVariable String contractId, @PathVariable String pipId,
                              @Valid @RequestBody PipPlanRequest request) {
        commands.sendAndWait(new RecordPipPlan(contractId, pipId, request.rootCause(), request.actions(),
                request.milestones()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/progress")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> progress(@PathVariable String contractId, @PathVariable String pipId,
                                  @Valid @RequestBody PipProgressRequest request) {
        commands.sendAndWait(new RecordPipProgress(contractId, pipId, request.notes()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/conclusion")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> conclude(@PathVariable String contractId, @PathVariable String pipId,
                                  @Valid @RequestBody PipConclusionRequest request) {
        commands.sendAndWait(new ConcludePip(contractId, pipId, request.outcome(), request.evidence()));
        return ResponseEntity.noContent().build();
    }
}
