package com.outsourcingledger.query.specialaudit;

import com.outsourcingledger.api.specialaudit.FindingStatus;
import com.outsourcingledger.platform.security.AnyDepartment;
import com.outsourcingledger.query.console.ConsolePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The special-audit pages (§14): the schedule of the next audit, the open findings (overdue highlighted) and the
 * audits, and one audit with its checklist (each exception linked to the audit explorer), findings and signatures,
 * answered by {@link SpecialAuditController} itself. Internal departments only, as through the API.
 */
@ConsolePage
@AnyDepartment
class SpecialAuditPages {

    static final int PAGE_SIZE = 20;
    static final int WORK_LIST = 50;

    private final SpecialAuditController audits;

    SpecialAuditPages(SpecialAuditController audits) {
        this.audits = audits;
    }

    @GetMapping("/console/special-audits")
    public String audits(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("schedule", audits.findSpecialAuditSchedule());
        model.addAttribute("findings", audits.findAuditFindings(FindingStatus.OPEN, false, null, null, 0, WORK_LIST));
        model.addAttribute("audits", audits.findSpecialAudits(null, Math.max(0, page), PAGE_SIZE));
        return "console/special-audits";
    }

    @GetMapping("/console/special-audits/{auditId}")
    public String audit(@PathVariable String auditId, Model model) {
        model.addAttribute("audit", audits.findSpecialAudit(auditId));
        return "console/special-audit";
    }
}
