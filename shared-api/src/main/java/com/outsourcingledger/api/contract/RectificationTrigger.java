package com.outsourcingledger.api.contract;

/** What a rectification notice answers (DOMAIN §10). */
public enum RectificationTrigger {
    SLA_BREACH, EVALUATION, COMPLIANCE, INCIDENT, MANUAL, SPECIAL_AUDIT
}
