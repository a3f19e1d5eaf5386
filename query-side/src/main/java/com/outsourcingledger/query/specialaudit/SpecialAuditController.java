package com.outsourcingledger.query.specialaudit;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.SpecialAuditRuleCodes;
import com.outsourcingledger.api.specialaudit.FindingStatus;
import com.outsourcingledger.api.specialaudit.SpecialAuditQuery.*;
import com.outsourcingledger.api.specialaudit.SpecialAuditStatus;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.platform.security.AnyDepartment;
import com.outsourcingledger.query.readmodel.PageSize;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual special audits of outsourcing (DOMAIN §14): one audit with its checklist answers (each exception linked
 * to the audit explorer), findings and signatures, the audits by status, the findings across audits, and the
 * schedule of the next audit. Internal departments read them; a vendor user none of them (403).
 */
@RestController
@AnyDepartment
class SpecialAuditController {

    private final QueryGateway queryGateway;

    SpecialAuditController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/special-audits/{auditId}")
    public SpecialAuditDetail findSpecialAudit(@PathVariable String auditId) {
        return queryGateway.query(new FindSpecialAudit(auditId),
                        ResponseTypes.optionalInstanceOf(SpecialAuditDetail.class)).join()
                .orElseThrow(() -> new ResourceNotFoundException(SpecialAuditRuleCodes.NOT_FOUND, "special-audit",
                        auditId));
    }

    /** Latest period first. */
    @GetMapping("/special-audits")
    public SpecialAuditPage findSpecialAudits(@RequestParam(required = false) SpecialAuditStatus status,
                                              @RequestParam(defaultValue = "0") @Min(0) int page,
                                              @RequestParam(defaultValue = "20") @PageSize int size) {
        return queryGateway.query(new FindSpecialAudits(status, page, size), SpecialAuditPage.class).join();
    }

    /** The findings of every audit, soonest due first; {@code overdue=true}: open ones past their due day. */
    @GetMapping("/special-audits/findings")
    public AuditFindingPage findAuditFindings(@RequestParam(required = false) FindingStatus status,
                                              @RequestParam(defaultValue = "false") boolean overdue,
                                              @RequestParam(required = false) Department owner,
                                              @RequestParam(required = false) String auditId,
                                              @RequestParam(defaultValue = "0") @Min(0) int page,
                                              @RequestParam(defaultValue = "50") @PageSize int size) {
        return queryGateway.query(new FindAuditFindings(status, overdue, owner, auditId, page, size),
                AuditFindingPage.class).join();
    }

    /** The last closed audit, when the next is due, whether it is overdue, and the audit under way. */
    @GetMapping("/special-audits/schedule")
    public SpecialAuditSchedule findSpecialAuditSchedule() {
        return queryGateway.query(new FindSpecialAuditSchedule(), SpecialAuditSchedule.class).join();
    }
}
