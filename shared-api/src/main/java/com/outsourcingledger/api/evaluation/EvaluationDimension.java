package com.outsourcingledger.api.evaluation;

/**
 * What an evaluation scores, 0–100 each: the service of the contract as a whole, never a named worker.
 * {@link #INNOVATION_VALUE_ADD} is optional.
 */
public enum EvaluationDimension {
    EFFICIENCY, QUALITY, CUSTOMER_SATISFACTION, RESPONSE_SPEED, PERSONNEL_STABILITY, COMPLIANCE, INNOVATION_VALUE_ADD
}
