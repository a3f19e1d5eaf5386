package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.vendor.VendorCommand.RegisterVendor;
import com.outsourcingledger.platform.web.IdempotentCreation;
import com.outsourcingledger.platform.web.ReadLocation;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
class VendorRegistrationController {

    record VendorReference(String vendorId) {
    }

    private final CommandGateway commands;
    private final CreditCodes creditCodes;
    private final EventStore events;

    VendorRegistrationController(CommandGateway commands, CreditCodes creditCodes, EventStore events) {
        this.commands = commands;
        this.creditCodes = creditCodes;
        this.events = events;
    }

    @PostMapping("/vendors")
    @PreAuthorize("hasAnyRole('HR', 'PROCUREMENT')")
    ResponseEntity<VendorReference> register(@Valid @RequestBody RegisterVendorRequest request,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        RegisterVendor command = request.toCommand(IdempotentCreation.id("vendor:", request.vendorId(), key));
        URI location = ReadLocation.of("/vendors/{vendorId}", command.vendorId());
        IdempotentCreation.send(commands, events, command.vendorId(), command, () -> registeredBefore(command));
        return ResponseEntity.created(location).body(new VendorReference(command.vendorId()));
    }

    /** The vendor exists already and holds this credit code: the request was made before and succeeded. */
    private boolean registeredBefore(RegisterVendor command) {
        return creditCodes.ownerOf(command.creditCode().value()).filter(command.vendorId()::equals).isPresent();
    }
}
