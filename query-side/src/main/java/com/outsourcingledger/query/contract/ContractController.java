package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.ContractQuery.*;
import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.platform.problem.ResourceNotFoundException;
import com.outsourcingledger.platform.security.AnyDepartment;
import com.outsourcingledger.platform.security.AnyDepartmentOrVendor;
import com.outsourcingledger.platform.security.VendorReadScope;
import com.outsourcingledger.query.readmodel.PageSize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/contracts")
@AnyDepartment
class ContractController {

    private final QueryGateway queryGateway;

    ContractController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping
    @AnyDepartmentOrVendor
    public ContractPage findContracts(@RequestParam(required = false) ContractStatus status,
                                      @RequestParam(required = false) String vendorId,
                                      @RequestParam(required = false) String projectId,
                                      @RequestParam(required = false) @Min(0) @Max(3650) Integer expiringWithinDays,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "20") @PageSize int size,
                                      @RequestParam(required = false) RiskFlag flag) {
        return queryGateway.query(new FindContracts(status, VendorReadScope.listFilter(vendorId), projectId,
                expiringWithinDays, page, size, flag), ResponseTypes.instanceOf(ContractPage.class)).join();
    }

    /** With its rectification notices: a vendor user reads them here, on its own vendor's contracts only. */
    @GetMapping("/{contractId}")
    @AnyDepartmentOrVendor
    public ContractDetail findContract(@PathVariable String contractId) {
        return VendorReadScope.visible(queryGateway.query(new FindContract(contractId),
                        ResponseTypes.optionalInstanceOf(ContractDetail.class)).join(), ContractDetail::vendorId)
                .orElseThrow(() -> new ResourceNotFoundException(ContractRuleCodes.NOT_FOUND,
                        "contract", contractId));
    }

    @GetMapping("/sla-dashboard")
    public SlaDashboard slaDashboard(@RequestParam(required = false) String vendorId) {
        return queryGateway.query(new FindSlaDashboard(vendorId), ResponseTypes.instanceOf(SlaDashboard.class)).join();
    }
}
