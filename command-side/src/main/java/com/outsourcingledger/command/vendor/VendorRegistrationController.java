package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.vendor.VendorCommand.RegisterVendor;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

@RestController
class VendorRegistrationController {

    record VendorReference(String vendorId) {
    }

    private final CommandGateway commands;
    private final CreditCodes creditCodes;

    VendorRegistrationController(CommandGateway commands, CreditCodes creditCodes) {
        this.commands = commands;
        this.creditCodes = creditCodes;
    }

    @PostMapping("/vendors")
    @PreAuthorize("hasAnyRole('HR', 'PROCUREMENT')")
    ResponseEntity<VendorReference> register(@Valid @RequestBody RegisterVendorRequest request,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        RegisterVendor command = request.toCommand(vendorId(request.vendorId(), key));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/vendors/{vendorId}").buildAndExpand(command.vendorId()).toUri();
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException failure) {
            if (!repeats(command)) {
                throw failure;
            }
        }
        return ResponseEntity.created(location).body(new VendorReference(command.vendorId()));
    }

    private static String vendorId(String supplied, String idempotencyKey) {
        if (supplied != null && !supplied.isBlank()) {
            return supplied;
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            return UUID.nameUUIDFromBytes(("vendor:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        }
        return UUID.randomUUID().toString();
    }

    /**
     * The vendor exists already and holds this credit code: the request was made before and succeeded. Decided
     * from what is stored, whatever the failure says: a stream conflict reaches the sender as a different exception
     * on each store (Axon Server's is a bare status).
     */
    private boolean repeats(RegisterVendor command) {
        return creditCodes.ownerOf(command.creditCode().value()).filter(command.vendorId()::equals).isPresent();
    }
}
