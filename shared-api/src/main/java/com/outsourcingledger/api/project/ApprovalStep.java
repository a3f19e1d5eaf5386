package com.outsourcingledger.api.project;

import com.outsourcingledger.api.organization.Department;

/** The establishment approval chain, in its fixed order; each step is reviewed by its own department. */
public enum ApprovalStep {
    BUSINESS_HEAD(Department.BUSINESS),
    HR_COMPLIANCE(Department.HR),
    FINANCE_BUDGET(Department.FINANCE),
    LEGAL_RISK(Department.LEGAL),
    MANAGEMENT_FINAL(Department.MANAGEMENT);

    private final Department department;

    ApprovalStep(Department department) {
        this.department = department;
    }

    public Department department() {
        return department;
    }

    public static ApprovalStep first() {
        return BUSINESS_HEAD;
    }

    /** The step after this one, or null after the final approval. */
    public ApprovalStep next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}
