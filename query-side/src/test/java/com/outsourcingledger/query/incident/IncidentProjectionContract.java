package com.outsourcingledger.query.incident;

import com.outsourcingledger.api.incident.EmergencyTeamMember;
import com.outsourcingledger.api.incident.IncidentEvent;
import com.outsourcingledger.api.incident.IncidentEvent.*;
import com.outsourcingledger.api.incident.IncidentQuery.*;
import com.outsourcingledger.api.incident.IncidentStatus;
import com.outsourcingledger.api.incident.IncidentType;
import com.outsourcingledger.api.organization.Department;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.api.incident.NotifiedParty.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The incident projection driven through its handlers against a real database, as the app drives it. */
abstract class IncidentProjectionContract {

    static final Instant T0 = Instant.parse("2026-04-10T02:00:00Z");

    private final Map<String, Long> sequences = new HashMap<>();
    private long clock;
    private IncidentProjection projection;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        projection = new IncidentProjection(dataSource());
        projection.reset();
    }

    private void apply(IncidentEvent... events) {
        for (IncidentEvent event : events) {
            long sequence = sequences.merge(event.incidentId(), 1L, Long::sum) - 1;
            projection.on(event, T0.plusSeconds(clock++), sequence, "user-" + event.incidentId() + "-" + sequence);
        }
    }

    private static IncidentReported reported(String incidentId, String contractId, String vendorId,
                                             IncidentType type, boolean major, Instant occurredAt) {
        return new IncidentReported(incidentId, contractId, vendorId, type, major, occurredAt, "描述",
                List.of("w-1"), type.vendorResponsible() ? vendorId : null,
                major ? List.of(HR, LEGAL, VENDOR, MANAGEMENT) : List.of(HR, LEGAL, VENDOR),
                occurredAt.plus(Duration.ofHours(24)), 24);
    }

    private IncidentDetail incident(String incidentId) {
        return projection.handle(new FindIncident(incidentId)).orElseThrow();
    }

    @Test
    void servesTheDetailWithNotificationsPlanTeamUpdatesResolutionAndReview() {
        apply(reported("i-1", "c-1", "v-1", IncidentType.WORK_INJURY, true, T0),
                new IncidentPartyNotified("i-1", HR, T0.plusSeconds(600), false, "电话"),
                new IncidentAcknowledgedByVendor("i-1", "v-1", "已派人"),
                new EmergencyPlanActivated("i-1", "工伤预案"),
                new EmergencyTeamFormed("i-1", List.of(new EmergencyTeamMember("王五", Department.BUSINESS, "组长"),
                        new EmergencyTeamMember("供应商经理", null, "联络"))),
                new ManagementInformed("i-1", "伤员已送医"));
        IncidentDetail responding = incident("i-1");
        assertThat(responding).extracting(IncidentDetail::status, IncidentDetail::responsibleVendorId,
                IncidentDetail::reportedBy, IncidentDetail::planActivatedBy, IncidentDetail::emergencyPlan)
                .containsExactly(IncidentStatus.RESPONDING, "v-1", "user-i-1-0", "user-i-1-3", "工伤预案");
        assertThat(responding.notifications()).extracting(IncidentNotificationView::party,
                IncidentNotificationView::late, IncidentNotificationView::recordedBy)
                .containsExactly(tuple(HR, false, "user-i-1-1"));
        assertThat(responding.missing()).containsExactly(LEGAL, VENDOR, MANAGEMENT);
        assertThat(responding.acknowledgement()).extracting(VendorAcknowledgementView::vendorId,
                VendorAcknowledgementView::acknowledgedBy).containsExactly("v-1", "user-i-1-2");
        assertThat(responding.team()).extracting(EmergencyTeamMember::name).containsExactly("王五", "供应商经理");
        assertThat(responding.managementUpdates()).extracting(ManagementUpdateView::update).containsExactly("伤员已送医");

        apply(new IncidentPartyNotified("i-1", LEGAL, T0.plusSeconds(700), false, null),
                new IncidentPartyNotified("i-1", VENDOR, T0.plusSeconds(700), false, null),
                new IncidentPartyNotified("i-1", MANAGEMENT, T0.plusSeconds(700), false, null),
                new IncidentResolved("i-1", "设备故障", "一人轻伤", "已赔付"),
                new IncidentReviewed("i-1", "加强培训"));
        IncidentDetail reviewed = incident("i-1");
        assertThat(reviewed.missing()).isEmpty();
        assertThat(reviewed.resolution()).extracting(IncidentResolutionView::cause, IncidentResolutionView::resolvedBy)
                .containsExactly("设备故障", "user-i-1-9");
        assertThat(reviewed).extracting(IncidentDetail::status, IncidentDetail::lessons, IncidentDetail::reviewedBy,
                IncidentDetail::sequence).containsExactly(IncidentStatus.REVIEWED, "加强培训", "user-i-1-10", 10L);
        assertThat(projection.handle(new FindIncident("i-9"))).isEmpty();
    }

    @Test
    void listsByTypeStatusContractAndVendorLatestFirst() {
        apply(reported("i-1", "c-1", "v-1", IncidentType.SERVICE_INTERRUPTION, false, T0),
                reported("i-2", "c-2", "v-1", IncidentType.INFORMATION_LEAK, false, T0.plusSeconds(3600)),
                reported("i-3", "c-3", "v-2", IncidentType.SERVICE_INTERRUPTION, true, T0.plusSeconds(60)),
                new IncidentResolved("i-3", "a", "b", "c"));

        assertThat(projection.handle(new FindIncidents(null, null, false, null, "v-1", 0, 20)).items())
                .extracting(IncidentSummary::incidentId).containsExactly("i-2", "i-1");
        assertThat(projection.handle(new FindIncidents(IncidentType.SERVICE_INTERRUPTION, null, false, null, null, 0,
                20)).items()).extracting(IncidentSummary::incidentId).containsExactly("i-3", "i-1");
        assertThat(projection.handle(new FindIncidents(IncidentType.SERVICE_INTERRUPTION, null, true, null, null, 0,
                20)).items()).extracting(IncidentSummary::incidentId).containsExactly("i-1");
        assertThat(projection.handle(new FindIncidents(null, IncidentStatus.RESOLVED, false, null, null, 0, 20))
                .items()).extracting(IncidentSummary::incidentId).containsExactly("i-3");
        IncidentPage contract = projection.handle(new FindIncidents(null, null, false, "c-2", null, 0, 1));
        assertThat(contract.totalItems()).isEqualTo(1);
        assertThat(contract.items()).extracting(IncidentSummary::incidentId).containsExactly("i-2");
    }

    @Test
    void keepsOverdueNotificationsUntilTheMissingPartiesAreToldAndCounts() {
        apply(reported("i-1", "c-1", "v-1", IncidentType.SAFETY_ACCIDENT, true, T0),
                reported("i-2", "c-2", "v-2", IncidentType.OTHER, false, T0.minusSeconds(3600)),
                reported("i-3", "c-3", "v-1", IncidentType.OTHER, false, T0),
                new IncidentNotificationOverdue("i-1", "c-1", "v-1", T0.plusSeconds(86400),
                        List.of(HR, LEGAL, VENDOR, MANAGEMENT)),
                new IncidentNotificationOverdue("i-2", "c-2", "v-2", T0.plusSeconds(82800), List.of(HR, LEGAL, VENDOR)));

        assertThat(projection.handle(new FindOverdueIncidentNotifications(null, 0, 50)).items())
                .extracting(IncidentSummary::incidentId, IncidentSummary::notificationOverdue)
                .containsExactly(tuple("i-2", true), tuple("i-1", true));
        assertThat(projection.handle(new FindOverdueIncidentNotifications("v-1", 0, 50)).items())
                .extracting(IncidentSummary::incidentId).containsExactly("i-1");
        IncidentCounts counts = projection.handle(new FindIncidentCounts());
        assertThat(counts).extracting(IncidentCounts::open, IncidentCounts::openMajor,
                IncidentCounts::overdueNotifications).containsExactly(3L, 1L, 2L);
        assertThat(counts.openByType()).containsEntry(IncidentType.OTHER, 2L)
                .containsEntry(IncidentType.SAFETY_ACCIDENT, 1L).containsEntry(IncidentType.WORK_INJURY, 0L);

        Instant late = T0.plusSeconds(90000);
        apply(new IncidentPartyNotified("i-2", HR, late, true, null),
                new IncidentPartyNotified("i-2", LEGAL, late, true, null),
                new IncidentPartyNotified("i-2", VENDOR, late, true, null));
        assertThat(projection.handle(new FindOverdueIncidentNotifications(null, 0, 50)).items())
                .extracting(IncidentSummary::incidentId).containsExactly("i-1");
        assertThat(incident("i-2").notificationOverdue()).as("the record that it was late").isTrue();
        assertThat(incident("i-2").notifications()).allMatch(IncidentNotificationView::late);
    }

    @Test
    void skipsAnEventItHasAlreadyFolded() {
        apply(reported("i-1", "c-1", "v-1", IncidentType.OTHER, false, T0), new EmergencyPlanActivated("i-1", "p"));
        projection.on(new IncidentResolved("i-1", "x", "y", "z"), T0, 1L, "again");

        assertThat(incident("i-1").status()).isEqualTo(IncidentStatus.RESPONDING);
        assertThat(incident("i-1").resolution()).isNull();
    }
}
