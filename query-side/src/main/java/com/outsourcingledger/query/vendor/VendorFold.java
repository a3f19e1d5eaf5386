package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** {@link VendorView} offered to auditors' as-of reconstruction. */
@Component
class VendorFold implements ViewFold<VendorDetail> {

    @Override
    public String aggregateType() {
        return "Vendor";
    }

    @Override
    public Class<VendorDetail> viewType() {
        return VendorDetail.class;
    }

    @Override
    public VendorDetail evolve(VendorDetail current, Object event, Step step) {
        return VendorView.evolve(current, (VendorEvent) event, new EventContext(step.at(), step.user(), step.sequence()));
    }

    @Override
    public VendorDetail seenOn(VendorDetail view, LocalDate day) {
        return VendorView.asOf(view, day);
    }
}
