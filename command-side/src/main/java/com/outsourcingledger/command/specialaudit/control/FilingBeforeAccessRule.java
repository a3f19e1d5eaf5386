package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.api.worker.WorkerEvent.AccessGranted;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerFiled;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerFilingResubmitted;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerFilingSubmitted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FILING_BEFORE_ACCESS (§12): every access granted in the period went to a worker whose filing HR had verified
 * before the grant. A grant with no verification before it, or with one recorded by another department, is an
 * exception on the worker, evidenced by the grant and the filing events it rests on.
 */
final class FilingBeforeAccessRule implements ControlRule {

    private record Grant(String grantId, String eventId, Instant at, String problem, List<String> filingEvidence) {
    }

    private final Map<String, String> submissions = new HashMap<>();
    private final Map<String, AuditedEvent> verifications = new HashMap<>();
    private final Map<String, List<Grant>> grants = new LinkedHashMap<>();

    @Override
    public AuditControl control() {
        return AuditControl.FILING_BEFORE_ACCESS;
    }

    @Override
    public void accept(AuditedEvent event) {
        switch (event.payload()) {
            case WorkerFilingSubmitted submitted -> submissions.put(submitted.workerId(), event.eventId());
            case WorkerFilingResubmitted resubmitted -> submissions.put(resubmitted.workerId(), event.eventId());
            case WorkerFiled filed -> verifications.put(filed.workerId(), event);
            case AccessGranted granted -> grants.computeIfAbsent(granted.workerId(), id -> new ArrayList<>())
                    .add(grant(granted, event));
            case null, default -> {
            }
        }
    }

    private Grant grant(AccessGranted granted, AuditedEvent event) {
        AuditedEvent verification = verifications.get(granted.workerId());
        List<String> evidence = new ArrayList<>();
        if (submissions.containsKey(granted.workerId())) {
            evidence.add(submissions.get(granted.workerId()));
        }
        String problem = null;
        if (verification == null) {
            problem = "before HR verified the worker's filing";
        } else if (!Department.HR.name().equals(verification.department())) {
            problem = "on a filing verified by " + (verification.department() == null ? "no department"
                    : verification.department()) + ", not HR";
            evidence.add(verification.eventId());
        }
        return new Grant(granted.grantId(), event.eventId(), event.timestamp(), problem, evidence);
    }

    @Override
    public ControlAnswer answer(AuditPeriod period) {
        int checked = 0;
        List<ControlException> exceptions = new ArrayList<>();
        for (Map.Entry<String, List<Grant>> worker : grants.entrySet()) {
            List<Grant> inPeriod = worker.getValue().stream().filter(g -> period.contains(g.at())).toList();
            if (inPeriod.isEmpty()) {
                continue;
            }
            checked++;
            List<Grant> unfiled = inPeriod.stream().filter(g -> g.problem() != null).toList();
            if (!unfiled.isEmpty()) {
                exceptions.add(exception(worker.getKey(), unfiled));
            }
        }
        return new ControlAnswer(control(), checked, List.copyOf(exceptions));
    }

    private static ControlException exception(String workerId, List<Grant> unfiled) {
        Set<String> evidence = new LinkedHashSet<>();
        List<String> descriptions = new ArrayList<>();
        for (Grant grant : unfiled) {
            evidence.add(grant.eventId());
            evidence.addAll(grant.filingEvidence());
            descriptions.add("access " + grant.grantId() + " was granted " + grant.problem());
        }
        return new ControlException(AggregateKind.WORKER, workerId, "Worker " + workerId + ": "
                + String.join("; ", descriptions), List.copyOf(evidence));
    }
}
