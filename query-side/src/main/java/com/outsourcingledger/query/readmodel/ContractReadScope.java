package com.outsourcingledger.query.readmodel;

import com.outsourcingledger.api.contract.ContractQuery.ContractDetail;
import com.outsourcingledger.api.contract.ContractQuery.FindContract;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.platform.security.VendorReadScope;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * {@link VendorReadScope} for what a feature keeps under a contract (its evaluations, settlements, lineage): a vendor
 * user reads it only for its own vendor's contracts, and another vendor's contract is unknown to it (404), as the
 * contract itself is. The contract's vendor is asked of the contract read model, and only for a vendor user.
 */
public final class ContractReadScope {

    private ContractReadScope() {
    }

    public static void requireVisible(QueryGateway queries, String contractId) {
        VendorReadScope.requireOwner(() -> queries.query(new FindContract(contractId),
                        ResponseTypes.optionalInstanceOf(ContractDetail.class)).join().map(ContractDetail::vendorId),
                () -> new ResourceNotFoundException(ContractRuleCodes.NOT_FOUND, "contract", contractId));
    }
}
