package com.outsourcingledger.command.lookup;

import java.util.Optional;

/**
 * Whether a vendor was ever registered, read from the vendor's own stream when asked, so a vendor registered a
 * moment ago is known before {@link VendorStatuses} has caught up with it.
 */
public interface VendorRegistry {

    boolean isRegistered(String vendorId);

    /** Who registered the vendor: the acting user of its first event; empty for an unknown vendor. */
    Optional<String> registrantOf(String vendorId);
}
