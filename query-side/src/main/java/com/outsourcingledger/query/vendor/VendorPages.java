package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.contract.ContractQuery.ContractPage;
import com.outsourcingledger.api.contract.ContractQuery.FindContracts;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.platform.security.AnyDepartment;
import com.outsourcingledger.platform.security.AnyDepartmentOrVendor;
import com.outsourcingledger.query.console.ConsolePage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The vendor directory (internal departments, as {@code GET /vendors}) and a vendor's detail with its contracts (also
 * a vendor's portal user, for its own vendor only, as {@code GET /vendors/{id}}), answered by
 * {@link VendorController} itself.
 */
@ConsolePage
class VendorPages {

    static final int PAGE_SIZE = 20;

    private final VendorController vendors;
    private final QueryGateway queryGateway;

    VendorPages(VendorController vendors, QueryGateway queryGateway) {
        this.vendors = vendors;
        this.queryGateway = queryGateway;
    }

    @GetMapping("/console/vendors")
    @AnyDepartment
    public String directory(@RequestParam(required = false) VendorStatus status,
                            @RequestParam(required = false) VendorCategory category,
                            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("vendors", vendors.findVendors(status, category, null, Math.max(0, page), PAGE_SIZE,
                VendorSort.DEFAULT, null));
        model.addAttribute("statuses", VendorStatus.values());
        model.addAttribute("categories", VendorCategory.values());
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        return "console/vendors";
    }

    /** The vendor as its reader may see it; its contracts, which that reader may then read too. */
    @GetMapping("/console/vendors/{vendorId}")
    @AnyDepartmentOrVendor
    public String vendor(@PathVariable String vendorId, Model model) {
        VendorDetail vendor = vendors.findVendor(vendorId);
        model.addAttribute("vendor", vendor);
        model.addAttribute("contracts", queryGateway.query(new FindContracts(null, vendor.vendorId(), null, null, 0,
                100), ResponseTypes.instanceOf(ContractPage.class)).join());
        return "console/vendor";
    }
}
