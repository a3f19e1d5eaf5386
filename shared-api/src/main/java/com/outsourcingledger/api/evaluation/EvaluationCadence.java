package com.outsourcingledger.api.evaluation;

/** How often a contract's service is evaluated, set when drafting; QUARTERLY when the contract names none. */
public enum EvaluationCadence {
    MONTHLY, QUARTERLY, SEMI_ANNUAL, ANNUAL;

    public static final EvaluationCadence DEFAULT = QUARTERLY;

    public int months() {
        return switch (this) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case SEMI_ANNUAL -> 6;
            case ANNUAL -> 12;
        };
    }
}
