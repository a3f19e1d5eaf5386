package com.outsourcingledger.query.evaluation;

import com.outsourcingledger.api.evaluation.EvaluationQuery.*;
import com.outsourcingledger.api.refusal.EvaluationRuleCodes;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.platform.security.AnyDepartment;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Evaluations by id, a contract's evaluation history (which the renewal review reads) and the vendor scorecard. */
@RestController
@AnyDepartment
class EvaluationController {

    private final QueryGateway queryGateway;

    EvaluationController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/evaluations/{evaluationId}")
    public EvaluationDetail findEvaluation(@PathVariable String evaluationId) {
        return queryGateway.query(new FindEvaluation(evaluationId),
                        ResponseTypes.optionalInstanceOf(EvaluationDetail.class)).join()
                .orElseThrow(() -> new ResourceNotFoundException(EvaluationRuleCodes.NOT_FOUND,
                        "evaluation", evaluationId));
    }

    @GetMapping("/contracts/{contractId}/evaluations")
    public EvaluationList findContractEvaluations(@PathVariable String contractId) {
        return queryGateway.query(new FindContractEvaluations(contractId), EvaluationList.class).join();
    }

    @GetMapping("/vendors/{vendorId}/evaluations")
    public EvaluationList findVendorEvaluations(@PathVariable String vendorId) {
        return queryGateway.query(new FindVendorEvaluations(vendorId), EvaluationList.class).join();
    }

    @GetMapping("/vendors/{vendorId}/scorecard")
    public VendorScorecard findScorecard(@PathVariable String vendorId) {
        return queryGateway.query(new FindVendorScorecard(vendorId), VendorScorecard.class).join();
    }
}
