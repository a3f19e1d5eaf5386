package com.outsourcingledger.command.lookup;

/**
 * The workers filed for each contract, which no contract stream holds: a contract with workers has its exit step
 * "access revoked" derived from their exits rather than typed in.
 */
public interface ContractWorkers {

    /** Records that {@code workerId} serves {@code contractId}; a repeat changes nothing. */
    void enlist(String workerId, String contractId);

    boolean hasWorkers(String contractId);
}
