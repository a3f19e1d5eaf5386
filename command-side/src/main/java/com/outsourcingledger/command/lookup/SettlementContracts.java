package com.outsourcingledger.command.lookup;

import java.util.Optional;

/**
 * The facts of a contract a settlement decides on, read from the contract's own stream when asked, so never
 * stale; what may change a moment later (a reservation by another settlement) is decided again by the contract.
 */
public interface SettlementContracts {

    /** Empty for an unknown contract. */
    Optional<ContractFacts> factsOf(String contractId);
}
