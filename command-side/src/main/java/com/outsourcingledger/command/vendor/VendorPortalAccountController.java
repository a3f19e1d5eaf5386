package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.VendorRuleCodes;
import com.outsourcingledger.api.vendor.VendorCommand.CloseVendorPortalAccount;
import com.outsourcingledger.api.vendor.VendorCommand.OpenVendorPortalAccount;
import com.outsourcingledger.platform.security.VendorAccounts;
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

/** Portal accounts for a vendor's own users on the embedded default (DOMAIN §15); jwt mode issues VENDOR tokens. */
@RestController
@RequestMapping("/vendors/{vendorId}/portal-accounts")
@PreAuthorize("hasAnyRole('HR', 'PROCUREMENT')")
class VendorPortalAccountController {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";

    record PortalAccountRequest(@NotBlank @Pattern(regexp = USERNAME) String username,
                       @NotNull @Size(max = VendorAccounts.MAX_PASSWORD_BYTES) String password) {

        @Override
        public String toString() {
            return "PortalAccountRequest[username=" + username + "]";
        }
    }

    record PortalAccountClosureRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    private final CommandGateway commands;

    VendorPortalAccountController(CommandGateway commands) {
        this.commands = commands;
    }

    /** The password is hashed here, once: only its bcrypt hash travels on, to the account store. */
    @PostMapping
    ResponseEntity<Void> openPortalAccount(@PathVariable String vendorId,
                                           @Valid @RequestBody PortalAccountRequest request) {
        if (request.password().length() < MIN_PASSWORD_LENGTH) {
            throw Refusal.invalid(VendorRuleCodes.PORTAL_ACCOUNT_PASSWORD_TOO_SHORT,
                    "A portal account's initial password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (!VendorAccounts.fits(request.password())) {
            throw Refusal.invalid(VendorRuleCodes.PORTAL_ACCOUNT_PASSWORD_TOO_LONG, "A portal account's password has"
                    + " at most " + VendorAccounts.MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
        URI location = ReadLocation.of("/vendors/{vendorId}", vendorId);
        commands.sendAndWait(new OpenVendorPortalAccount(vendorId, request.username(),
                VendorAccounts.hash(request.password())));
        return ResponseEntity.created(location).build();
    }

    @PostMapping("/{username}/closure")
    ResponseEntity<Void> closePortalAccount(@PathVariable String vendorId, @PathVariable String username,
                                            @Valid @RequestBody PortalAccountClosureRequest request) {
        commands.sendAndWait(new CloseVendorPortalAccount(vendorId, username, request.reason()));
        return ResponseEntity.noContent().build();
    }
}
