package com.outsourcingledger.api.contract;

/** Whether the measured value must reach the target from below (AT_LEAST) or stay under it (AT_MOST). */
public enum SlaDirection {
    AT_LEAST, AT_MOST
}
