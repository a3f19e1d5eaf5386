package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.VendorCommand.AddQualification;
import com.outsourcingledger.api.vendor.VendorCommand.RenewQualification;
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

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/vendors/{vendorId}/qualifications")
@PreAuthorize("hasAnyRole('HR', 'PROCUREMENT')")
class VendorQualificationController {

    record AddQualificationRequest(@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+") String qualificationId,
                                   @NotNull QualificationType type, @NotBlank @Size(max = 100) String number,
                                   @NotBlank @Size(max = 200) String issuer, @NotNull LocalDate validFrom,
                                   @NotNull LocalDate validUntil, boolean required) {
    }

    record RenewQualificationRequest(@NotBlank @Size(max = 100) String number, @NotNull LocalDate validFrom,
                                     @NotNull LocalDate validUntil) {
    }

    record QualificationReference(String qualificationId) {
    }

    private final CommandGateway commands;

    VendorQualificationController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<QualificationReference> add(@PathVariable String vendorId,
                                               @Valid @RequestBody AddQualificationRequest request) {
        String qualificationId = request.qualificationId() != null ? request.qualificationId()
                : UUID.randomUUID().toString();
        URI location = ReadLocation.of("/vendors/{vendorId}", vendorId);
        commands.sendAndWait(new AddQualification(vendorId, qualificationId, request.type(), request.number(),
                request.issuer(), request.validFrom(), request.validUntil(), request.required()));
        return ResponseEntity.created(location).body(new QualificationReference(qualificationId));
    }

    @PostMapping("/{qualificationId}/renewal")
    ResponseEntity<Void> renew(@PathVariable String vendorId, @PathVariable String qualificationId,
                               @Valid @RequestBody RenewQualificationRequest request) {
        commands.sendAndWait(new RenewQualification(vendorId, qualificationId, request.number(), request.validFrom(),
                request.validUntil()));
        return ResponseEntity.noContent().build();
    }
}
