package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.signal.SignalSource;

import java.util.Optional;

/** Whether a vendor holds a labor-dispatch permit (劳务派遣许可证) now, read from the vendor's own stream when asked. */
public interface VendorPermits {

    /** The event that put the permit the vendor holds on file; empty when it holds none or it expired. */
    Optional<SignalSource> laborDispatchPermit(String vendorId);
}
