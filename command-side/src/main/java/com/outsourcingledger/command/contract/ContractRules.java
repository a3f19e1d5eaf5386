package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.platform.problem.RuleViolationException;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Guard clauses shared by the contract's command handlers; each names the rule it enforces. */
final class ContractRules {

    private ContractRules() {
    }

    static void requireStatus(String contractId, ContractStatus status, String act, ContractStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw RuleViolationException.conflict("contract." + act + ".wrong-status",
                    "Contract " + contractId + " is " + status + ", but " + act + " needs it to be "
                            + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or ")));
        }
    }

    static void requireText(String act, String field, String text) {
        if (isBlank(text)) {
            throw RuleViolationException.unprocessable("contract." + act + "." + field + "-required",
                    "A " + act + " states its " + field);
        }
    }

    static Department requireDepartment(String act, String department, Collection<Department> allowed) {
        Department acting = department == null ? null
                : Arrays.stream(Department.values()).filter(d -> d.name().equals(department)).findFirst().orElse(null);
        if (acting == null || !allowed.contains(acting)) {
            throw RuleViolationException.forbidden("contract." + act + ".wrong-department",
                    "A " + act + " is given by " + allowed + ", not by " + department);
        }
        return acting;
    }

    /** Segregation of duties: nobody reviews or approves what they themselves drafted or proposed. */
    static void requireNotAuthor(String act, String user, Collection<String> authors) {
        if (user != null && authors.contains(user)) {
            throw RuleViolationException.forbidden("contract." + act + ".own-draft",
                    "User " + user + " drafted this and may not also give its " + act);
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
