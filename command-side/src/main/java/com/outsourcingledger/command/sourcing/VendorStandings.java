package com.outsourcingledger.command.sourcing;

import com.outsourcingledger.api.vendor.VendorStatus;

import java.util.Optional;

/** The current status of each vendor, as far as sourcing needs it: who may be a candidate, who may win. */
interface VendorStandings {

    Optional<VendorStatus> statusOf(String vendorId);
}
