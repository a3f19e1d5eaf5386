package com.outsourcingledger.api.vendor;

public enum QualificationType {
    BUSINESS_LICENSE, HR_SERVICE_PERMIT, INDUSTRY_PERMIT, ISO9001, INFOSEC_CERT, SAFETY_CERT, OTHER
}
