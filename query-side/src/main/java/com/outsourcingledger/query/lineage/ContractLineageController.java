package com.outsourcingledger.query.lineage;

import com.outsourcingledger.api.lineage.LineageQuery.ContractLineage;
import com.outsourcingledger.api.lineage.LineageQuery.FindContractLineage;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.platform.security.AnyDepartmentOrVendor;
import com.outsourcingledger.query.readmodel.ContractReadScope;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every breach of a contract with where its penalty stands, for the contract's detail page. Open to the contract's
 * own vendor users too: which penalties stand, and which settlement deducted them, is theirs to see (DOMAIN §11).
 */
@RestController
@AnyDepartmentOrVendor
class ContractLineageController {

    private final QueryGateway queryGateway;

    ContractLineageController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/contracts/{contractId}/lineage")
    public ContractLineage contractLineage(@PathVariable String contractId) {
        ContractReadScope.requireVisible(queryGateway, contractId);
        return queryGateway.query(new FindContractLineage(contractId),
                        ResponseTypes.optionalInstanceOf(ContractLineage.class)).join()
                .orElseThrow(() -> new ResourceNotFoundException(ContractRuleCodes.NOT_FOUND, "contract", contractId));
    }
}
