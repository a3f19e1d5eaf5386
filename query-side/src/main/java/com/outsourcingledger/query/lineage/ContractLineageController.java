package com.outsourcingledger.query.lineage;

import com.outsourcingledger.api.lineage.LineageQuery.ContractLineage;
import com.outsourcingledger.api.lineage.LineageQuery.FindContractLineage;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.platform.security.AnyDepartment;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Every breach of a contract with where its penalty stands, for the contract's detail page. */
@RestController
@AnyDepartment
class ContractLineageController {

    private final QueryGateway queryGateway;

    ContractLineageController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/contracts/{contractId}/lineage")
    public ContractLineage contractLineage(@PathVariable String contractId) {
        return queryGateway.query(new FindContractLineage(contractId),
                        ResponseTypes.optionalInstanceOf(ContractLineage.class)).join()
                .orElseThrow(() -> new ResourceNotFoundException(ContractRuleCodes.NOT_FOUND, "contract", contractId));
    }
}
