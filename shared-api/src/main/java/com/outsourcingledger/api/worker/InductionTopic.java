package com.outsourcingledger.api.worker;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an induction may cover. Only the site topics are allowed for outsourced workers; the rest are the
 * company-level onboarding of its own employees, named so that a request for them is refused by rule rather than
 * by a parse error.
 */
public enum InductionTopic {
    SAFETY, CONFIDENTIALITY, WORK_ENVIRONMENT,
    COMPANY_ONBOARDING, COMPANY_CULTURE, PERFORMANCE_STANDARDS, HR_POLICIES;

    public static final Set<InductionTopic> ALLOWED = EnumSet.of(SAFETY, CONFIDENTIALITY, WORK_ENVIRONMENT);

    public boolean allowed() {
        return ALLOWED.contains(this);
    }
}
