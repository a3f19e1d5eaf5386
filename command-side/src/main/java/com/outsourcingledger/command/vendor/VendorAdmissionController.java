package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.vendor.AdmissionCriterion;
import com.outsourcingledger.api.vendor.FindingOutcome;
import com.outsourcingledger.api.vendor.VendorCommand.AdmitVendor;
import com.outsourcingledger.api.vendor.VendorCommand.RecordDueDiligenceFinding;
import com.outsourcingledger.api.vendor.VendorCommand.RejectVendorAdmission;
import com.outsourcingledger.api.vendor.VendorCommand.StartDueDiligence;
import com.outsourcingledger.api.vendor.VendorTier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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

import java.util.List;

/** Due diligence and its conclusion. Which department may record which finding, the aggregate decides. */
@RestController
@RequestMapping("/vendors/{vendorId}")
class VendorAdmissionController {

    record FindingRequest(@NotNull AdmissionCriterion criterion, @NotNull FindingOutcome outcome,
                          @NotBlank @Size(max = 4000) String summary,
                          @Size(max = 50) List<@NotBlank @Size(max = 500) String> evidenceRefs,
                          @Size(max = 2000) String reexaminationReason) {
    }

    record AdmissionRequest(VendorTier tier) {
    }

    record RejectionRequest(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 2000) String> reasons) {
    }

    private final CommandGateway commands;

    VendorAdmissionController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/due-diligence")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> startDueDiligence(@PathVariable String vendorId) {
        commands.sendAndWait(new StartDueDiligence(vendorId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/due-diligence/findings")
    @PreAuthorize("hasAnyRole('HR', 'LEGAL', 'FINANCE')")
    ResponseEntity<Void> recordFinding(@PathVariable String vendorId, @Valid @RequestBody FindingRequest request) {
        commands.sendAndWait(new RecordDueDiligenceFinding(vendorId, request.criterion(), request.outcome(),
                request.summary(), request.evidenceRefs(), request.reexaminationReason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/admission")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> admit(@PathVariable String vendorId,
                               @Valid @RequestBody(required = false) AdmissionRequest request) {
        commands.sendAndWait(new AdmitVendor(vendorId, request == null ? null : request.tier()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/admission-rejection")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> reject(@PathVariable String vendorId, @Valid @RequestBody RejectionRequest request) {
        commands.sendAndWait(new RejectVendorAdmission(vendorId, request.reasons()));
        return ResponseEntity.noContent().build();
    }
}
