package com.outsourcingledger.api.refusal;

/**
 * The rules personal data (个人信息) is refused under. Each value is a client's contract (the problem-details
 * {@code rule} member): never change one.
 */
public final class PrivacyRuleCodes {

    /** The subject's key was destroyed (erasure): nothing is sealed for that subject again. */
    public static final String PERSONAL_DATA_ERASED = "privacy.personal-data.erased";

    private PrivacyRuleCodes() {
    }
}
