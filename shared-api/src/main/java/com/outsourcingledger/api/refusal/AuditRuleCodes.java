package com.outsourcingledger.api.refusal;

/**
 * The rules an auditor's reads (diffs, proofs, checkpoints) are refused under.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class AuditRuleCodes {

    public static final String CHECKPOINT_EMPTY_LOG = "audit.checkpoint.empty-log";
    public static final String CHECKPOINT_NOT_FOUND = "audit.checkpoint.not-found";

    public static final String DIFF_FROM_BEFORE_TO = "audit.diff.from-before-to";

    public static final String PROOF_EMPTY_LOG = "audit.proof.empty-log";
    public static final String PROOF_RANGE = "audit.proof.range";
    public static final String PROOF_SEALED = "audit.proof.sealed";

    private AuditRuleCodes() {
    }
}
