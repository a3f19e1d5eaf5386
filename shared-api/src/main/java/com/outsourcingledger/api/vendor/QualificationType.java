package com.outsourcingledger.api.vendor;

/** LABOR_DISPATCH_PERMIT (劳务派遣许可证) is accepted on file, and raises a sham-outsourcing signal on any outsourcing
 * contract of the vendor (§13). */
public enum QualificationType {
    BUSINESS_LICENSE, HR_SERVICE_PERMIT, INDUSTRY_PERMIT, ISO9001, INFOSEC_CERT, SAFETY_CERT, OTHER,
    LABOR_DISPATCH_PERMIT
}
