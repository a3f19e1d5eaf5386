package com.outsourcingledger.platform.problem;

import java.util.Optional;

/**
 * Asks whether a store the ledger needs (the database, Axon Server) can be reached now. Consulted only when a
 * request failed in a way no known shape explains, to tell an outage (503) from a bug (500).
 */
@FunctionalInterface
public interface StoreProbe {

    /** The name of the store when it cannot be reached now, or empty when it can. */
    Optional<String> unreachable();
}
