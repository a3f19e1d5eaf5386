package com.outsourcingledger.command.sourcing;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.refusal.SourcingRuleCodes;
import com.outsourcingledger.api.sourcing.Criterion;
import com.outsourcingledger.api.sourcing.PanelMember;
import com.outsourcingledger.api.sourcing.ScoringPolicy;
import com.outsourcingledger.api.sourcing.SourcingCommand.OpenSourcing;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.refusal.Refusal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules a sourcing opens under; each names the rule it enforces. */
final class SourcingRules {

    static final int MINIMUM_CANDIDATES = 3;
    static final Set<Department> PANEL_DEPARTMENTS =
            EnumSet.of(Department.BUSINESS, Department.HR, Department.LEGAL, Department.FINANCE);

    private SourcingRules() {
    }

    static void requirePolicy(ScoringPolicy policy) {
        if (policy.version() == null || policy.version().isBlank() || policy.weights() == null
                || !policy.weights().keySet().equals(EnumSet.allOf(Criterion.class))
                || policy.weights().values().stream().anyMatch(w -> w == null || w < 0)) {
            throw Refusal.unprocessable(SourcingRuleCodes.OPEN_INVALID_POLICY, "A scoring policy has a"
                    + " version and a non-negative weight for each of " + List.of(Criterion.values()));
        }
        if (policy.totalWeight() != 100) {
            throw Refusal.unprocessable(SourcingRuleCodes.OPEN_WEIGHTS_MUST_SUM_TO_100,
                    "The weights of policy " + policy.version() + " sum to " + policy.totalWeight() + ", not 100");
        }
    }

    static void requireCandidates(List<String> candidates) {
        if (candidates == null || candidates.stream().anyMatch(c -> c == null || c.isBlank())) {
            throw Refusal.unprocessable(SourcingRuleCodes.OPEN_TOO_FEW_CANDIDATES,
                    "Name at least " + MINIMUM_CANDIDATES + " candidate vendors");
        }
        if (new HashSet<>(candidates).size() != candidates.size()) {
            throw Refusal.unprocessable(SourcingRuleCodes.OPEN_DUPLICATE_CANDIDATE,
                    "Each candidate vendor is named once");
        }
        if (candidates.size() < MINIMUM_CANDIDATES) {
            throw Refusal.unprocessable(SourcingRuleCodes.OPEN_TOO_FEW_CANDIDATES, "Sourcing needs at least "
                    + MINIMUM_CANDIDATES + " candidate vendors, not " + candidates.size());
        }
    }

    static void requireEligible(String vendorId, VendorStatus status) {
        if (status == null) {
            throw Refusal.unprocessable(SourcingRuleCodes.OPEN_UNKNOWN_VENDOR,
                    "No vendor " + vendorId + " is registered");
        }
        if (status == VendorStatus.BLACKLISTED || status == VendorStatus.SUSPENDED) {
            throw Refusal.unprocessable(SourcingRuleCodes.OPEN_VENDOR_INELIGIBLE,
                    "Vendor " + vendorId + " is " + status + " and cannot be a candidate");
        }
    }

    static void requirePanel(List<PanelMember> panel) {
        if (panel == null || panel.stream().anyMatch(m -> m == null || m.user() == null || m.user().isBlank()
                || m.department() == null)) {
            throw Refusal.unprocessable(SourcingRuleCodes.OPEN_PANEL_INCOMPLETE,
                    "Each panel member is named by login and department");
        }
        if (panel.stream().map(PanelMember::user).distinct().count() != panel.size()) {
            throw Refusal.unprocessable(SourcingRuleCodes.OPEN_DUPLICATE_PANEL_MEMBER,
                    "Each panel member sits on the panel once");
        }
        Set<Department> missing = EnumSet.copyOf(PANEL_DEPARTMENTS);
        panel.forEach(m -> missing.remove(m.department()));
        if (!missing.isEmpty()) {
            throw Refusal.unprocessable(SourcingRuleCodes.OPEN_PANEL_INCOMPLETE, "The evaluation panel"
                    + " needs at least one member each from " + PANEL_DEPARTMENTS + "; none from " + missing);
        }
    }

    /** Whoever opens a sourcing chose its candidates and its panel, so does not also score on it. */
    static void requireOpenerOffPanel(String opener, List<PanelMember> panel) {
        if (opener != null && panel.stream().anyMatch(m -> m.user().equals(opener))) {
            throw Refusal.unprocessable(SourcingRuleCodes.OPEN_PANEL_MEMBER_OPENED_SOURCING, "User " + opener
                    + " opens this sourcing, naming its candidates and panel, and may not also score on the panel");
        }
    }

    static void requireEstablished(OpenSourcing command, ProjectStanding project) {
        if (project == null) {
            throw Refusal.notFound(SourcingRuleCodes.OPEN_UNKNOWN_PROJECT,
                    "No project " + command.projectId() + " exists");
        }
        if (project.status() != ProjectStatus.ESTABLISHED && !project.retenderOpen()) {
            throw Refusal.conflict(SourcingRuleCodes.OPEN_PROJECT_NOT_ESTABLISHED, "Project "
                    + command.projectId() + " is " + project.status() + "; sourcing opens only on an ESTABLISHED project");
        }
        Set<String> authors = command.panel().stream().map(PanelMember::user)
                .filter(project.authors()::contains).collect(Collectors.toSet());
        if (!authors.isEmpty()) {
            throw Refusal.unprocessable(SourcingRuleCodes.OPEN_PANEL_MEMBER_AUTHORED_REQUEST,
                    "Panel members " + authors + " drafted or submitted the project's request and may not score it");
        }
    }

    /** An award for a project no longer in SOURCING (cancelled meanwhile) is refused and drafts nothing. */
    static void requireProjectSourcing(String projectId, ProjectStanding project) {
        ProjectStatus status = project == null ? null : project.status();
        if (status != ProjectStatus.SOURCING) {
            throw Refusal.conflict(SourcingRuleCodes.AWARD_PROJECT_NOT_SOURCING, "Project " + projectId + " is "
                    + status + "; only a project in SOURCING is awarded");
        }
    }

    static void requireScores(Map<Criterion, Integer> scores) {
        if (scores == null || !scores.keySet().equals(EnumSet.allOf(Criterion.class))
                || scores.values().stream().anyMatch(s -> s == null || s < 0 || s > 100)) {
            throw Refusal.unprocessable(SourcingRuleCodes.SCORE_SHEET_INVALID_SCORES,
                    "A score sheet scores each of " + List.of(Criterion.values()) + " from 0 to 100");
        }
    }

    static Refusal alreadySourcing(String projectId, String sourcingId) {
        return Refusal.conflict(SourcingRuleCodes.OPEN_PROJECT_ALREADY_SOURCING,
                "Project " + projectId + " is already being sourced by " + sourcingId);
    }
}
