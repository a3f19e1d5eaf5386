package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.api.worker.WorkerEvent.AccessGranted;
import com.outsourcingledger.api.worker.WorkerEvent.AccessRevocationOverdue;
import com.outsourcingledger.api.worker.WorkerEvent.AccessRevoked;
import com.outsourcingledger.api.worker.WorkerEvent.AssetIssued;
import com.outsourcingledger.api.worker.WorkerEvent.AssetReturned;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerOffboardingStarted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ACCESS_REVOKED_BY_LAST_SERVICE_DAY (§12): every worker whose last service day fell in the period had each grant
 * revoked and each asset returned on or before that day. The dates revoked and returned decide, as they decide the
 * worker's own {@code late} flag; a grant or asset still held when the period's events end is an exception too,
 * with the durable deadline's {@code AccessRevocationOverdue} among the evidence when it was raised.
 */
final class AccessRevokedByLastServiceDayRule implements ControlRule {

    private static final class Worker {
        private final Map<String, String> grants = new LinkedHashMap<>();
        private final Map<String, String> assets = new LinkedHashMap<>();
        private final Set<String> evidence = new LinkedHashSet<>();
        private final List<String> late = new ArrayList<>();
        private LocalDate lastServiceDay;
        private String offboarding;
    }

    private final Map<String, Worker> workers = new LinkedHashMap<>();

    @Override
    public AuditControl control() {
        return AuditControl.ACCESS_REVOKED_BY_LAST_SERVICE_DAY;
    }

    @Override
    public void accept(AuditedEvent event) {
        switch (event.payload()) {
            case AccessGranted granted -> worker(granted.workerId()).grants.put(granted.grantId(), event.eventId());
            case AssetIssued issued -> worker(issued.workerId()).assets.put(issued.assetId(), event.eventId());
            case AccessRevoked revoked -> {
                Worker worker = worker(revoked.workerId());
                worker.grants.remove(revoked.grantId());
                lateIf(worker, revoked.revokedOn(), revoked.late(), event, "access " + revoked.grantId()
                        + " revoked on " + revoked.revokedOn());
            }
            case AssetReturned returned -> {
                Worker worker = worker(returned.workerId());
                worker.assets.remove(returned.assetId());
                lateIf(worker, returned.returnedOn(), returned.late(), event, "asset " + returned.assetId()
                        + " returned on " + returned.returnedOn());
            }
            case WorkerOffboardingStarted started -> {
                Worker worker = worker(started.workerId());
                worker.lastServiceDay = started.lastServiceDay();
                worker.offboarding = event.eventId();
            }
            case AccessRevocationOverdue overdue -> worker(overdue.workerId()).evidence.add(event.eventId());
            case null, default -> {
            }
        }
    }

    private Worker worker(String workerId) {
        return workers.computeIfAbsent(workerId, id -> new Worker());
    }

    /** Late by its date after the last service day, or as the worker recorded it. */
    private static void lateIf(Worker worker, LocalDate on, boolean recordedLate, AuditedEvent event, String what) {
        if (worker.lastServiceDay == null) {
            return;
        }
        if (recordedLate || on != null && on.isAfter(worker.lastServiceDay)) {
            worker.late.add(what);
            worker.evidence.add(event.eventId());
        }
    }

    @Override
    public ControlAnswer answer(AuditPeriod period) {
        int checked = 0;
        List<ControlException> exceptions = new ArrayList<>();
        for (Map.Entry<String, Worker> entry : workers.entrySet()) {
            Worker worker = entry.getValue();
            if (worker.lastServiceDay == null || !period.contains(worker.lastServiceDay)) {
                continue;
            }
            checked++;
            List<String> problems = new ArrayList<>(worker.late);
            if (!worker.grants.isEmpty()) {
                problems.add("access " + String.join(", ", worker.grants.keySet()) + " still not revoked");
            }
            if (!worker.assets.isEmpty()) {
                problems.add("asset " + String.join(", ", worker.assets.keySet()) + " still not returned");
            }
            if (problems.isEmpty()) {
                continue;
            }
            Set<String> evidence = new LinkedHashSet<>();
            evidence.add(worker.offboarding);
            evidence.addAll(worker.grants.values());
            evidence.addAll(worker.assets.values());
            evidence.addAll(worker.evidence);
            exceptions.add(new ControlException(AggregateKind.WORKER, entry.getKey(), "Worker " + entry.getKey()
                    + " (last service day " + worker.lastServiceDay + "): " + String.join("; ", problems),
                    List.copyOf(evidence)));
        }
        return new ControlAnswer(control(), checked, List.copyOf(exceptions));
    }
}
