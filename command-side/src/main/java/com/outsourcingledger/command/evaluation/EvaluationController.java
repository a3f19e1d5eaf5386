package com.outsourcingledger.command.evaluation;

import com.outsourcingledger.api.evaluation.EvaluationCommand;
import com.outsourcingledger.api.evaluation.EvaluationCommand.*;
import com.outsourcingledger.api.evaluation.EvaluationDimension;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The acts on a contract's periodic evaluation, addressed by contract and period ({@code 2026-03}, {@code 2026-Q1},
 * {@code 2026-H1}, {@code 2026}). The process opens each period; nothing here opens one.
 */
@RestController
@RequestMapping("/contracts/{contractId}/evaluations/{period}")
class EvaluationController {

    static final String PERIOD = "\\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?";

    record ScoreRequest(@NotEmpty @Size(max = 7) Map<EvaluationDimension, Integer> scores,
                        @Size(max = 4000) String comments) {
    }

    record CountersignatureRequest(@Size(max = 4000) String notes) {
    }

    record DisputeRequest(@NotBlank @Size(max = 4000) String reasons) {
    }

    private final CommandGateway commands;

    EvaluationController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/score")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> score(@PathVariable String contractId, @PathVariable @Pattern(regexp = PERIOD) String period,
                               @Valid @RequestBody ScoreRequest request) {
        commands.sendAndWait(new ScoreEvaluation(idOf(contractId, period), request.scores(), request.comments()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/countersignature")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> countersign(@PathVariable String contractId,
                                     @PathVariable @Pattern(regexp = PERIOD) String period,
                                     @Valid @RequestBody CountersignatureRequest request) {
        commands.sendAndWait(new CountersignEvaluation(idOf(contractId, period), request.notes()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/sharing")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> share(@PathVariable String contractId, @PathVariable @Pattern(regexp = PERIOD) String period) {
        commands.sendAndWait(new ShareEvaluation(idOf(contractId, period)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/confirmation")
    @PreAuthorize("hasRole('VENDOR')")
    ResponseEntity<Void> confirm(@PathVariable String contractId,
                                 @PathVariable @Pattern(regexp = PERIOD) String period) {
        commands.sendAndWait(new ConfirmEvaluation(idOf(contractId, period)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/dispute")
    @PreAuthorize("hasRole('VENDOR')")
    ResponseEntity<Void> dispute(@PathVariable String contractId, @PathVariable @Pattern(regexp = PERIOD) String period,
                                 @Valid @RequestBody DisputeRequest request) {
        commands.sendAndWait(new DisputeEvaluation(idOf(contractId, period), request.reasons()));
        return ResponseEntity.noContent().build();
    }

    private static String idOf(String contractId, String period) {
        return EvaluationCommand.idOf(contractId, EvaluationPeriod.of(period));
    }
}
