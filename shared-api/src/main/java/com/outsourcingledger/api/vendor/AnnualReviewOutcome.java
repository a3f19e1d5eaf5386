package com.outsourcingledger.api.vendor;

public enum AnnualReviewOutcome {
    SOUND, CONCERNS
}
