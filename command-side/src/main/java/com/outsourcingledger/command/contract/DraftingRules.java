package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.project.ProjectScope;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.command.lookup.ProjectStatuses;
import com.outsourcingledger.command.lookup.VendorRegistry;
import com.outsourcingledger.command.lookup.VendorStatuses;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who a contract may be drafted with and for: a registered vendor that is neither eliminated nor blacklisted, and,
 * when it names a project, a project that has been awarded (AWARDED or later, and not closed).
 */
final class DraftingRules {

    static final Set<ProjectStatus> DRAFTABLE_PROJECTS =
            EnumSet.of(ProjectStatus.AWARDED, ProjectStatus.CONTRACTED, ProjectStatus.ACTIVE);

    private DraftingRules() {
    }

    static void requireScope(ProjectScope scope) {
        if (scope == null) {
            throw Refusal.unprocessable(ContractRuleCodes.DRAFTING_SCOPE_REQUIRED,
                    "A draft from an award carries the project's scope");
        }
    }

    static void requireDraftable(String vendorId, String projectId, VendorStatuses vendors, VendorRegistry registry,
                                 ProjectStatuses projects) {
        ContractRules.requireText(ContractRuleCodes.DRAFTING_VENDOR_REQUIRED, "drafting", "vendor", vendorId);
        Optional<VendorStatus> vendor = vendors.statusOf(vendorId);
        if (vendor.isEmpty() && !registry.isRegistered(vendorId)) {
            throw Refusal.unprocessable(ContractRuleCodes.DRAFTING_UNKNOWN_VENDOR,
                    "No vendor " + vendorId + " is registered");
        }
        ContractRules.requireNotBarred(vendorId, vendors);
        if (projectId != null) {
            ProjectStatus project = projects.statusOf(projectId).orElseThrow(() -> Refusal.unprocessable(
                    ContractRuleCodes.DRAFTING_UNKNOWN_PROJECT, "No project " + projectId + " exists"));
            if (!DRAFTABLE_PROJECTS.contains(project)) {
                throw Refusal.conflict(ContractRuleCodes.DRAFTING_PROJECT_NOT_AWARDED, "Project " + projectId
                        + " is " + project + "; a contract is drafted for a project once it is awarded");
            }
        }
    }
}
