package com.outsourcingledger.command.contract;

import com.outsourcingledger.platform.problem.RuleViolationException;

import java.util.HashMap;
import java.util.Map;

/** Rectification notices of one contract: open until verified or failed. */
final class Rectifications {

    private record Notice(String metricId, boolean planRecorded, boolean concluded) {
    }

    private final Map<String, Notice> notices = new HashMap<>();

    boolean exists(String noticeId) {
        return notices.containsKey(noticeId);
    }

    boolean openFor(String metricId) {
        return metricId != null && notices.values().stream()
                .anyMatch(n -> !n.concluded() && metricId.equals(n.metricId()));
    }

    int count() {
        return notices.size();
    }

    void issue(String noticeId, String metricId) {
        notices.put(noticeId, new Notice(metricId, false, false));
    }

    void planRecorded(String noticeId) {
        notices.computeIfPresent(noticeId, (id, n) -> new Notice(n.metricId(), true, n.concluded()));
    }

    void concluded(String noticeId) {
        notices.computeIfPresent(noticeId, (id, n) -> new Notice(n.metricId(), n.planRecorded(), true));
    }

    void requireOpen(String contractId, String noticeId, String act) {
        Notice notice = notices.get(noticeId);
        if (notice == null) {
            throw RuleViolationException.notFound("contract.rectification.not-found",
                    "Contract " + contractId + " has no rectification notice " + noticeId);
        }
        if (notice.concluded()) {
            throw RuleViolationException.conflict("contract." + act + ".notice-concluded",
                    "Rectification notice " + noticeId + " is already concluded");
        }
    }

    void requirePlan(String noticeId) {
        if (!notices.get(noticeId).planRecorded()) {
            throw RuleViolationException.conflict("contract.rectification-conclusion.no-plan",
                    "Rectification notice " + noticeId + " has no vendor plan recorded yet");
        }
    }
}
