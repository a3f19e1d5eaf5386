package com.outsourcingledger.api.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Questions the incident read models answer, and their answers (§14). A vendor user reads its own vendor's only. */
public sealed interface IncidentQuery {

    record FindIncident(String incidentId) implements IncidentQuery {
    }

    /**
     * Incidents by type, status, contract and vendor, any may be null; {@code openOnly}: REPORTED or RESPONDING only.
     * Latest occurrence first.
     */
    record FindIncidents(IncidentType type, IncidentStatus status, boolean openOnly, String contractId,
                         String vendorId, int page, int size) implements IncidentQuery {
    }

    /** Incidents past their notification limit with a required party still not notified, oldest limit first. */
    record FindOverdueIncidentNotifications(String vendorId, int page, int size) implements IncidentQuery {
    }

    /** The dashboard's counts of incidents. */
    record FindIncidentCounts() implements IncidentQuery {
    }

    /** {@code late}: after the limit; {@code recordedBy}: who recorded the notification. */
    record IncidentNotificationView(NotifiedParty party, Instant notifiedAt, boolean late, String notes,
                                    String recordedBy, Instant recordedAt) {
    }

    record ManagementUpdateView(String update, String informedBy, Instant informedAt) {
    }

    record VendorAcknowledgementView(String vendorId, String notes, String acknowledgedBy, Instant acknowledgedAt) {
    }

    record IncidentResolutionView(String cause, String impact, String resolution, String resolvedBy,
                                  Instant resolvedAt) {
    }

    /**
     * {@code missing}: required parties not notified yet; {@code notificationOverdue}: the limit passed with some
     * missing (stays true as the record of it once they are notified late).
     */
    record IncidentDetail(String incidentId, String contractId, String vendorId, IncidentType type, boolean major,
                          Instant occurredAt, String description, List<String> workerIds,
                          String responsibleVendorId, List<NotifiedParty> required, Instant notifyBy,
                          int notificationLimitHours, List<IncidentNotificationView> notifications,
                          List<NotifiedParty> missing, boolean notificationOverdue, IncidentStatus status,
                          String reportedBy, Instant reportedAt, VendorAcknowledgementView acknowledgement,
                          String emergencyPlan, String planActivatedBy, Instant planActivatedAt,
                          List<EmergencyTeamMember> team, String teamFormedBy,
                          List<ManagementUpdateView> managementUpdates, IncidentResolutionView resolution,
                          String lessons, String reviewedBy, Instant reviewedAt, long sequence,
                          Instant lastChangedAt) {
    }

    record IncidentSummary(String incidentId, String contractId, String vendorId, IncidentType type, boolean major,
                           Instant occurredAt, IncidentStatus status, Instant notifyBy, List<NotifiedParty> missing,
                           boolean notificationOverdue, boolean acknowledgedByVendor, Instant lastChangedAt) {
    }

    record IncidentPage(List<IncidentSummary> items, int page, int size, long totalItems) {
    }

    /** {@code overdueNotifications}: incidents past their limit with a required party still not notified. */
    record IncidentCounts(long open, long openMajor, Map<IncidentType, Long> openByType, long overdueNotifications) {
    }
}
