package com.outsourcingledger.command.incident;

import com.outsourcingledger.api.incident.IncidentCommand.*;
import com.outsourcingledger.api.incident.IncidentEvent.*;
import com.outsourcingledger.api.incident.IncidentStatus;
import com.outsourcingledger.api.incident.NotifiedParty;
import com.outsourcingledger.api.refusal.IncidentRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.VendorScope;
import com.outsourcingledger.command.incident.IncidentDeadlines.NotificationDue;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;
import com.outsourcingledger.command.lookup.WorkerCredentials;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.api.incident.IncidentStatus.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One incident on a contract's service (§14): reported by any internal department, with the contract's workers
 * involved; HR, LEGAL and the vendor (and MANAGEMENT when major) notified within the policy's limit, each once, and
 * what is still missing at the limit flagged overdue by a durable deadline; acknowledged by the vendor's own user;
 * BUSINESS activates the emergency plan and forms the team, resolves it once every required party was told (a major
 * one only under a plan and a team) and, with HR, reviews it. The vendor is recorded as the responsible party for a
 * work injury or labor dispute; an information leak's consequences are the incident process's.
 */
@Aggregate(cache = "incidentCache")
class Incident {

    @AggregateIdentifier
    private String incidentId;
    private String contractId;
    private String vendorId;
    private boolean major;
    private Instant occurredAt;
    private Instant notifyBy;
    private final List<NotifiedParty> required = new ArrayList<>();
    private final Set<NotifiedParty> notified = EnumSet.noneOf(NotifiedParty.class);
    private boolean acknowledged;
    private boolean planActivated;
    private boolean teamFormed;
    private IncidentStatus status;

    /** A second report of the same id is refused: the first one stands (a client's retry meets it). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReportIncident command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department,
                SettlementContracts contracts, WorkerCredentials workers, IncidentPolicy policy, Clock clock,
                DeadlineManager deadlines) {
        if (status != null) {
            throw Refusal.conflict(IncidentRuleCodes.REPORT_ALREADY_REPORTED, subject() + " is already reported");
        }
        Refusal.requireDepartment(IncidentRuleCodes.REPORT_WRONG_DEPARTMENT, "report of an incident", department,
                IncidentRules.INTERNAL);
        ContractFacts facts = IncidentRules.requireReport(command, clock.instant(), contracts, workers);
        int limit = policy.notificationLimitHours();
        Instant by = command.occurredAt().plus(Duration.ofHours(limit));
        apply(new IncidentReported(command.incidentId(), facts.contractId(), facts.vendorId(), command.type(),
                command.major(), command.occurredAt(), command.description(), IncidentRules.workersOf(command),
                command.type().vendorResponsible() ? facts.vendorId() : null,
                IncidentRules.requiredParties(command.major()), by, limit));
        IncidentDeadlines.scheduleNotificationDue(deadlines, by, clock);
    }

    @DeadlineHandler(deadlineName = IncidentDeadlines.NOTIFICATION_DUE)
    void handle(NotificationDue deadline) {
        List<NotifiedParty> missing = missing();
        if (!missing.isEmpty()) {
            apply(new IncidentNotificationOverdue(incidentId, contractId, vendorId, notifyBy, missing));
        }
    }

    /** Each party once; told after {@code notifyBy} is recorded as late, never refused. */
    @CommandHandler
    void handle(RecordIncidentNotification command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department,
                Clock clock) {
        Refusal.requireDepartment(IncidentRuleCodes.NOTIFICATION_WRONG_DEPARTMENT, "notification record",
                department, IncidentRules.INTERNAL);
        Refusal.requireStatus(IncidentRuleCodes.NOTIFICATION_WRONG_STATUS, subject(), status, "a notification",
                REPORTED, RESPONDING);
        if (command.party() == null) {
            throw Refusal.unprocessable(IncidentRuleCodes.NOTIFICATION_PARTY_REQUIRED,
                    "A notification names the party told: HR, LEGAL, VENDOR or MANAGEMENT");
        }
        if (notified.contains(command.party())) {
            throw Refusal.conflict(IncidentRuleCodes.NOTIFICATION_ALREADY_NOTIFIED,
                    command.party() + " was already notified of " + subject());
        }
        Instant at = IncidentRules.requireNotifiedAt(command.notifiedAt(), occurredAt, clock.instant());
        apply(new IncidentPartyNotified(incidentId, command.party(), at, at.isAfter(notifyBy), command.notes()));
    }

    @CommandHandler
    void handle(AcknowledgeIncident command, @MetaDataValue(MetadataKeys.VENDOR) String vendor) {
        if (Refusal.isBlank(vendor)) {
            throw Refusal.forbidden(IncidentRuleCodes.ACKNOWLEDGEMENT_NOT_A_VENDOR_USER,
                    "An incident is acknowledged by the vendor's own user");
        }
        VendorScope.requireOwn(vendorId, vendor);
        Refusal.requireStatus(IncidentRuleCodes.ACKNOWLEDGEMENT_WRONG_STATUS, subject(), status,
                "an acknowledgement", REPORTED, RESPONDING, RESOLVED);
        if (acknowledged) {
            throw Refusal.conflict(IncidentRuleCodes.ACKNOWLEDGEMENT_ALREADY_ACKNOWLEDGED,
                    subject() + " is already acknowledged by the vendor");
        }
        apply(new IncidentAcknowledgedByVendor(incidentId, vendorId, command.notes()));
    }

