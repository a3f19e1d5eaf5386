package com.outsourcingledger.api.specialaudit;

import java.util.List;

/** A checklist line: how many subjects the control was checked on in the period, and where it was not applied. */
public record ControlAnswer(AuditControl control, int subjectsChecked, List<ControlException> exceptions) {

    public boolean applied() {
        return exceptions.isEmpty();
    }
}
