package com.outsourcingledger.query.risk;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.RiskRuleCodes;
import com.outsourcingledger.api.risk.RiskCategory;
import com.outsourcingledger.api.risk.RiskLevel;
import com.outsourcingledger.api.risk.RiskQuery.*;
import com.outsourcingledger.api.risk.RiskStatus;
import com.outsourcingledger.api.risk.RiskSubjectKind;
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
 * The risk register (DOMAIN §14): one risk, the register by subject, status, level, category and owner, the review
 * work list and the escalations awaiting MANAGEMENT. It is the client's internal assessment: every internal
 * department reads it, a vendor user none of it (403).
 */
@RestController
@AnyDepartment
class RiskController {

    private final QueryGateway queryGateway;

    RiskController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/risks/{riskId}")
    public RegisteredRiskDetail findRisk(@PathVariable String riskId) {
        return queryGateway.query(new FindRegisteredRisk(riskId),
                        ResponseTypes.optionalInstanceOf(RegisteredRiskDetail.class)).join()
                .orElseThrow(() -> new ResourceNotFoundException(RiskRuleCodes.NOT_FOUND, "risk", riskId));
    }

    /** The register, highest level and score first; every filter is optional. */
    @GetMapping("/risks")
    public RegisteredRiskPage findRisks(@RequestParam(required = false) RiskSubjectKind subjectKind,
                                        @RequestParam(required = false) String subjectId,
                                        @RequestParam(required = false) RiskStatus status,
                                        @RequestParam(required = false) RiskLevel level,
                                        @RequestParam(required = false) RiskCategory category,
                                        @RequestParam(required = false) Department owner,
                                        @RequestParam(defaultValue = "0") @Min(0) int page,
                                        @RequestParam(defaultValue = "20") @PageSize int size) {
        return queryGateway.query(new FindRegisteredRisks(subjectKind, subjectId, status, level, category, owner,
                page, size), RegisteredRiskPage.class).join();
    }

    /** Open risks by review date, soonest first; {@code overdue=true}: only those whose review day passed. */
    @GetMapping("/risks/reviews-due")
    public RegisteredRiskPage findDueRiskReviews(@RequestParam(defaultValue = "false") boolean overdue,
                                                 @RequestParam(required = false) Department owner,
                                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                                 @RequestParam(defaultValue = "50") @PageSize int size) {
        return queryGateway.query(new FindDueRiskReviews(overdue, owner, page, size), RegisteredRiskPage.class)
                .join();
    }

    /** HIGH risks escalated to MANAGEMENT and not acknowledged yet, oldest first. */
    @GetMapping("/risks/escalated")
    public RegisteredRiskPage findEscalatedRisks(@RequestParam(defaultValue = "0") @Min(0) int page,
                                                 @RequestParam(defaultValue = "50") @PageSize int size) {
        return queryGateway.query(new FindEscalatedRisks(page, size), RegisteredRiskPage.class).join();
    }
}
