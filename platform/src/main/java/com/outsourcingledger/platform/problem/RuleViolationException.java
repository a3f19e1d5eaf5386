package com.outsourcingledger.platform.problem;

/**
 * A refused request that names the rule it broke. {@code status} is the HTTP status it maps to:
 * 403 (the acting department may not do this), 404 (unknown), 409 (the current state forbids it) or
 * 422 (the request breaks a business rule).
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;
    private final int status;

    public RuleViolationException(String rule, int status, String detail) {
        super(detail);
        this.rule = rule;
        this.status = status;
    }

    public static RuleViolationException conflict(String rule, String detail) {
        return new RuleViolationException(rule, 409, detail);
    }

    public static RuleViolationException unprocessable(String rule, String detail) {
        return new RuleViolationException(rule, 422, detail);
    }

    public static RuleViolationException forbidden(String rule, String detail) {
        return new RuleViolationException(rule, 403, detail);
    }

    public static RuleViolationException notFound(String rule, String detail) {
        return new RuleViolationException(rule, 404, detail);
    }

    public String rule() {
        return rule;
    }

    public int status() {
        return status;
    }

    public RuleViolation toRuleViolation() {
        return new RuleViolation(rule, status, getMessage());
    }
}
