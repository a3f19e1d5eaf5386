package com.outsourcingledger.api.risk;

import com.outsourcingledger.api.organization.Department;

/**
 * What a registered risk threatens (§14). Each category has the department that owns its assessment, response and
 * review: HR employment risks, LEGAL legal ones, FINANCE financial and credit ones, the business department the
 * operational rest.
 */
public enum RiskCategory {
    LEGAL(Department.LEGAL),
    /** Sham outsourcing (假外包、真派遣) and joint liability for the vendor's workers. */
    EMPLOYMENT(Department.HR),
    OPERATIONAL(Department.BUSINESS),
    FINANCIAL(Department.FINANCE),
    INFOSEC(Department.BUSINESS),
    REPUTATIONAL(Department.BUSINESS),
    SAFETY(Department.BUSINESS),
    TECHNICAL(Department.BUSINESS),
    MARKET(Department.BUSINESS),
    CREDIT(Department.FINANCE);

    private final Department owner;

    RiskCategory(Department owner) {
        this.owner = owner;
    }

    /** The department that owns a risk of this category. */
    public Department owner() {
        return owner;
    }
}