    @CommandHandler
    void handle(ActivateEmergencyPlan command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(IncidentRuleCodes.PLAN_WRONG_DEPARTMENT, "emergency plan", department,
                IncidentRules.RESPONDERS);
        Refusal.requireStatus(IncidentRuleCodes.PLAN_WRONG_STATUS, subject(), status, "the emergency plan",
                REPORTED);
        Refusal.requireText(IncidentRuleCodes.PLAN_REQUIRED, command.plan(), "The emergency plan activated is named");
        apply(new EmergencyPlanActivated(incidentId, command.plan()));
    }

    @CommandHandler
    void handle(FormEmergencyTeam command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(IncidentRuleCodes.TEAM_WRONG_DEPARTMENT, "emergency team", department,
                IncidentRules.RESPONDERS);
        Refusal.requireStatus(IncidentRuleCodes.TEAM_WRONG_STATUS, subject(), status, "an emergency team",
                REPORTED, RESPONDING);
        if (teamFormed) {
            throw Refusal.conflict(IncidentRuleCodes.TEAM_ALREADY_FORMED, subject() + " already has its team");
        }
        apply(new EmergencyTeamFormed(incidentId, IncidentRules.requireMembers(command.members())));
    }

    @CommandHandler
    void handle(InformManagement command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(IncidentRuleCodes.MANAGEMENT_WRONG_DEPARTMENT, "management update", department,
                IncidentRules.INTERNAL);
        Refusal.requireStatus(IncidentRuleCodes.MANAGEMENT_WRONG_STATUS, subject(), status, "a management update",
                REPORTED, RESPONDING, RESOLVED);
        Refusal.requireText(IncidentRuleCodes.MANAGEMENT_UPDATE_REQUIRED, command.update(),
                "Management is told of the progress");
        apply(new ManagementInformed(incidentId, command.update()));
    }

    @CommandHandler
    void handle(ResolveIncident command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(IncidentRuleCodes.RESOLUTION_WRONG_DEPARTMENT, "resolution", department,
                IncidentRules.RESPONDERS);
        Refusal.requireStatus(IncidentRuleCodes.RESOLUTION_WRONG_STATUS, subject(), status, "a resolution",
                REPORTED, RESPONDING);
        if (!missing().isEmpty()) {
            throw Refusal.conflict(IncidentRuleCodes.RESOLUTION_PARTIES_NOT_NOTIFIED,
                    subject() + " is resolved once " + missing() + " are notified");
        }
        if (major && !planActivated) {
            throw Refusal.conflict(IncidentRuleCodes.RESOLUTION_PLAN_MISSING,
                    "The major " + subject() + " is resolved under its activated emergency plan");
        }
        if (major && !teamFormed) {
            throw Refusal.conflict(IncidentRuleCodes.RESOLUTION_TEAM_MISSING,
                    "The major " + subject() + " is resolved by its emergency team");
        }
        IncidentRules.requireResolutionDetails(command);
        apply(new IncidentResolved(incidentId, command.cause(), command.impact(), command.resolution()));
    }

    @CommandHandler
    void handle(ReviewIncident command, @MetaDataValue(MetadataKeys.DEPARTMENT) String department) {
        Refusal.requireDepartment(IncidentRuleCodes.REVIEW_WRONG_DEPARTMENT, "review", department,
                IncidentRules.REVIEWERS);
        Refusal.requireStatus(IncidentRuleCodes.REVIEW_WRONG_STATUS, subject(), status, "a review", RESOLVED);
        Refusal.requireText(IncidentRuleCodes.REVIEW_LESSONS_REQUIRED, command.lessons(),
                "A review states the lessons learnt");
        apply(new IncidentReviewed(incidentId, command.lessons()));
    }

    private List<NotifiedParty> missing() {
        return required.stream().filter(p -> !notified.contains(p)).toList();
    }

    private String subject() {
        return "Incident " + incidentId;
    }

    @EventSourcingHandler
    void on(IncidentReported event) {
        incidentId = event.incidentId();
        contractId = event.contractId();
        vendorId = event.vendorId();
        major = event.major();
        occurredAt = event.occurredAt();
        notifyBy = event.notifyBy();
        required.addAll(event.required());
        status = REPORTED;
    }

    @EventSourcingHandler
    void on(IncidentPartyNotified event) {
        notified.add(event.party());
    }

    @EventSourcingHandler
    void on(IncidentAcknowledgedByVendor event) {
        acknowledged = true;
    }

    @EventSourcingHandler
    void on(EmergencyPlanActivated event) {
        planActivated = true;
        status = RESPONDING;
    }

    @EventSourcingHandler
    void on(EmergencyTeamFormed event) {
        teamFormed = true;
    }

    @EventSourcingHandler
    void on(IncidentResolved event) {
        status = RESOLVED;
    }

    @EventSourcingHandler
    void on(IncidentReviewed event) {
        status = REVIEWED;
    }

    Incident() {
        // for Axon: the state is rebuilt from events
    }
}
