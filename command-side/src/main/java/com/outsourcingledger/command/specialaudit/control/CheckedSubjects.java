package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;
import com.outsourcingledger.api.wire.AggregateKind;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a rule found on each deciding event, answered for the period once it is known: the subjects whose deciding
 * event fell in it are checked, and each subject where the control was not applied is one exception, its findings
 * and evidence gathered from every deciding event it had in the period.
 */
final class CheckedSubjects {

    /** A deciding event's finding: the violation (null when applied) as read in the audit's zone, and its evidence. */
    private record Check(String subjectId, Instant decidedAt, Function<ZoneId, String> violation,
                         List<String> evidence) {
    }

    private final AggregateKind kind;
    private final List<Check> checks = new ArrayList<>();

    CheckedSubjects(AggregateKind kind) {
        this.kind = kind;
    }

    void applied(String subjectId, Instant decidedAt) {
        checks.add(new Check(subjectId, decidedAt, zone -> null, List.of()));
    }

    void notApplied(String subjectId, Instant decidedAt, String violation, List<String> evidence) {
        checks.add(new Check(subjectId, decidedAt, zone -> violation, List.copyOf(evidence)));
    }

    /** For a finding that depends on the day an instant fell on in the audit's zone. */
    void check(String subjectId, Instant decidedAt, Function<ZoneId, String> violation, List<String> evidence) {
        checks.add(new Check(subjectId, decidedAt, violation, List.copyOf(evidence)));
    }

    ControlAnswer answer(AuditControl control, AuditPeriod period) {
        Set<String> checked = new LinkedHashSet<>();
        Map<String, Set<String>> violations = new LinkedHashMap<>();
        Map<String, Set<String>> evidence = new LinkedHashMap<>();
        for (Check check : checks) {
            if (check.decidedAt() == null || !period.contains(check.decidedAt())) {
                continue;
            }
            checked.add(check.subjectId());
            String violation = check.violation().apply(period.zone());
            if (violation != null) {
                violations.computeIfAbsent(check.subjectId(), id -> new LinkedHashSet<>()).add(violation);
                evidence.computeIfAbsent(check.subjectId(), id -> new LinkedHashSet<>()).addAll(check.evidence());
            }
        }
        List<ControlException> exceptions = violations.entrySet().stream()
                .map(e -> new ControlException(kind, e.getKey(), kind.aggregateType() + " " + e.getKey() + ": "
                        + String.join("; ", e.getValue()), List.copyOf(evidence.get(e.getKey()))))
                .toList();
        return new ControlAnswer(control, checked.size(), exceptions);
    }
}
