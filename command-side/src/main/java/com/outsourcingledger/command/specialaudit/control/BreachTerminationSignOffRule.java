package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.ContractEvent.ContractTerminated;
import com.outsourcingledger.api.contract.ContractEvent.TerminationSignedOff;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each contract terminated for BREACH in the period named its evidence, and LEGAL had signed off every piece of it
 * before the termination (a sign-off covers the evidence it names).
 */
final class BreachTerminationSignOffRule implements ControlRule {

    private final CheckedSubjects subjects = new CheckedSubjects(AggregateKind.CONTRACT);
    /** Per contract, per piece of evidence, the LEGAL sign-off that covered it first. */
    private final Map<String, Map<String, AuditedEvent>> signedOff = new HashMap<>();
    private final Map<String, List<AuditedEvent>> otherSignOffs = new HashMap<>();

    @Override
    public AuditControl control() {
        return AuditControl.BREACH_TERMINATION_LEGAL_SIGN_OFF;
    }

    @Override
    public void accept(AuditedEvent event) {
        switch (event.payload()) {
            case TerminationSignedOff signOff -> record(signOff, event);
            case ContractTerminated terminated when terminated.reason() == TerminationReason.BREACH ->
                    check(terminated, event);
            case null, default -> {
            }
        }
    }

    private void record(TerminationSignedOff signOff, AuditedEvent event) {
        if (!Department.LEGAL.name().equals(event.department())) {
            otherSignOffs.computeIfAbsent(signOff.contractId(), id -> new ArrayList<>()).add(event);
            return;
        }
        Map<String, AuditedEvent> covered = signedOff.computeIfAbsent(signOff.contractId(), id -> new HashMap<>());
        (signOff.evidenceRefs() == null ? List.<String>of() : signOff.evidenceRefs())
                .forEach(ref -> covered.putIfAbsent(ref, event));
    }

    private void check(ContractTerminated terminated, AuditedEvent termination) {
        String contractId = terminated.contractId();
        List<String> refs = terminated.evidenceRefs() == null ? List.of() : terminated.evidenceRefs();
        Map<String, AuditedEvent> covered = signedOff.getOrDefault(contractId, Map.of());
        List<String> unsigned = refs.stream().filter(ref -> !covered.containsKey(ref)).toList();
        if (!refs.isEmpty() && unsigned.isEmpty()) {
            subjects.applied(contractId, termination.timestamp());
            return;
        }
        Set<String> evidence = new LinkedHashSet<>();
        refs.stream().map(covered::get).filter(e -> e != null).forEach(e -> evidence.add(e.eventId()));
        otherSignOffs.getOrDefault(contractId, List.of()).forEach(e -> evidence.add(e.eventId()));
        evidence.add(termination.eventId());
        String violation = refs.isEmpty() ? "terminated for BREACH naming no evidence, so none was signed off by LEGAL"
                : "terminated for BREACH on evidence " + unsigned + " that LEGAL had not signed off";
        if (!otherSignOffs.getOrDefault(contractId, List.of()).isEmpty()) {
            violation += " (a sign-off recorded by another department than LEGAL does not count)";
        }
        subjects.notApplied(contractId, termination.timestamp(), violation, List.copyOf(evidence));
    }

    @Override
    public ControlAnswer answer(AuditPeriod period) {
        return subjects.answer(control(), period);
    }
}
