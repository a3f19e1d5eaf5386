package com.outsourcingledger.query.risk;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.risk.RiskCategory;
import com.outsourcingledger.api.risk.RiskLevel;
import com.outsourcingledger.api.risk.RiskStatus;
import com.outsourcingledger.platform.security.AnyDepartment;
import com.outsourcingledger.query.console.ConsolePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The risk-register pages (§14): the escalations awaiting MANAGEMENT and the reviews due (overdue highlighted), the
 * register by status, level, category and owner, and one risk with its assessments, response and escalation,
 * answered by {@link RiskController} itself. Internal departments only, as through the API.
 */
@ConsolePage
@AnyDepartment
class RiskPages {

    static final int PAGE_SIZE = 20;
    static final int WORK_LIST = 50;

    private final RiskController risks;

    RiskPages(RiskController risks) {
        this.risks = risks;
    }

    @GetMapping("/console/risks")
    public String risks(@RequestParam(required = false) RiskStatus status,
                        @RequestParam(required = false) RiskLevel level,
                        @RequestParam(required = false) RiskCategory category,
                        @RequestParam(required = false) Department owner,
                        @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("escalated", risks.findEscalatedRisks(0, WORK_LIST));
        model.addAttribute("reviews", risks.findDueRiskReviews(false, null, 0, WORK_LIST));
        model.addAttribute("overdue", risks.findDueRiskReviews(true, null, 0, 1).totalItems());
        model.addAttribute("risks", risks.findRisks(null, null, status, level, category, owner, Math.max(0, page),
                PAGE_SIZE));
        model.addAttribute("statuses", RiskStatus.values());
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("categories", RiskCategory.values());
        model.addAttribute("owners", Department.values());
        model.addAttribute("status", status);
        model.addAttribute("level", level);
        model.addAttribute("category", category);
        model.addAttribute("owner", owner);
        return "console/risks";
    }

    @GetMapping("/console/risks/{riskId}")
    public String risk(@PathVariable String riskId, Model model) {
        model.addAttribute("risk", risks.findRisk(riskId));
        return "console/risk";
    }
}
