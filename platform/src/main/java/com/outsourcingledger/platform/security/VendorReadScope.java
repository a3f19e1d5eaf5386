package com.outsourcingledger.platform.security;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.RequestRuleCodes;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a read confines a vendor user to its own vendor (DOMAIN §15); internal users read as before. A list
 * is filtered to the user's vendor; a single document of another vendor is answered as unknown (404), so a vendor
 * user cannot even learn which ids exist.
 */
public final class VendorReadScope {

    private VendorReadScope() {
    }

    /**
     * The vendor filter a list query runs with: the one asked for, or for a vendor user its own vendor; a vendor user
     * asking for another vendor's list is refused.
     */
    public static String listFilter(String requestedVendorId) {
        Optional<String> own = Actor.currentVendorId();
        if (own.isEmpty()) {
            return requestedVendorId;
        }
        if (requestedVendorId != null && !requestedVendorId.equals(own.get())) {
            throw Refusal.forbidden(RequestRuleCodes.VENDOR_SCOPE_OTHER_VENDOR,
                    "A vendor user reads only its own vendor's things");
        }
        return own.get();
    }

    /** The document as the acting user may see it: empty when a vendor user asks for another vendor's. */
    public static <T> Optional<T> visible(Optional<T> document, Function<T, String> vendorOf) {
        Optional<String> own = Actor.currentVendorId();
        return own.isEmpty() ? document : document.filter(d -> own.get().equals(vendorOf.apply(d)));
    }

    /**
     * What hangs under one owner, such as a contract's evaluations, settlements or lineage: a vendor user reads it
     * only when the owner is its own vendor's, and is otherwise answered as for an unknown owner. The owner's vendor
     * (empty for an unknown owner) is looked up only for a vendor user.
     */
    public static void requireOwner(Supplier<Optional<String>> ownerVendorId,
                                    Supplier<? extends RuntimeException> unknownOwner) {
        Optional<String> own = Actor.currentVendorId();
        if (own.isPresent() && !own.equals(ownerVendorId.get())) {
            throw unknownOwner.get();
        }
    }
}
