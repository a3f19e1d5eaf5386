package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.ContractEvent.ContractSigned;
import com.outsourcingledger.api.contract.ContractEvent.NdaRecorded;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each contract signed in the period had its NDA (保密协议) recorded before the signing. */
final class NdaBeforeSigningRule implements ControlRule {

    private final CheckedSubjects subjects = new CheckedSubjects(AggregateKind.CONTRACT);
    private final Map<String, AuditedEvent> ndas = new HashMap<>();

    @Override
    public AuditControl control() {
        return AuditControl.NDA_BEFORE_SIGNING;
    }

    @Override
    public void accept(AuditedEvent event) {
        switch (event.payload()) {
            case NdaRecorded nda -> ndas.putIfAbsent(nda.contractId(), event);
            case ContractSigned signed -> check(signed, event);
            case null, default -> {
            }
        }
    }

    private void check(ContractSigned signed, AuditedEvent signing) {
        if (ndas.containsKey(signed.contractId())) {
            subjects.applied(signed.contractId(), signing.timestamp());
        } else {
            subjects.notApplied(signed.contractId(), signing.timestamp(), "signed"
                            + (signed.signedOn() == null ? "" : " on " + signed.signedOn())
                            + " without an NDA recorded before the signing", List.of(signing.eventId()));
        }
    }

    @Override
    public ControlAnswer answer(AuditPeriod period) {
        return subjects.answer(control(), period);
    }
}
