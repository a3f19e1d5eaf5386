package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.signal.SignalSource;

import java.util.Optional;

/**
 * What a worker held when something was given to them: folded from the worker's own stream up to (not including)
 * one of its events, so a badge issued later never hides a grant given before it.
 */
public interface WorkerCredentials {

    /**
     * The worker's contract and filing before the event at {@code sequence}, and whether a badge and email suffix had
     * been issued; empty for an unknown worker or one not filed by then.
     */
    Optional<Credential> before(String workerId, long sequence);

    /** {@code filing}: the event that filed the worker (HR's verification, else the vendor's submission). */
    record Credential(String contractId, String vendorId, SignalSource filing, boolean badged) {
    }
}
