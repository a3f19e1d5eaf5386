package com.outsourcingledger.query.evaluation;

import com.outsourcingledger.api.evaluation.EvaluationQuery.*;
import com.outsourcingledger.api.refusal.EvaluationRuleCodes;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.platform.security.AnyDepartmentOrVendor;
import com.outsourcingledger.platform.security.VendorReadScope;
import com.outsourcingledger.query.readmodel.ContractReadScope;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluations by id, a contract's evaluation history (which the renewal review reads) and the vendor scorecard. A
 * vendor user reads its own vendor's only (DOMAIN §15): the evaluations it confirms or disputes, and its scorecard.
 */
@RestController
@AnyDepartmentOrVendor
class EvaluationController {

    private final QueryGateway queryGateway;

    EvaluationController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/evaluations/{evaluationId}")
    public EvaluationDetail findEvaluation(@PathVariable String evaluationId) {
        return VendorReadScope.visible(queryGateway.query(new FindEvaluation(evaluationId),
                        ResponseTypes.optionalInstanceOf(EvaluationDetail.class)).join(), EvaluationDetail::vendorId)
                .orElseThrow(() -> new ResourceNotFoundException(EvaluationRuleCodes.NOT_FOUND,
                        "evaluation", evaluationId));
    }

    @GetMapping("/contracts/{contractId}/evaluations")
    public EvaluationList findContractEvaluations(@PathVariable String contractId) {
        ContractReadScope.requireVisible(queryGateway, contractId);
        return queryGateway.query(new FindContractEvaluations(contractId), EvaluationList.class).join();
    }

    @GetMapping("/vendors/{vendorId}/evaluations")
    public EvaluationList findVendorEvaluations(@PathVariable String vendorId) {
        return queryGateway.query(new FindVendorEvaluations(VendorReadScope.listFilter(vendorId)),
                EvaluationList.class).join();
    }

    @GetMapping("/vendors/{vendorId}/scorecard")
    public VendorScorecard findScorecard(@PathVariable String vendorId) {
        return queryGateway.query(new FindVendorScorecard(VendorReadScope.listFilter(vendorId)),
                VendorScorecard.class).join();
    }
}
