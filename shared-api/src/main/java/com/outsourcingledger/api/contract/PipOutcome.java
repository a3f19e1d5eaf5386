package com.outsourcingledger.api.contract;

/** How a performance improvement plan (绩效改进计划) ended. */
public enum PipOutcome {
    SUCCEEDED, FAILED
}
