package com.outsourcingledger.command.settlement;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.ConfirmationBasis;
import com.outsourcingledger.api.settlement.Invoice;
import com.outsourcingledger.api.settlement.SettlementCommand.*;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementRequested;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's settlements: {@code period} is a period of its settlement cycle ({@code 2026-03}, {@code 2026-Q1})
 * or {@code final}. The vendor requests and resubmits (BUSINESS may record a request on its behalf), BUSINESS
 * confirms, HR checks compliance and releases a hold, FINANCE verifies, approves and pays; each returns what
 * waits for it.
 */
@RestController
@RequestMapping("/contracts/{contractId}/settlements/{period}")
class SettlementController {

    record ClaimRequest(@NotNull Money claimedAmount, @NotNull @Valid InvoiceRequest invoice) {
        Invoice toInvoice() {
            return new Invoice(invoice.number(), invoice.type(), invoice.amount(), invoice.tax());
        }
    }

    record InvoiceRequest(@NotBlank @Size(max = 100) String number, @NotBlank @Size(max = 100) String type,
                          @NotNull Money amount, @NotNull Money tax) {
    }

    record ConfirmationRequest(@NotNull ConfirmationBasis basis, @Size(max = 200) String evaluationId,
                               @Size(max = 255) String workloadReference, @Size(max = 4000) String notes) {
    }

    record ComplianceCheckRequest(@NotNull Boolean passed,
                                  @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 200) String> sampledWorkers,
                                  @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 500) String> proofsChecked,
                                  @Size(max = 4000) String notes) {
    }

    record ReleaseRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    record VerificationRequest(@NotBlank @Size(max = 100) String invoiceNumber, @Size(max = 4000) String notes) {
    }

    record PaymentRequest(@NotBlank @Size(max = 255) String reference, @NotNull LocalDate paidOn) {
    }

    record ReturnRequest(@NotBlank @Size(max = 4000) String reasons) {
    }

    record SettlementReference(String settlementId) {
    }

    private final CommandGateway commands;
    private final EventStore events;

    SettlementController(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    /** One settlement per period: a repeat of the same request is answered as the first. */
    @PostMapping
    @PreAuthorize("hasAnyRole('VENDOR', 'BUSINESS')")
    ResponseEntity<SettlementReference> request(@PathVariable String contractId, @PathVariable String period,
                                                @Valid @RequestBody ClaimRequest request) {
        String settlementId = SettlementRules.idOf(contractId, period);
        RequestSettlement command = new RequestSettlement(settlementId, contractId, period, request.claimedAmount(),
                request.toInvoice());
        URI location = ReadLocation.of("/settlements/{settlementId}", settlementId);
        IdempotentCreation.send(commands, events, settlementId, command, () -> IdempotentCreation
                .firstEvent(events, settlementId)
                .map(first -> first instanceof SettlementRequested requested
                        && requested.claimedAmount().equals(command.claimedAmount())
                        && requested.invoice().equals(command.invoice()))
                .orElse(false));
        return ResponseEntity.created(location).body(new SettlementReference(settlementId));
    }

    @PostMapping("/confirmation")
    @PreAuthorize("hasRole('BUSINESS')")
    ResponseEntity<Void> confirm(@PathVariable String contractId, @PathVariable String period,
                                 @Valid @RequestBody ConfirmationRequest request) {
        return send(new ConfirmSettlement(SettlementRules.idOf(contractId, period), request.basis(),
                request.evaluationId(), request.workloadReference(), request.notes()));
    }

    @PostMapping("/compliance-check")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> checkCompliance(@PathVariable String contractId, @PathVariable String period,
                                         @Valid @RequestBody ComplianceCheckRequest request) {
        return send(new CheckSettlementCompliance(SettlementRules.idOf(contractId, period), request.passed(),
                request.sampledWorkers(), request.proofsChecked(), request.notes()));
    }

    @PostMapping("/release")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> release(@PathVariable String contractId, @PathVariable String period,
                                 @Valid @RequestBody ReleaseRequest request) {
        return send(new ReleaseSettlement(SettlementRules.idOf(contractId, period), request.reason()));
    }

    @PostMapping("/invoice-verification")
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<Void> verify(@PathVariable String contractId, @PathVariable String period,
                                @Valid @RequestBody VerificationRequest request) {
        return send(new VerifyInvoice(SettlementRules.idOf(contractId, period), request.invoiceNumber(),
                request.notes()));
    }

    @PostMapping("/approval")
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<Void> approve(@PathVariable String contractId, @PathVariable String period) {
        return send(new ApproveSettlement(SettlementRules.idOf(contractId, period)));
    }

    @PostMapping("/payment")
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<Void> pay(@PathVariable String contractId, @PathVariable String period,
                             @Valid @RequestBody PaymentRequest request) {
        return send(new RecordPayment(SettlementRules.idOf(contractId, period), request.reference(),
                request.paidOn()));
    }

    @PostMapping("/return")
    @PreAuthorize("hasAnyRole('BUSINESS', 'HR', 'FINANCE')")
    ResponseEntity<Void> giveBack(@PathVariable String contractId, @PathVariable String period,
                                  @Valid @RequestBody ReturnRequest request) {
        return send(new ReturnSettlement(SettlementRules.idOf(contractId, period), request.reasons()));
    }

    @PostMapping("/resubmission")
    @PreAuthorize("hasAnyRole('VENDOR', 'BUSINESS')")
    ResponseEntity<Void> resubmit(@PathVariable String contractId, @PathVariable String period,
                                  @Valid @RequestBody ClaimRequest request) {
        return send(new ResubmitSettlement(SettlementRules.idOf(contractId, period), request.claimedAmount(),
                request.toInvoice()));
    }

    private ResponseEntity<Void> send(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
