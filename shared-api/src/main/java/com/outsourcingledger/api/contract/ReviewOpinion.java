package com.outsourcingledger.api.contract;

public enum ReviewOpinion {
    APPROVE, REJECT
}
