package com.outsourcingledger.system;

import java.time.YearMonth;
import java.util.Map;

import static com.outsourcingledger.system.ContractSteps.created;

/** Outsourced workers over HTTP: a vendor's user files a worker for one of its vendor's contracts. */
final class WorkerSteps {

    private WorkerSteps() {
    }

    /** Files worker {@code "wk-" + contractId} as the vendor user; returns its id once the query side shows it. */
    static String file(LedgerSystem system, LedgerClient client, LedgerClient portal, String portalUser,
                       String contractId) {
        String workerId = "wk-" + contractId;
        created(portal.post(system.commandUrl("/workers"), portalUser, Map.of("workerId", workerId,
                "contractId", contractId,
                "personalData", Map.of("name", "李四", "idNumber", "110101199001011234", "contact", "13800000000"),
                "proofs", Map.of("laborContractReference", "LC-" + workerId, "socialInsuranceReference",
                        "SI-" + workerId, "socialInsuranceMonth", YearMonth.now().minusMonths(1).toString(),
                        "confidentialityPledgeReference", "NDA-" + workerId))));
        ProjectSteps.awaitQuery(system, client, "/workers/" + workerId, worker -> true);
        return workerId;
    }
}
