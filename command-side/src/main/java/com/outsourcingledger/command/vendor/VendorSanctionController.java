package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.vendor.VendorCommand.BlacklistVendor;
import com.outsourcingledger.api.vendor.VendorCommand.EliminateVendor;
import com.outsourcingledger.api.vendor.VendorCommand.ReinstateVendor;
import com.outsourcingledger.api.vendor.VendorCommand.SuspendVendor;
import com.outsourcingledger.api.vendor.VendorCommand.WarnVendor;
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

import java.util.List;

@RestController
@RequestMapping("/vendors/{vendorId}")
class VendorSanctionController {

    record SanctionRequest(@NotBlank @Size(max = 2000) String reason,
                           @Size(max = 50) List<@NotBlank @Size(max = 500) String> evidenceRefs) {
    }

    record ReinstatementRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    private final CommandGateway commands;

    VendorSanctionController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/warnings")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> warn(@PathVariable String vendorId, @Valid @RequestBody SanctionRequest request) {
        commands.sendAndWait(new WarnVendor(vendorId, request.reason(), request.evidenceRefs()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/suspension")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> suspend(@PathVariable String vendorId, @Valid @RequestBody SanctionRequest request) {
        commands.sendAndWait(new SuspendVendor(vendorId, request.reason(), request.evidenceRefs()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/reinstatement")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> reinstate(@PathVariable String vendorId, @Valid @RequestBody ReinstatementRequest request) {
        commands.sendAndWait(new ReinstateVendor(vendorId, request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/elimination")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> eliminate(@PathVariable String vendorId, @Valid @RequestBody SanctionRequest request) {
        commands.sendAndWait(new EliminateVendor(vendorId, request.reason(), request.evidenceRefs()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/blacklisting")
    @PreAuthorize("hasAnyRole('HR', 'LEGAL')")
    ResponseEntity<Void> blacklist(@PathVariable String vendorId, @Valid @RequestBody SanctionRequest request) {
        commands.sendAndWait(new BlacklistVendor(vendorId, request.reason(), request.evidenceRefs()));
        return ResponseEntity.noContent().build();
    }
}
