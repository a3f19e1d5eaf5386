package com.outsourcingledger.command;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RequestRuleCodes;

/**
 * A vendor user (role VENDOR, its vendor in the {@code vendor} metadata) acts only on its own vendor's things:
 * every aggregate a vendor user may act on calls this with the vendor it belongs to.
 */
public final class VendorScope {

    private VendorScope() {
    }

    /** Refuses (403) a vendor user acting for {@code actingVendorId} on what belongs to another vendor. */
    public static void requireOwn(String ownerVendorId, String actingVendorId) {
        if (actingVendorId != null && !actingVendorId.equals(ownerVendorId)) {
            throw Refusal.forbidden(RequestRuleCodes.VENDOR_SCOPE_OTHER_VENDOR,
                    "A vendor user acts only on its own vendor's contracts, evaluations, settlements and notices");
        }
    }
}
