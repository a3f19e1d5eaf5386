package com.outsourcingledger.command.vendor;

import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.platform.problem.RuleViolationException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Guard clauses shared by the vendor's command handlers; each names the rule it enforces. */
final class VendorRules {

    private VendorRules() {
    }

    static void requireNotBlacklisted(String vendorId, VendorStatus status, String act) {
        if (status == VendorStatus.BLACKLISTED) {
            throw RuleViolationException.conflict("vendor." + act + ".blacklisted",
                    "Vendor " + vendorId + " is blacklisted; nothing more may be done with it");
        }
    }

    static void requireStatus(String vendorId, VendorStatus status, String act, String rule, VendorStatus... allowed) {
        requireNotBlacklisted(vendorId, status, act);
        if (!Arrays.asList(allowed).contains(status)) {
            throw RuleViolationException.conflict("vendor." + act + "." + rule,
                    "Vendor " + vendorId + " is " + status + ", but " + act + " needs it to be "
                            + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or ")));
        }
    }

    static void requireReason(String act, String reason) {
        if (isBlank(reason)) {
            throw RuleViolationException.unprocessable("vendor." + act + ".reason-required",
                    "A " + act + " states its reason");
        }
    }

    static void requireValidity(String act, LocalDate validFrom, LocalDate validUntil) {
        if (validFrom == null || validUntil == null || !validUntil.isAfter(validFrom)) {
            throw RuleViolationException.unprocessable("vendor." + act + ".invalid-validity",
                    "A qualification is valid from one date until a later one, not " + validFrom + " to " + validUntil);
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
