package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.IssueInstructionToVendor;
import com.outsourcingledger.api.contract.ContractCommand.NameSiteLead;
import com.outsourcingledger.api.contract.ContractCommand.ReportRuleViolationToVendor;
import com.outsourcingledger.platform.web.ReadLocation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * BUSINESS's one channel to the vendor's people (§12): the vendor's site lead, and the instructions and
 * rule-violation reports addressed to the vendor. There is no endpoint to instruct a worker: one given to anyone but
 * the site lead is still taken, and recorded as not addressed to the lead.
 */
@RestController
@RequestMapping("/contracts/{contractId}")
@PreAuthorize("hasRole('BUSINESS')")
class ContractLiaisonController {

    static final String LIAISON = "/contracts/{contractId}/site-liaison";

    record SiteLeadRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String contact) {
    }

    /** {@code addressee}: whom the instruction was given to, by name; the vendor's site lead as a rule. */
    record InstructionRequest(@NotBlank @Size(max = 200) String instructionId,
                              @NotBlank @Size(max = 200) String addressee, @NotBlank @Size(max = 500) String subject,
                              @NotBlank @Size(max = 8000) String content) {
    }

    /** {@code workerId}: the worker whose breach of the site's rules is reported, when it is one worker's. */
    record ViolationReportRequest(@NotBlank @Size(max = 200) String reportId,
                                  @NotBlank @Size(max = 200) String addressee, @Size(max = 200) String workerId,
                                  @NotBlank @Size(max = 8000) String description) {
    }

    private final CommandGateway commands;

    ContractLiaisonController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/site-lead")
    ResponseEntity<Void> nameSiteLead(@PathVariable String contractId, @Valid @RequestBody SiteLeadRequest request) {
        commands.sendAndWait(new NameSiteLead(contractId, request.name(), request.contact()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/instructions")
    ResponseEntity<Void> instruct(@PathVariable String contractId, @Valid @RequestBody InstructionRequest request) {
        URI location = ReadLocation.of(LIAISON, contractId);
        commands.sendAndWait(new IssueInstructionToVendor(contractId, request.instructionId(), request.addressee(),
                request.subject(), request.content()));
        return ResponseEntity.created(location).build();
    }

    @PostMapping("/rule-violation-reports")
    ResponseEntity<Void> report(@PathVariable String contractId, @Valid @RequestBody ViolationReportRequest request) {
        URI location = ReadLocation.of(LIAISON, contractId);
        commands.sendAndWait(new ReportRuleViolationToVendor(contractId, request.reportId(), request.addressee(),
                request.workerId(), request.description()));
        return ResponseEntity.created(location).build();
    }
}
