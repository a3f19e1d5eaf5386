package com.outsourcingledger.query.incident;

import com.outsourcingledger.api.incident.EmergencyTeamMember;
import com.outsourcingledger.api.incident.IncidentEvent;
import com.outsourcingledger.api.incident.IncidentEvent.*;
import com.outsourcingledger.api.incident.IncidentQuery.IncidentDetail;
import com.outsourcingledger.api.incident.IncidentQuery.IncidentNotificationView;
import com.outsourcingledger.api.incident.IncidentQuery.IncidentResolutionView;
import com.outsourcingledger.api.incident.IncidentQuery.ManagementUpdateView;
import com.outsourcingledger.api.incident.IncidentQuery.VendorAcknowledgementView;
import com.outsourcingledger.api.incident.IncidentStatus;
import com.outsourcingledger.api.incident.NotifiedParty;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The incident's detail as a pure fold over its events: the live read model and the audit's as-of and diff both go
 * through {@link #evolve}. Who reported, recorded a notification, acknowledged, activated the plan, formed the team,
 * informed management, resolved or reviewed comes from the {@link Step}.
 */
@Component
public final class IncidentView implements ViewFold<IncidentDetail> {

    IncidentView() {
    }

    @Override
    public String aggregateType() {
        return AggregateKind.INCIDENT.aggregateType();
    }

    @Override
    public Class<IncidentDetail> viewType() {
        return IncidentDetail.class;
    }

    @Override
    public IncidentDetail evolve(IncidentDetail current, Object event, Step step) {
        return evolve(current, (IncidentEvent) event, step);
    }

    /** {@code current} is null before the incident is reported. */
    public static IncidentDetail evolve(IncidentDetail current, IncidentEvent event, Step step) {
        if (current == null) {
            if (event instanceof IncidentReported e) {
                List<NotifiedParty> required = e.required() == null ? List.of() : List.copyOf(e.required());
                return new IncidentDetail(e.incidentId(), e.contractId(), e.vendorId(), e.type(), e.major(),
                        e.occurredAt(), e.description(), e.workerIds() == null ? List.of() : List.copyOf(e.workerIds()),
                        e.responsibleVendorId(), required, e.notifyBy(), e.notificationLimitHours(), List.of(),
                        required, false, IncidentStatus.REPORTED, step.user(), step.at(), null, null, null, null,
                        List.of(), null, List.of(), null, null, null, null, step.sequence(), step.at());
            }
            throw new IllegalArgumentException("incident " + event.incidentId() + " was not reported before "
                    + event.getClass().getSimpleName());
        }
        Draft d = new Draft(current);
        switch (event) {
            case IncidentReported e -> {
            }
            case IncidentPartyNotified e -> {
                d.notifications.removeIf(n -> n.party() == e.party());
                d.notifications.add(new IncidentNotificationView(e.party(), e.notifiedAt(), e.late(), e.notes(),
                        step.user(), step.at()));
            }
            case IncidentNotificationOverdue e -> d.notificationOverdue = true;
            case IncidentAcknowledgedByVendor e -> d.acknowledgement = new VendorAcknowledgementView(e.vendorId(),
                    e.notes(), step.user(), step.at());
            case EmergencyPlanActivated e -> {
                d.plan = e.plan();
                d.planActivatedBy = step.user();
                d.planActivatedAt = step.at();
                if (d.status == IncidentStatus.REPORTED) {
                    d.status = IncidentStatus.RESPONDING;
                }
            }
            case EmergencyTeamFormed e -> {
                d.team = e.members() == null ? List.of() : List.copyOf(e.members());
                d.teamFormedBy = step.user();
            }
            case ManagementInformed e -> d.updates.add(new ManagementUpdateView(e.update(), step.user(), step.at()));
            case IncidentResolved e -> {
                d.resolution = new IncidentResolutionView(e.cause(), e.impact(), e.resolution(), step.user(),
                        step.at());
                d.status = IncidentStatus.RESOLVED;
            }
            case IncidentReviewed e -> {
                d.lessons = e.lessons();
                d.reviewedBy = step.user();
                d.reviewedAt = step.at();
                d.status = IncidentStatus.REVIEWED;
            }
        }
        return d.build(step);
    }

    /** The detail being changed by one event. */
    private static final class Draft {

        private final IncidentDetail c;
        final List<IncidentNotificationView> notifications;
        boolean notificationOverdue;
        IncidentStatus status;
        VendorAcknowledgementView acknowledgement;
        String plan;
        String planActivatedBy;
        Instant planActivatedAt;
        List<EmergencyTeamMember> team;
        String teamFormedBy;
        final List<ManagementUpdateView> updates;
        IncidentResolutionView resolution;
        String lessons;
        String reviewedBy;
        Instant reviewedAt;

        Draft(IncidentDetail c) {
            this.c = c;
            notifications = new ArrayList<>(c.notifications());
            notificationOverdue = c.notificationOverdue();
            status = c.status();
            acknowledgement = c.acknowledgement();
            plan = c.emergencyPlan();
            planActivatedBy = c.planActivatedBy();
            planActivatedAt = c.planActivatedAt();
            team = c.team();
            teamFormedBy = c.teamFormedBy();
            updates = new ArrayList<>(c.managementUpdates());
            resolution = c.resolution();
            lessons = c.lessons();
            reviewedBy = c.reviewedBy();
            reviewedAt = c.reviewedAt();
        }

        IncidentDetail build(Step step) {
            List<NotifiedParty> missing = c.required().stream()
                    .filter(p -> notifications.stream().noneMatch(n -> n.party() == p)).toList();
            return new IncidentDetail(c.incidentId(), c.contractId(), c.vendorId(), c.type(), c.major(),
                    c.occurredAt(), c.description(), c.workerIds(), c.responsibleVendorId(), c.required(),
                    c.notifyBy(), c.notificationLimitHours(), List.copyOf(notifications), missing,
                    notificationOverdue, status, c.reportedBy(), c.reportedAt(), acknowledgement, plan,
                    planActivatedBy, planActivatedAt, team, teamFormedBy, List.copyOf(updates), resolution, lessons,
                    reviewedBy, reviewedAt, step.sequence(), step.at());
        }
    }
}
