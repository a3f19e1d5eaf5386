package com.outsourcingledger.command.risk;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.risk.RiskCategory;
import com.outsourcingledger.api.risk.RiskLevel;
import com.outsourcingledger.api.risk.RiskResponseStrategy;
import com.outsourcingledger.api.risk.RiskSubjectKind;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The guards of the risk register's acts: who acts, the 1–5 scale, the response and the next review date. */
final class RiskRules {

    static final Set<Department> INTERNAL = EnumSet.allOf(Department.class);
    static final List<Department> MANAGEMENT = List.of(Department.MANAGEMENT);
    private static final int SCALE_MIN = 1;
    private static final int SCALE_MAX = 5;

    private RiskRules() {
    }

    /** A risk names what it is on, its category and a title. */
    static boolean complete(RiskSubjectKind subjectKind, String subjectId, RiskCategory category, String title) {
        return subjectKind != null && !Refusal.isBlank(subjectId) && category != null && !Refusal.isBlank(title);
    }

    static void requireOwner(String rule, String act, String department, Department owner) {
        Refusal.requireDepartment(rule, act, department, List.of(owner));
    }

    /** Likelihood and impact are each rated 1 to 5. */
    static void requireScale(String rule, Integer likelihood, Integer impact) {
        if (!onScale(likelihood) || !onScale(impact)) {
            throw Refusal.unprocessable(rule, "Likelihood and impact are each rated " + SCALE_MIN + " to "
                    + SCALE_MAX + ", not " + likelihood + " and " + impact);
        }
    }

    private static boolean onScale(Integer value) {
        return value != null && value >= SCALE_MIN && value <= SCALE_MAX;
    }

    /** A response is named; ACCEPT only for a LOW risk, which is then monitored. */
    static void requireStrategy(String requiredRule, String acceptRule, RiskResponseStrategy strategy,
                                RiskLevel level) {
        if (strategy == null) {
            throw Refusal.unprocessable(requiredRule, "A response is AVOID, REDUCE, TRANSFER or ACCEPT");
        }
        if (strategy == RiskResponseStrategy.ACCEPT && level != RiskLevel.LOW) {
            throw Refusal.unprocessable(acceptRule, "Only a LOW risk may be accepted; this one is " + level);
        }
    }

    /** The next review: the policy's longest interval when none is given, never later, never before today. */
    static LocalDate reviewBy(LocalDate requested, LocalDate today, RiskPolicy policy, String pastRule,
                              String lateRule) {
        LocalDate latest = today.plusMonths(policy.maxReviewMonths());
        if (requested == null) {
            return latest;
        }
        if (requested.isBefore(today)) {
            throw Refusal.unprocessable(pastRule, "A risk is reviewed on a day to come, not on " + requested);
        }
        if (requested.isAfter(latest)) {
            throw Refusal.unprocessable(lateRule, "A risk is reviewed at least every " + policy.maxReviewMonths()
                    + " months: by " + latest + " at the latest, not " + requested);
        }
        return requested;
    }
}
