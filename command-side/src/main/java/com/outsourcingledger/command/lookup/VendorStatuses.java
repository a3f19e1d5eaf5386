package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.vendor.VendorStatus;

import java.util.Optional;

/**
 * Each vendor's current status, as the sourcing and contract rules need it: who may be a candidate, who may
 * win, who may sign: as of the vendor's last committed event, so a vendor suspended a moment ago is already
 * suspended here.
 */
public interface VendorStatuses {

    Optional<VendorStatus> statusOf(String vendorId);
}
