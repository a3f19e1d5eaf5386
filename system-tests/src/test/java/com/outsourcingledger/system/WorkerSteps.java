package com.outsourcingledger.system;

import static com.outsourcingledger.system.ContractSteps.created;

/** Outsourced workers over HTTP: a vendor's user files a worker for one of its vendor's contracts. */
final class WorkerSteps {

    private WorkerSteps() {
    }

    /** Files worker {@code "wk-" + contractId} as the vendor user; returns its id once the query side shows it. */
    static String file(LedgerSystem system, LedgerClient client, LedgerClient portal, String portalUser,
                       String contractId) {
        String workerId = "wk-" + contractId;
        VendorEndpoints.Call filing = VendorEndpoints.workerFiling(workerId, contractId);
        created(portal.post(system.commandUrl(filing.path()), portalUser, filing.body()));
        ProjectSteps.awaitQuery(system, client, "/workers/" + workerId, worker -> true);
        return workerId;
    }
}
