package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.refusal.Refusal;

import java.time.LocalDate;
import java.util.List;

/** Guard clauses shared by the vendor's command handlers; each names the rule it enforces. */
final class VendorRules {

    private VendorRules() {
    }

    static void requireNotBlacklisted(String rule, String vendorId, VendorStatus status) {
        if (status == VendorStatus.BLACKLISTED) {
            throw Refusal.conflict(rule,
                    "Vendor " + vendorId + " is blacklisted; nothing more may be done with it");
        }
    }

    static void requireStatus(String blacklistedRule, String rule, String vendorId, VendorStatus status, String act,
                              VendorStatus... allowed) {
        requireNotBlacklisted(blacklistedRule, vendorId, status);
        Refusal.requireStatus(rule, "Vendor " + vendorId, status, act, allowed);
    }

    static void requireReason(String rule, String act, String reason) {
        Refusal.requireText(rule, reason, "A " + act + " states its reason");
    }

    /** A sanction names the evidence it rests on (DOMAIN §2): at least one reference, none blank. */
    static void requireEvidence(String rule, String act, List<String> evidenceRefs) {
        if (evidenceRefs == null || evidenceRefs.isEmpty() || evidenceRefs.stream().anyMatch(Refusal::isBlank)) {
            throw Refusal.unprocessable(rule, "A " + act + " names the evidence it rests on: at least one"
                    + " evidence reference, none of them blank");
        }
    }

    static void requireValidity(String rule, LocalDate validFrom, LocalDate validUntil) {
        if (validFrom == null || validUntil == null || !validUntil.isAfter(validFrom)) {
            throw Refusal.unprocessable(rule,
                    "A qualification is valid from one date until a later one, not " + validFrom + " to " + validUntil);
        }
    }

    static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
