package com.outsourcingledger.api.incident;

import java.time.Instant;
import java.util.List;

/**
 * What happened to one incident (§14). Stored type names are forever: evolve with {@code @Revision} and upcasters or
 * {@code @AddedLater}, never by moving or renaming a record. The notification limit in force is recorded.
 */
public sealed interface IncidentEvent {

    String incidentId();

    /**
     * {@code responsibleVendorId}: the vendor, recorded as the responsible party for a WORK_INJURY or LABOR_DISPUTE
     * (else null). {@code notifyBy} = {@code occurredAt} + {@code notificationLimitHours}; {@code required} the
     * parties to notify by then.
     */
    record IncidentReported(String incidentId, String contractId, String vendorId, IncidentType type, boolean major,
                            Instant occurredAt, String description, List<String> workerIds,
                            String responsibleVendorId, List<NotifiedParty> required, Instant notifyBy,
                            int notificationLimitHours) implements IncidentEvent {
    }

    /** {@code late}: notified after {@code notifyBy}. */
    record IncidentPartyNotified(String incidentId, NotifiedParty party, Instant notifiedAt, boolean late,
                                 String notes) implements IncidentEvent {
    }

    /** Raised by the durable deadline at {@code notifyBy} for the required parties not notified by then. */
    record IncidentNotificationOverdue(String incidentId, String contractId, String vendorId, Instant notifyBy,
                                       List<NotifiedParty> missing) implements IncidentEvent {
    }

    record IncidentAcknowledgedByVendor(String incidentId, String vendorId, String notes) implements IncidentEvent {
    }

    record EmergencyPlanActivated(String incidentId, String plan) implements IncidentEvent {
    }

    record EmergencyTeamFormed(String incidentId, List<EmergencyTeamMember> members) implements IncidentEvent {
    }

    record ManagementInformed(String incidentId, String update) implements IncidentEvent {
    }

    record IncidentResolved(String incidentId, String cause, String impact, String resolution)
            implements IncidentEvent {
    }

    record IncidentReviewed(String incidentId, String lessons) implements IncidentEvent {
    }
}
