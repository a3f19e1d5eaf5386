package com.outsourcingledger.query.compliance;

import com.outsourcingledger.api.compliance.ComplianceCheckQuery.ComplianceCheckDetail;
import com.outsourcingledger.api.compliance.ComplianceCheckQuery.SubmittedProofView;
import com.outsourcingledger.api.compliance.ComplianceCheckStatus;
import com.outsourcingledger.platform.security.AnyDepartmentOrVendor;
import com.outsourcingledger.query.console.ConsolePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.Map;

/**
 * The employment-compliance pages (§13): the work list of the checks still waiting for proofs (overdue first in
 * the eye: highlighted), the checks by status, vendor and contract, and one check with its proofs, answered by
 * {@link ComplianceCheckController} itself. A vendor user sees its own vendor's checks only, as through the API.
 */
@ConsolePage
@AnyDepartmentOrVendor
class ComplianceCheckPages {

    static final int PAGE_SIZE = 20;
    static final int WORK_LIST = 50;

    private final ComplianceCheckController checks;

    ComplianceCheckPages(ComplianceCheckController checks) {
        this.checks = checks;
    }

    @GetMapping("/console/compliance-checks")
    public String checks(@RequestParam(required = false) ComplianceCheckStatus status,
                         @RequestParam(required = false) String vendorId,
                         @RequestParam(required = false) String contractId,
                         @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("due", checks.findDueComplianceChecks(false, null, 0, WORK_LIST));
        model.addAttribute("overdue", checks.findDueComplianceChecks(true, null, 0, 1).totalItems());
        model.addAttribute("checks", checks.findComplianceChecks(orNull(vendorId), orNull(contractId), status,
                Math.max(0, page), PAGE_SIZE));
        model.addAttribute("statuses", ComplianceCheckStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("vendorId", orNull(vendorId));
        model.addAttribute("contractId", orNull(contractId));
        return "console/compliance-checks";
    }

    @GetMapping("/console/compliance-checks/{checkId}")
    public String check(@PathVariable String checkId, Model model) {
        ComplianceCheckDetail check = checks.findComplianceCheck(checkId);
        model.addAttribute("check", check);
        Map<String, SubmittedProofView> submitted = new HashMap<>();
        check.submitted().forEach(proof -> submitted.put(proof.proof().name(), proof));
        model.addAttribute("submitted", submitted);
        return "console/compliance-check";
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
