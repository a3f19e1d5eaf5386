package com.outsourcingledger.api.refusal;

/**
 * The rules an operator's projection rebuilds and skips are refused under.
 * Each value is a client's contract (the problem-details {@code rule} member): never change one.
 */
public final class ProjectionRuleCodes {

    public static final String NOT_FOUND = "projection.not-found";

    public static final String REBUILD_CLAIMED = "projection.rebuild.claimed";
    public static final String REBUILD_RUNNING = "projection.rebuild.running";
    public static final String REBUILD_STUCK = "projection.rebuild.stuck";
    public static final String REBUILD_UNSUPPORTED = "projection.rebuild.unsupported";

    public static final String SKIP_AUDIT_INDEX = "projection.skip.audit-index";
    public static final String SKIP_EVENT_REQUIRED = "projection.skip.event-required";
    public static final String SKIP_REASON_REQUIRED = "projection.skip.reason-required";

    private ProjectionRuleCodes() {
    }
}
