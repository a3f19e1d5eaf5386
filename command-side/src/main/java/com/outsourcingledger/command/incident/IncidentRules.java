package com.outsourcingledger.command.incident;

import com.outsourcingledger.api.incident.EmergencyTeamMember;
import com.outsourcingledger.api.incident.IncidentCommand.ReportIncident;
import com.outsourcingledger.api.incident.IncidentCommand.ResolveIncident;
import com.outsourcingledger.api.incident.NotifiedParty;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.refusal.IncidentRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;
import com.outsourcingledger.command.lookup.WorkerCredentials;
import com.outsourcingledger.command.lookup.WorkerCredentials.Credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The guards of an incident's report, notifications, emergency team and resolution. */
final class IncidentRules {

    /** Every internal department reports, notifies and keeps management informed. */
    static final Set<Department> INTERNAL = EnumSet.allOf(Department.class);
    static final Set<Department> RESPONDERS = Set.of(Department.BUSINESS);
    static final Set<Department> REVIEWERS = Set.of(Department.BUSINESS, Department.HR);

    private IncidentRules() {
    }

    /**
     * What happened, when (not ahead of now) and on which known contract; each worker named is one of that contract's
     * (filed for it, whatever became of the filing). Returns the contract's facts.
     */
    static ContractFacts requireReport(ReportIncident command, Instant now, SettlementContracts contracts,
                                       WorkerCredentials workers) {
        if (command.type() == null) {
            throw Refusal.unprocessable(IncidentRuleCodes.REPORT_TYPE_REQUIRED,
                    "An incident names its type: WORK_INJURY, LABOR_DISPUTE, SERVICE_INTERRUPTION, INFORMATION_LEAK,"
                            + " SAFETY_ACCIDENT or OTHER");
        }
        if (command.occurredAt() == null) {
            throw Refusal.unprocessable(IncidentRuleCodes.REPORT_OCCURRED_AT_REQUIRED,
                    "An incident states when it occurred");
        }
        if (command.occurredAt().isAfter(now)) {
            throw Refusal.unprocessable(IncidentRuleCodes.REPORT_OCCURRED_IN_FUTURE,
                    "An incident is reported once it occurred, not ahead at " + command.occurredAt());
        }
        Refusal.requireText(IncidentRuleCodes.REPORT_DESCRIPTION_REQUIRED, command.description(),
                "An incident is described");
        ContractFacts facts = contracts.factsOf(command.contractId()).orElseThrow(() -> Refusal.notFound(
                IncidentRuleCodes.REPORT_UNKNOWN_CONTRACT, "No contract " + command.contractId()));
        for (String workerId : workersOf(command)) {
            String contractOfWorker = workers.before(workerId, Long.MAX_VALUE).map(Credential::contractId)
                    .orElse(null);
            if (!facts.contractId().equals(contractOfWorker)) {
                throw Refusal.unprocessable(IncidentRuleCodes.REPORT_WORKER_NOT_OF_CONTRACT,
                        "Worker " + workerId + " is not a worker of contract " + facts.contractId());
            }
        }
        return facts;
    }

    /** The workers named, each once, in the order named. */
    static List<String> workersOf(ReportIncident command) {
        return command.workerIds() == null ? List.of()
                : command.workerIds().stream().filter(Objects::nonNull).distinct().toList();
    }

    /** HR, LEGAL and the vendor always; MANAGEMENT too when major. */
    static List<NotifiedParty> requiredParties(boolean major) {
        List<NotifiedParty> required = new ArrayList<>(List.of(NotifiedParty.HR, NotifiedParty.LEGAL,
                NotifiedParty.VENDOR));
        if (major) {
            required.add(NotifiedParty.MANAGEMENT);
        }
        return List.copyOf(required);
    }

    /** When the party was told: now when not given, never before the occurrence nor ahead of now. */
    static Instant requireNotifiedAt(Instant given, Instant occurredAt, Instant now) {
        Instant at = given == null ? now : given;
        if (at.isAfter(now)) {
            throw Refusal.unprocessable(IncidentRuleCodes.NOTIFICATION_IN_FUTURE,
                    "A notification is recorded once it was given, not ahead at " + at);
        }
        if (at.isBefore(occurredAt)) {
            throw Refusal.unprocessable(IncidentRuleCodes.NOTIFICATION_BEFORE_OCCURRENCE,
                    "A notification at " + at + " cannot precede the incident, which occurred at " + occurredAt);
        }
        return at;
    }

    static List<EmergencyTeamMember> requireMembers(List<EmergencyTeamMember> members) {
        if (members == null || members.isEmpty() || members.stream().anyMatch(m -> m == null
                || Refusal.isBlank(m.name()) || Refusal.isBlank(m.role()))) {
            throw Refusal.unprocessable(IncidentRuleCodes.TEAM_MEMBERS_REQUIRED,
                    "An emergency team names at least one member, each with a name and a role");
        }
        return List.copyOf(members);
    }

    /** Time, place, people and cause; the scope and duration of impact; what was done. */
    static void requireResolutionDetails(ResolveIncident command) {
        if (Refusal.isBlank(command.cause()) || Refusal.isBlank(command.impact())
                || Refusal.isBlank(command.resolution())) {
            throw Refusal.unprocessable(IncidentRuleCodes.RESOLUTION_DETAILS_REQUIRED,
                    "A resolution states the cause, the impact and what was done");
        }
    }
}
