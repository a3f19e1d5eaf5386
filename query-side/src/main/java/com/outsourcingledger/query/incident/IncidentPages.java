package com.outsourcingledger.query.incident;

import com.outsourcingledger.api.incident.IncidentStatus;
import com.outsourcingledger.api.incident.IncidentType;
import com.outsourcingledger.platform.security.AnyDepartmentOrVendor;
import com.outsourcingledger.query.console.ConsolePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The incident pages (§14): the incidents with a notification overdue, the incidents by type, status and contract,
 * and one incident with its notifications, plan, team, updates and resolution, answered by
 * {@link IncidentController} itself. A vendor user sees its own vendor's incidents only, as through the API.
 */
@ConsolePage
@AnyDepartmentOrVendor
class IncidentPages {

    static final int PAGE_SIZE = 20;
    static final int WORK_LIST = 50;

    private final IncidentController incidents;

    IncidentPages(IncidentController incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/console/incidents")
    public String incidents(@RequestParam(required = false) IncidentType type,
                            @RequestParam(required = false) IncidentStatus status,
                            @RequestParam(defaultValue = "false") boolean open,
                            @RequestParam(required = false) String contractId,
                            @RequestParam(defaultValue = "0") int page, Model model) {
        String contract = contractId == null || contractId.isBlank() ? null : contractId.strip();
        model.addAttribute("overdue", incidents.findOverdueIncidentNotifications(null, 0, WORK_LIST));
        model.addAttribute("incidents", incidents.findIncidents(type, status, open, contract, null,
                Math.max(0, page), PAGE_SIZE));
        model.addAttribute("types", IncidentType.values());
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("open", open);
        model.addAttribute("contractId", contract);
        return "console/incidents";
    }

    @GetMapping("/console/incidents/{incidentId}")
    public String incident(@PathVariable String incidentId, Model model) {
        model.addAttribute("incident", incidents.findIncident(incidentId));
        return "console/incident";
    }
}
