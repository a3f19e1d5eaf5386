package com.outsourcingledger.command.lookup;

/**
 * Whether a vendor was ever registered, read from the vendor's own stream when asked, so a vendor registered a
 * moment ago is known before {@link VendorStatuses} has caught up with it.
 */
public interface VendorRegistry {

    boolean isRegistered(String vendorId);
}
