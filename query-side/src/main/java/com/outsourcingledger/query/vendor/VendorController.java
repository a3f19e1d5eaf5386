package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.refusal.VendorRuleCodes;
import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorQuery.ExpiringQualification;
import com.outsourcingledger.api.vendor.VendorQuery.ExpiringQualifications;
import com.outsourcingledger.api.vendor.VendorQuery.FindExpiringQualifications;
import com.outsourcingledger.api.vendor.VendorQuery.FindVendor;
import com.outsourcingledger.api.vendor.VendorQuery.FindVendors;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.api.vendor.VendorQuery.VendorPage;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.vendor.VendorTier;
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

import java.util.List;

@RestController
@RequestMapping("/vendors")
@AnyDepartment
class VendorController {

    private final QueryGateway queryGateway;

    VendorController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping
    public VendorPage findVendors(@RequestParam(required = false) VendorStatus status,
                                  @RequestParam(required = false) VendorCategory category,
                                  @RequestParam(required = false) VendorTier tier,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @PageSize int size,
                                  @RequestParam(defaultValue = VendorSort.DEFAULT) String sort,
                                  @RequestParam(required = false) RiskFlag flag) {
        VendorSort.parse(sort);
        return queryGateway.query(new FindVendors(status, category, tier, page, size, sort, flag),
                ResponseTypes.instanceOf(VendorPage.class)).join();
    }

    @GetMapping("/{vendorId}")
    @AnyDepartmentOrVendor
    public VendorDetail findVendor(@PathVariable String vendorId) {
        return VendorReadScope.visible(queryGateway.query(new FindVendor(vendorId),
                        ResponseTypes.optionalInstanceOf(VendorDetail.class)).join(), VendorDetail::vendorId)
                .orElseThrow(() -> new ResourceNotFoundException(VendorRuleCodes.NOT_FOUND,
                        "vendor", vendorId));
    }

    @GetMapping("/qualifications/expiring")
    public List<ExpiringQualification> findExpiringQualifications(
            @RequestParam(defaultValue = "30") @Min(0) @Max(3650) int withinDays) {
        return queryGateway.query(new FindExpiringQualifications(withinDays), ExpiringQualifications.class).join()
                .items();
    }
}
