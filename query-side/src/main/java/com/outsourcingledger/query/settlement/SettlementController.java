package com.outsourcingledger.query.settlement;

import com.outsourcingledger.api.refusal.SettlementRuleCodes;
import com.outsourcingledger.api.settlement.SettlementQuery.*;
import com.outsourcingledger.api.settlement.SettlementStep;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.platform.security.AnyDepartmentOrVendor;
import com.outsourcingledger.platform.security.VendorReadScope;
import com.outsourcingledger.query.readmodel.ContractReadScope;
import com.outsourcingledger.query.readmodel.PageSize;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Settlements; a vendor user reads its own vendor's only (DOMAIN §15): those it requested and resubmits. */
@RestController
@AnyDepartmentOrVendor
class SettlementController {

    private final QueryGateway queryGateway;

    SettlementController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/settlements")
    public SettlementPage findSettlements(@RequestParam(required = false) SettlementStep step,
                                          @RequestParam(required = false) String vendorId,
                                          @RequestParam(required = false) String contractId,
                                          @RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = "20") @PageSize int size) {
        return queryGateway.query(
                new FindSettlements(step, VendorReadScope.listFilter(vendorId), contractId, page, size),
                ResponseTypes.instanceOf(SettlementPage.class)).join();
    }

    @GetMapping("/settlements/{settlementId}")
    public SettlementDetail findSettlement(@PathVariable String settlementId) {
        return VendorReadScope.visible(queryGateway.query(new FindSettlement(settlementId),
                        ResponseTypes.optionalInstanceOf(SettlementDetail.class)).join(), SettlementDetail::vendorId)
                .orElseThrow(() -> new ResourceNotFoundException(SettlementRuleCodes.NOT_FOUND,
                        "settlement", settlementId));
    }

    @GetMapping("/contracts/{contractId}/settlements")
    public SettlementList findContractSettlements(@PathVariable String contractId) {
        ContractReadScope.requireVisible(queryGateway, contractId);
        return queryGateway.query(new FindContractSettlements(contractId), SettlementList.class).join();
    }
}
