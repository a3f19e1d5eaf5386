package com.outsourcingledger.api.compliance;

/** One proof the vendor submitted: which, and a reference to the document (a file number, a voucher batch). */
public record ProofSubmission(ComplianceProof proof, String reference) {
}
