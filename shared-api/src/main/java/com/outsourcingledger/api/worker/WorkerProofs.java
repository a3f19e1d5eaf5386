package com.outsourcingledger.api.worker;

/**
 * The proofs a vendor files for a worker: the labor contract between the worker and the vendor (not the client),
 * social insurance paid by the vendor for a coverage month ({@code 2026-03}), and the signed confidentiality pledge.
 * Each is a reference to the document.
 */
public record WorkerProofs(String laborContractReference, String socialInsuranceReference,
                           String socialInsuranceMonth, String confidentialityPledgeReference) {
}
