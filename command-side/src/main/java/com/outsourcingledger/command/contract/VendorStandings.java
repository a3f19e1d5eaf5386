package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.vendor.VendorStatus;

import java.util.Optional;

/**
 * The current status of each vendor as the contract side last saw it: a projection of vendor events,
 * behind the vendor's own stream by the few milliseconds its tracking processor takes.
 */
interface VendorStandings {

    Optional<VendorStatus> statusOf(String vendorId);
}
