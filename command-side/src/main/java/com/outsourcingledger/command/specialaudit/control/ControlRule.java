package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;

/**
 * One checklist control, answered from the stored events. A fresh instance per checklist: it is fed every stored
 * event up to the end of the period in store order (events before the period included, for the history they give),
 * then asked for its answer. It checks the subjects whose deciding event (a signing, an award, a grant, a payment…)
 * fell in the period, and lists as exceptions those where the control was not applied, with the events that show it.
 */
public interface ControlRule {

    AuditControl control();

    void accept(AuditedEvent event);

    ControlAnswer answer(AuditPeriod period);
}
