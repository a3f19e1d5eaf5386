package com.outsourcingledger.api.vendor;

import com.outsourcingledger.api.organization.Department;

/**
 * What due diligence must establish before admission (002 P1 Art.6, P3 Art.3(4), P3 Art.5(2)),
 * each examined by the department that owns it.
 */
public enum AdmissionCriterion {
    VALID_BUSINESS_LICENSE(Department.LEGAL),
    REQUIRED_PERMITS(Department.LEGAL),
    NO_MAJOR_LEGAL_VIOLATIONS(Department.LEGAL),
    LITIGATION_CHECK(Department.LEGAL),
    CAPABILITY_STAFF_EQUIPMENT(Department.HR),
    MANAGEMENT_SYSTEMS(Department.HR),
    LABOR_SECURITY_CREDIT(Department.HR),
    FINANCIAL_STATEMENTS(Department.FINANCE);

    private final Department examiner;

    AdmissionCriterion(Department examiner) {
        this.examiner = examiner;
    }

    public Department examiner() {
        return examiner;
    }
}
