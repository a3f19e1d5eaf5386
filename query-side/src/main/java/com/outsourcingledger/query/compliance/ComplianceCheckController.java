package com.outsourcingledger.query.compliance;

import com.outsourcingledger.api.compliance.ComplianceCheckQuery.*;
import com.outsourcingledger.api.compliance.ComplianceCheckStatus;
import com.outsourcingledger.api.refusal.ComplianceRuleCodes;
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

/**
 * Employment-compliance checks (DOMAIN §13): one check, the checks by vendor, by contract and by status, and the
 * work list of the checks still waiting for proofs, due or overdue. A vendor user reads its own vendor's checks
 * only (DOMAIN §15).
 */
@RestController
@AnyDepartmentOrVendor
class ComplianceCheckController {

    private final QueryGateway queryGateway;

    ComplianceCheckController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/compliance-checks/{checkId}")
    public ComplianceCheckDetail findComplianceCheck(@PathVariable String checkId) {
        return VendorReadScope.visible(queryGateway.query(new FindComplianceCheck(checkId),
                        ResponseTypes.optionalInstanceOf(ComplianceCheckDetail.class)).join(),
                        ComplianceCheckDetail::vendorId)
                .orElseThrow(() -> new ResourceNotFoundException(ComplianceRuleCodes.NOT_FOUND, "compliance-check",
                        checkId));
    }

    /** Checks soonest due first; {@code vendorId}, {@code contractId} and {@code status} narrow them. */
    @GetMapping("/compliance-checks")
    public ComplianceCheckPage findComplianceChecks(@RequestParam(required = false) String vendorId,
                                                    @RequestParam(required = false) String contractId,
                                                    @RequestParam(required = false) ComplianceCheckStatus status,
                                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                                    @RequestParam(defaultValue = "20") @PageSize int size) {
        return queryGateway.query(new FindComplianceChecks(VendorReadScope.listFilter(vendorId), contractId, status,
                page, size), ComplianceCheckPage.class).join();
    }

    /** The contract's checks; another vendor's contract is unknown to a vendor user (404). */
    @GetMapping("/contracts/{contractId}/compliance-checks")
    public ComplianceCheckPage findContractComplianceChecks(@PathVariable String contractId,
                                                            @RequestParam(required = false)
                                                            ComplianceCheckStatus status,
                                                            @RequestParam(defaultValue = "0") @Min(0) int page,
                                                            @RequestParam(defaultValue = "20") @PageSize int size) {
        ContractReadScope.requireVisible(queryGateway, contractId);
        return queryGateway.query(new FindComplianceChecks(VendorReadScope.listFilter(null), contractId, status,
                page, size), ComplianceCheckPage.class).join();
    }

    /** The vendor's checks, soonest due first. */
    @GetMapping("/vendors/{vendorId}/compliance-checks")
    public ComplianceCheckPage findVendorComplianceChecks(@PathVariable String vendorId,
                                                          @RequestParam(required = false)
                                                          ComplianceCheckStatus status,
                                                          @RequestParam(defaultValue = "0") @Min(0) int page,
                                                          @RequestParam(defaultValue = "20") @PageSize int size) {
        return queryGateway.query(new FindComplianceChecks(VendorReadScope.listFilter(vendorId), null, status, page,
                size), ComplianceCheckPage.class).join();
    }

    /** The checks still waiting for proofs, soonest due first; {@code overdue=true}: only those past their due day. */
    @GetMapping("/compliance-checks/due")
    public ComplianceCheckPage findDueComplianceChecks(@RequestParam(defaultValue = "false") boolean overdue,
                                                       @RequestParam(required = false) String vendorId,
                                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                                       @RequestParam(defaultValue = "50") @PageSize int size) {
        return queryGateway.query(new FindDueComplianceChecks(overdue, VendorReadScope.listFilter(vendorId), page,
                size), ComplianceCheckPage.class).join();
    }
}
