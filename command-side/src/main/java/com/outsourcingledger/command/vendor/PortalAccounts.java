package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.VendorRuleCodes;
import com.outsourcingledger.api.vendor.VendorCommand.CloseVendorPortalAccount;
import com.outsourcingledger.api.vendor.VendorCommand.OpenVendorPortalAccount;
import com.outsourcingledger.api.vendor.VendorEvent.VendorPortalAccountClosed;
import com.outsourcingledger.api.vendor.VendorEvent.VendorPortalAccountOpened;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.api.vendor.VendorStatus.ADMITTED;
import static com.outsourcingledger.command.vendor.VendorRules.requireReason;
import static com.outsourcingledger.command.vendor.VendorRules.requireStatus;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The vendor's own users' portal accounts (DOMAIN §15): opened for an ADMITTED vendor, closed by hand or with it. */
class PortalAccounts {

    private final Vendor vendor;
    private final Set<String> open = new LinkedHashSet<>();
    private final Set<String> known = new LinkedHashSet<>();

    PortalAccounts(Vendor vendor) {
        this.vendor = vendor;
    }

    @CommandHandler
    void handle(OpenVendorPortalAccount command, PortalCredentials credentials) {
        requireStatus(VendorRuleCodes.PORTAL_ACCOUNT_BLACKLISTED, VendorRuleCodes.PORTAL_ACCOUNT_NOT_ADMITTED,
                vendor.id(), vendor.status(), "portal-account", ADMITTED);
        if (credentials.reserved(command.username())) {
            throw Refusal.conflict(VendorRuleCodes.PORTAL_ACCOUNT_USERNAME_RESERVED,
                    command.username() + " is an internal user's name; a portal account takes another");
        }
        if (known.contains(command.username())
                || !credentials.store(command.username(), vendor.id(), command.passwordHash())) {
            throw Refusal.conflict(VendorRuleCodes.PORTAL_ACCOUNT_USERNAME_TAKEN,
                    "The username " + command.username() + " is already taken");
        }
        apply(new VendorPortalAccountOpened(vendor.id(), command.username()));
    }

    @CommandHandler
    void handle(CloseVendorPortalAccount command, PortalCredentials credentials) {
        if (!known.contains(command.username())) {
            throw Refusal.notFound(VendorRuleCodes.PORTAL_ACCOUNT_CLOSURE_NOT_FOUND,
                    "Vendor " + vendor.id() + " has no portal account " + command.username());
        }
        if (!open.contains(command.username())) {
            throw Refusal.conflict(VendorRuleCodes.PORTAL_ACCOUNT_CLOSURE_ALREADY_CLOSED,
                    "Portal account " + command.username() + " is already closed");
        }
        requireReason(VendorRuleCodes.PORTAL_ACCOUNT_CLOSURE_REASON_REQUIRED, "portal-account closure",
                command.reason());
        credentials.close(command.username());
        apply(new VendorPortalAccountClosed(vendor.id(), command.username(), command.reason()));
    }

    /** A blacklisted or eliminated vendor's users no longer sign in: every open account closes with it. */
    void closeAll(String reason, PortalCredentials credentials) {
        for (String username : List.copyOf(open)) {
            credentials.close(username);
            apply(new VendorPortalAccountClosed(vendor.id(), username, reason));
        }
    }

    @EventSourcingHandler
    void on(VendorPortalAccountOpened event) {
        open.add(event.username());
        known.add(event.username());
    }

    @EventSourcingHandler
    void on(VendorPortalAccountClosed event) {
        open.remove(event.username());
    }
}
