package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.Refusal;

import java.util.Collection;
import java.util.List;

/** Guard clauses shared by the contract's command handlers; each names the rule it enforces. */
final class ContractRules {

    private ContractRules() {
    }

    static void requireStatus(String contractId, ContractStatus status, String act, ContractStatus... allowed) {
        Refusal.requireStatus("contract." + act + ".wrong-status", "Contract " + contractId, status, act, allowed);
    }

    static void requireText(String act, String field, String text) {
        Refusal.requireText("contract." + act + "." + field + "-required", text, "A " + act + " states its " + field);
    }

    static Department requireDepartment(String act, String department, Collection<Department> allowed) {
        return Refusal.requireDepartment("contract." + act + ".wrong-department", act, department, allowed);
    }

    /** Segregation of duties: nobody reviews or approves what they themselves drafted or proposed. */
    static void requireNotAuthor(String act, String user, Collection<String> authors) {
        if (user != null && authors.contains(user)) {
            throw Refusal.forbidden("contract." + act + ".own-draft",
                    "User " + user + " drafted this and may not also give its " + act);
        }
    }

    static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
