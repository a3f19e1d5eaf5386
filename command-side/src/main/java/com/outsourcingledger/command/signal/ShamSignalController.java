package com.outsourcingledger.command.signal;

import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.signal.ShamSignalCommand.ConfirmShamSignal;
import com.outsourcingledger.api.signal.ShamSignalCommand.DismissShamSignal;
import com.outsourcingledger.api.signal.ShamSignalCommand.RecordLegalOpinionOnSignal;
import com.outsourcingledger.api.signal.ShamSignalResponse;
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

/**
 * The triage of a sham-outsourcing signal: LEGAL's opinion, then HR dismisses or confirms it. Signals are raised by
 * the ledger from events only; nothing here raises one.
 */
@RestController
@RequestMapping("/sham-signals/{signalId}")
class ShamSignalController {

    record SignalOpinionRequest(@NotBlank @Size(max = 4000) String opinion) {
    }

    record SignalDismissalRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    record SignalConfirmationRequest(@NotNull ShamSignalResponse response,
                                     @NotBlank @Size(max = 4000) String explanation,
                                     @NotNull ShamOutsourcingRisk reassessedRisk) {
    }

    private final CommandGateway commands;

    ShamSignalController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/legal-opinion")
    @PreAuthorize("hasRole('LEGAL')")
    ResponseEntity<Void> recordLegalOpinion(@PathVariable String signalId,
                                            @Valid @RequestBody SignalOpinionRequest request) {
        commands.sendAndWait(new RecordLegalOpinionOnSignal(signalId, request.opinion()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/dismissal")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> dismiss(@PathVariable String signalId, @Valid @RequestBody SignalDismissalRequest request) {
        commands.sendAndWait(new DismissShamSignal(signalId, request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/confirmation")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> confirm(@PathVariable String signalId, @Valid @RequestBody SignalConfirmationRequest request) {
        commands.sendAndWait(new ConfirmShamSignal(signalId, request.response(), request.explanation(),
                request.reassessedRisk()));
        return ResponseEntity.noContent().build();
    }
}
