package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;

import java.util.List;

/**
 * What the planted-violation tests plant for one control: histories where it (and every other control) was applied,
 * and one subject's history violating it alone; every deciding event inside the period.
 */
public interface ControlPlant {

    AuditControl control();

    List<AuditedEvent> clean(AuditPeriod period);

    List<AuditedEvent> violation(AuditPeriod period);

    /** The aggregate identifier of the violating subject: the one exception the checklist must list for it. */
    String violatingSubjectId();
}
