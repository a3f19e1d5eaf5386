package com.outsourcingledger.api.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * An incident on a contract's service (§14): reported by any internal department, notified to HR, LEGAL and the
 * vendor (and MANAGEMENT when major) within the policy limit, handled under the emergency plan, resolved and
 * reviewed. The acting user and department travel as metadata.
 */
public sealed interface IncidentCommand {

    String incidentId();

    /** Any internal department; {@code workerIds} the contract's workers involved (an INFORMATION_LEAK revokes their access). */
    record ReportIncident(@TargetAggregateIdentifier String incidentId, String contractId, IncidentType type,
                          boolean major, Instant occurredAt, String description, List<String> workerIds)
            implements IncidentCommand {
    }

    /** Any internal department: who was told, and when (not before the occurrence, not in the future). */
    record RecordIncidentNotification(@TargetAggregateIdentifier String incidentId, NotifiedParty party,
                                      Instant notifiedAt, String notes) implements IncidentCommand {
    }

    /** The vendor user of the contract's vendor: the vendor takes up its responsibility. */
    record AcknowledgeIncident(@TargetAggregateIdentifier String incidentId, String notes)
            implements IncidentCommand {
    }

    /** BUSINESS. */
    record ActivateEmergencyPlan(@TargetAggregateIdentifier String incidentId, String plan)
            implements IncidentCommand {
    }

    /** BUSINESS; required before a major incident is resolved. */
    record FormEmergencyTeam(@TargetAggregateIdentifier String incidentId, List<EmergencyTeamMember> members)
            implements IncidentCommand {
    }

    /** Any internal department: management kept informed of the progress. */
    record InformManagement(@TargetAggregateIdentifier String incidentId, String update) implements IncidentCommand {
    }

    /** BUSINESS: time, place, people and cause, the scope and duration of impact, what was done. */
    record ResolveIncident(@TargetAggregateIdentifier String incidentId, String cause, String impact,
                           String resolution) implements IncidentCommand {
    }

    /** BUSINESS or HR, after the resolution: the lessons learnt. */
    record ReviewIncident(@TargetAggregateIdentifier String incidentId, String lessons) implements IncidentCommand {
    }
}
