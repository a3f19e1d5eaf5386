package com.outsourcingledger.platform.problem;

/** The serializable form of a {@link RuleViolationException}, carried as command failure details. */
public record RuleViolation(String rule, int status, String detail) {

    public RuleViolationException toException() {
        return new RuleViolationException(rule, status, detail);
    }
}
