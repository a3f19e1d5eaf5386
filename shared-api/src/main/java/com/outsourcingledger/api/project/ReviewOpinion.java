package com.outsourcingledger.api.project;

/** REJECT ends the request; RETURN sends it back to DRAFT for revision, keeping the history. */
public enum ReviewOpinion {
    APPROVE, REJECT, RETURN
}
