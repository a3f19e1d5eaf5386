package com.outsourcingledger.api.worker;

/**
 * A worker's place in the lifecycle of §12: the vendor's filing is PROPOSED until HR verifies it (FILED) or rejects
 * it (FILING_REJECTED, which the vendor may resubmit); induction, then a badge and email suffix make the worker
 * ACTIVE; the contract's end starts OFFBOARDING, and the worker has EXITED once nothing is held. WITHDRAWN is the
 * vendor's replacement of a worker before exit.
 */
public enum WorkerStatus {
    PROPOSED, FILED, FILING_REJECTED, INDUCTED, ACTIVE, OFFBOARDING, EXITED, WITHDRAWN
}
