package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.vendor.AnnualReviewOutcome;
import com.outsourcingledger.api.vendor.VendorCommand.ChangeVendorTier;
import com.outsourcingledger.api.vendor.VendorCommand.CompleteAnnualReview;
import com.outsourcingledger.api.vendor.VendorTier;
import jakarta.validation.Valid;
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

/** An admitted vendor's tier and its annual (financial) review. */
@RestController
@RequestMapping("/vendors/{vendorId}")
class VendorReviewController {

    record TierRequest(@NotNull VendorTier tier) {
    }

    record AnnualReviewRequest(@NotNull AnnualReviewOutcome outcome, @Size(max = 4000) String notes) {
    }

    private final CommandGateway commands;

    VendorReviewController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/tier")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> changeTier(@PathVariable String vendorId, @Valid @RequestBody TierRequest request) {
        commands.sendAndWait(new ChangeVendorTier(vendorId, request.tier()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/annual-reviews")
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<Void> completeAnnualReview(@PathVariable String vendorId,
                                              @Valid @RequestBody AnnualReviewRequest request) {
        commands.sendAndWait(new CompleteAnnualReview(vendorId, request.outcome(), request.notes()));
        return ResponseEntity.noContent().build();
    }
}
