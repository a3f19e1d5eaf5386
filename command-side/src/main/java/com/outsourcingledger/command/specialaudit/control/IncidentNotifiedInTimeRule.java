package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.incident.IncidentEvent.IncidentNotificationOverdue;
import com.outsourcingledger.api.incident.IncidentEvent.IncidentPartyNotified;
import com.outsourcingledger.api.incident.IncidentEvent.IncidentReported;
import com.outsourcingledger.api.incident.NotifiedParty;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;
import com.outsourcingledger.api.wire.AggregateKind;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * INCIDENT_NOTIFIED_IN_TIME (§14): every incident whose notification limit ({@code notifyBy}, the limit in force
 * recorded when it was reported) fell in the period had each required party notified by then. When a party was
 * notified decides, as it decides the incident's own {@code late} flag; a party never notified or notified late is
 * the exception, evidenced by the report, the late notifications and the overdue flag.
 */
final class IncidentNotifiedInTimeRule implements ControlRule {

    private static final int DEFAULT_LIMIT_HOURS = 24;

    private static final class Incident {
        private final String reported;
        private final List<NotifiedParty> required;
        private final Instant notifyBy;
        private final Map<NotifiedParty, Instant> notified = new EnumMap<>(NotifiedParty.class);
        private final Set<String> evidence = new LinkedHashSet<>();

        private Incident(String reported, List<NotifiedParty> required, Instant notifyBy) {
            this.reported = reported;
            this.required = required;
            this.notifyBy = notifyBy;
        }

        private boolean inTime(NotifiedParty party) {
            Instant at = notified.get(party);
            return at != null && !at.isAfter(notifyBy);
        }
    }

    private final Map<String, Incident> incidents = new LinkedHashMap<>();

    @Override
    public AuditControl control() {
        return AuditControl.INCIDENT_NOTIFIED_IN_TIME;
    }

    @Override
    public void accept(AuditedEvent event) {
        switch (event.payload()) {
            case IncidentReported reported -> incidents.put(reported.incidentId(), report(reported, event));
            case IncidentPartyNotified notified -> {
                Incident incident = incidents.get(notified.incidentId());
                if (incident != null && notified.party() != null) {
                    Instant at = notified.notifiedAt() == null ? event.timestamp() : notified.notifiedAt();
                    incident.notified.merge(notified.party(), at, (a, b) -> a.isBefore(b) ? a : b);
                    if (incident.required.contains(notified.party())
                            && (notified.late() || at.isAfter(incident.notifyBy))) {
                        incident.evidence.add(event.eventId());
                    }
                }
            }
            case IncidentNotificationOverdue overdue -> {
                Incident incident = incidents.get(overdue.incidentId());
                if (incident != null) {
                    incident.evidence.add(event.eventId());
                }
            }
            case null, default -> {
            }
        }
    }

    private static Incident report(IncidentReported reported, AuditedEvent event) {
        List<NotifiedParty> required = reported.required() != null ? List.copyOf(reported.required())
                : reported.major() ? List.of(NotifiedParty.HR, NotifiedParty.LEGAL, NotifiedParty.VENDOR,
                NotifiedParty.MANAGEMENT) : List.of(NotifiedParty.HR, NotifiedParty.LEGAL, NotifiedParty.VENDOR);
        Instant notifyBy = reported.notifyBy();
        if (notifyBy == null) {
            Instant occurred = reported.occurredAt() == null ? event.timestamp() : reported.occurredAt();
            int hours = reported.notificationLimitHours() > 0 ? reported.notificationLimitHours()
                    : DEFAULT_LIMIT_HOURS;
            notifyBy = occurred.plus(Duration.ofHours(hours));
        }
        return new Incident(event.eventId(), required, notifyBy);
    }

    @Override
    public ControlAnswer answer(AuditPeriod period) {
        int checked = 0;
        List<ControlException> exceptions = new ArrayList<>();
        for (Map.Entry<String, Incident> entry : incidents.entrySet()) {
            Incident incident = entry.getValue();
            if (!period.contains(incident.notifyBy)) {
                continue;
            }
            checked++;
            List<String> missed = new ArrayList<>();
            for (NotifiedParty party : incident.required) {
                if (!incident.inTime(party)) {
                    missed.add(party + (incident.notified.containsKey(party) ? " notified late, at "
                            + incident.notified.get(party) : " not notified"));
                }
            }
            if (missed.isEmpty()) {
                continue;
            }
            Set<String> evidence = new LinkedHashSet<>();
            evidence.add(incident.reported);
            evidence.addAll(incident.evidence);
            exceptions.add(new ControlException(AggregateKind.INCIDENT, entry.getKey(), "Incident " + entry.getKey()
                    + " (notify by " + incident.notifyBy + "): " + String.join("; ", missed),
                    List.copyOf(evidence)));
        }
        return new ControlAnswer(control(), checked, List.copyOf(exceptions));
    }
}
