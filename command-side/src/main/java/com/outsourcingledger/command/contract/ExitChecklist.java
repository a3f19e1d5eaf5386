package com.outsourcingledger.command.contract;

import com.outsourcingledger.platform.problem.RuleViolationException;

/** The four exit steps (项目交接计划) a contract needs recorded before it closes. */
final class ExitChecklist {

    enum Step { KNOWLEDGE_TRANSFER, ASSETS_RECOVERED, ACCESS_REVOKED, FINAL_SETTLEMENT }

    private final java.util.EnumSet<Step> done = java.util.EnumSet.noneOf(Step.class);

    void requireOpen(String contractId, Step step) {
        if (done.contains(step)) {
            throw RuleViolationException.conflict("contract.exit.already-recorded",
                    "Contract " + contractId + " already has " + step + " recorded");
        }
    }

    void record(Step step) {
        done.add(step);
    }

    boolean complete() {
        return done.size() == Step.values().length;
    }
}
