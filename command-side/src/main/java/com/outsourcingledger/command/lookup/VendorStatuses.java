package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.vendor.VendorStatus;

import java.util.Optional;

/**
 * Each vendor's current status, as the sourcing and contract rules need it: who may be a candidate, who may
 * win, who may sign. It trails the vendor's own stream by a tracking processor's lag (normally well under a
 * second), so a vendor suspended a moment ago may still pass for a moment.
 */
public interface VendorStatuses {

    Optional<VendorStatus> statusOf(String vendorId);
}
