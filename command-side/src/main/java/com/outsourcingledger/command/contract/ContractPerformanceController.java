package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.*;
import com.outsourcingledger.api.contract.RectificationOutcome;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.contract.SlaPeriod;
import com.outsourcingledger.platform.web.ReadLocation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/contracts/{contractId}")
@PreAuthorize("hasRole('BUSINESS')")
class ContractPerformanceController {

    static final String PERIOD = "\\d{4}-(0[1-9]|1[0-2]|Q[1-4])";

    record MeasurementRequest(@NotBlank @Size(max = 255) String metricId,
                              @NotNull @Pattern(regexp = PERIOD) String period, @NotNull BigDecimal value) {
    }

    record CorrectionRequest(@NotNull BigDecimal value, @NotBlank @Size(max = 2000) String reason) {
    }

    record SlaReviewRequest(@Size(max = 4000) String notes) {
    }

    /**
     * {@code trigger}: MANUAL when not stated; SLA_BREACH and EVALUATION notices are the contract's own. A
     * {@code serious} breach's notice cites {@code evidenceRefs}, each signed off by LEGAL (termination-sign-off).
     */
    record NoticeRequest(@NotBlank @Size(max = 255) String noticeId, @Size(max = 255) String metricId,
                         @NotBlank @Size(max = 4000) String reason, @NotNull LocalDate dueOn,
                         RectificationTrigger trigger, boolean serious,
                         @Size(max = 50) List<@NotBlank @Size(max = 500) String> evidenceRefs) {
    }

    record PlanRequest(@NotBlank @Size(max = 8000) String plan) {
    }

    record ConclusionRequest(@NotNull RectificationOutcome outcome, @NotBlank @Size(max = 4000) String notes) {
    }

    private final CommandGateway commands;

    ContractPerformanceController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/sla-measurements")
    ResponseEntity<Void> measure(@PathVariable String contractId, @Valid @RequestBody MeasurementRequest request) {
        URI location = ReadLocation.of("/contracts/{contractId}", contractId);
        commands.sendAndWait(new RecordSlaMeasurement(contractId, request.metricId(), SlaPeriod.of(request.period()),
                request.value()));
        return ResponseEntity.created(location).build();
    }

    @PostMapping("/sla-measurements/{metricId}/{period}/corrections")
    ResponseEntity<Void> correct(@PathVariable String contractId, @PathVariable String metricId,
                                 @PathVariable @Pattern(regexp = PERIOD) String period,
                                 @Valid @RequestBody CorrectionRequest request) {
        commands.sendAndWait(new CorrectSlaMeasurement(contractId, metricId, SlaPeriod.of(period), request.value(),
                request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/sla-reviews")
    ResponseEntity<Void> review(@PathVariable String contractId, @Valid @RequestBody SlaReviewRequest request) {
        commands.sendAndWait(new RecordSlaReview(contractId, request.notes()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/rectification-notices")
    ResponseEntity<Void> issue(@PathVariable String contractId, @Valid @RequestBody NoticeRequest request) {
        URI location = ReadLocation.of("/contracts/{contractId}", contractId);
        commands.sendAndWait(new IssueRectificationNotice(contractId, request.noticeId(), request.metricId(),
                request.reason(), request.dueOn(), request.trigger(), request.serious(), request.evidenceRefs()));
        return ResponseEntity.created(location).build();
    }

    /** The vendor's own user submits it (its own contracts only); BUSINESS may record it on the vendor's behalf. */
    @PostMapping("/rectification-notices/{noticeId}/plan")
    @PreAuthorize("hasAnyRole('BUSINESS', 'VENDOR')")
    ResponseEntity<Void> plan(@PathVariable String contractId, @PathVariable String noticeId,
                              @Valid @RequestBody PlanRequest request) {
        commands.sendAndWait(new RecordRectificationPlan(contractId, noticeId, request.plan()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/rectification-notices/{noticeId}/conclusion")
    ResponseEntity<Void> conclude(@PathVariable String contractId, @PathVariable String noticeId,
                                  @Valid @RequestBody ConclusionRequest request) {
        commands.sendAndWait(new ConcludeRectification(contractId, noticeId, request.outcome(), request.notes()));
        return ResponseEntity.noContent().build();
    }
}
