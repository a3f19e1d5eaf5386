package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.AssessShamOutsourcingRisk;
import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * HR's re-assessment of a contract's sham-outsourcing risk, at renewal or ad hoc. An assessment on a confirmed
 * signal (SIGNAL_CONFIRMED) is sent by the signal's process, never over HTTP.
 */
@RestController
class ContractShamRiskController {

    record ShamRiskAssessmentRequest(@NotNull ShamOutsourcingRisk risk, @NotNull ShamRiskOccasion occasion,
                                     @NotBlank @Size(max = 4000) String reasons) {
    }

    private final CommandGateway commands;

    ContractShamRiskController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/contracts/{contractId}/sham-risk-assessments")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> assess(@PathVariable String contractId,
                                @Valid @RequestBody ShamRiskAssessmentRequest request) {
        if (request.occasion() == ShamRiskOccasion.SIGNAL_CONFIRMED) {
            throw Refusal.unprocessable(ContractRuleCodes.SHAM_RISK_SIGNAL_ONLY_FROM_PROCESS,
                    "A re-assessment on a confirmed signal is recorded with the confirmation; state RENEWAL or AD_HOC");
        }
        commands.sendAndWait(new AssessShamOutsourcingRisk(contractId, request.risk(), request.occasion(), null,
                request.reasons()));
        return ResponseEntity.noContent().build();
    }
}
