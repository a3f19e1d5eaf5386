package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.refusal.Refusal;

import java.time.LocalDate;
import java.util.List;

/** Guard clauses shared by the vendor's command handlers; each names the rule it enforces. */
final class VendorRules {

    private VendorRules() {
    }

    static void requireNotBlacklisted(String vendorId, VendorStatus status, String act) {
        if (status == VendorStatus.BLACKLISTED) {
            throw Refusal.conflict("vendor." + act + ".blacklisted",
                    "Vendor " + vendorId + " is blacklisted; nothing more may be done with it");
        }
    }

    static void requireStatus(String vendorId, VendorStatus status, String act, String rule, VendorStatus... allowed) {
        requireNotBlacklisted(vendorId, status, act);
        Refusal.requireStatus("vendor." + act + "." + rule, "Vendor " + vendorId, status, act, allowed);
    }

    static void requireReason(String act, String reason) {
        Refusal.requireText("vendor." + act + ".reason-required", reason, "A " + act + " states its reason");
    }

    static void requireValidity(String act, LocalDate validFrom, LocalDate validUntil) {
        if (validFrom == null || validUntil == null || !validUntil.isAfter(validFrom)) {
            throw Refusal.unprocessable("vendor." + act + ".invalid-validity",
                    "A qualification is valid from one date until a later one, not " + validFrom + " to " + validUntil);
        }
    }

    static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
