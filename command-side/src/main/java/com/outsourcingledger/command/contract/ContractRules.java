package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.command.lookup.VendorStatuses;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Guard clauses shared by the contract's command handlers; each names the rule it enforces. */
final class ContractRules {

    private ContractRules() {
    }

    static void requireStatus(String rule, String contractId, ContractStatus status, String act,
                              ContractStatus... allowed) {
        Refusal.requireStatus(rule, "Contract " + contractId, status, act, allowed);
    }

    static void requireText(String rule, String act, String field, String text) {
        Refusal.requireText(rule, text, "A " + act + " states its " + field);
    }

    static Department requireDepartment(String rule, String act, String department, Collection<Department> allowed) {
        return Refusal.requireDepartment(rule, act, department, allowed);
    }

    static void requireTerm(String rule, Term term) {
        if (term == null) {
            throw Refusal.unprocessable(rule,
                    "A contract states its term");
        }
    }

    static void requireNotBarred(String vendorId, VendorStatuses standings) {
        Optional<VendorStatus> vendor = standings.statusOf(vendorId);
        if (vendor.filter(s -> s == VendorStatus.BLACKLISTED || s == VendorStatus.ELIMINATED).isPresent()) {
            throw Refusal.conflict(ContractRuleCodes.DRAFTING_VENDOR_BARRED,
                    "Vendor " + vendorId + " is " + vendor.get() + "; no new contract may be drafted with it");
        }
    }

    static void requireAdmitted(String rule, String vendorId, VendorStatuses standings) {
        Optional<VendorStatus> vendor = standings.statusOf(vendorId);
        if (vendor.filter(VendorStatus.ADMITTED::equals).isEmpty()) {
            throw Refusal.conflict(rule,
                    "Vendor " + vendorId + " is " + vendor.map(Enum::name).orElse("unknown") + ", not ADMITTED");
        }
    }

    static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
