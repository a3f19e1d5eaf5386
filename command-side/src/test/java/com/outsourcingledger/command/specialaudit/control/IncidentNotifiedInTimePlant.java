package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.incident.EmergencyTeamMember;
import com.outsourcingledger.api.incident.IncidentEvent.*;
import com.outsourcingledger.api.incident.IncidentType;
import com.outsourcingledger.api.incident.NotifiedParty;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.specialaudit.AuditControl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.outsourcingledger.command.specialaudit.control.PlantDays.at;

/**
 * Incidents on a contract in service whose 24-hour notification limit ends on the deciding day: a service
 * interruption and a major work injury (the vendor responsible, MANAGEMENT notified too, a team formed), every
 * required party notified within the hour, handled, resolved and reviewed; and an incident where LEGAL was told
 * only after the limit, once the deadline had flagged it overdue.
 */
final class IncidentNotifiedInTimePlant implements ControlPlant {

    private static final String CONTRACT = "cb-incident-contract";
    private static final String VENDOR = ServiceContract.vendorOf(CONTRACT);
    private static final String LATE = "cb-incident-legal-late";
    private static final int LIMIT_HOURS = 24;

    @Override
    public AuditControl control() {
        return AuditControl.INCIDENT_NOTIFIED_IN_TIME;
    }

    @Override
    public List<AuditedEvent> clean(AuditPeriod period) {
        LocalDate day = PlantDays.decidingDay(period);
        List<AuditedEvent> events = new ArrayList<>(ServiceContract.signed(CONTRACT, period).events());
        PlantedHistory interruption = reported("cb-incident-interruption", IncidentType.SERVICE_INTERRUPTION, false,
                at(period, day.minusDays(1), 8, 0), "工单系统中断两小时");
        notified(interruption, "cb-incident-interruption", List.of(NotifiedParty.HR, NotifiedParty.LEGAL,
                NotifiedParty.VENDOR));
        handled(interruption, "cb-incident-interruption", List.of(), at(period, day, 9, 0));
        events.addAll(interruption.events());

        PlantedHistory injury = reported("cb-incident-injury", IncidentType.WORK_INJURY, true,
                at(period, day.minusDays(1), 14, 0), "驻场人员搬运设备时扭伤");
        notified(injury, "cb-incident-injury", List.of(NotifiedParty.HR, NotifiedParty.LEGAL, NotifiedParty.VENDOR,
                NotifiedParty.MANAGEMENT));
        handled(injury, "cb-incident-injury", List.of(new EmergencyTeamMember("王五", Department.BUSINESS, "组长"),
                new EmergencyTeamMember("李四", Department.HR, "人员协调"),
                new EmergencyTeamMember("张三", null, "供应商现场负责人")), at(period, day, 16, 0));
        events.addAll(injury.events());
        return PlantDays.inStoreOrder(events);
    }

    @Override
    public List<AuditedEvent> violation(AuditPeriod period) {
        LocalDate day = PlantDays.decidingDay(period);
        Instant occurred = at(period, day.minusDays(1), 7, 0);
        Instant notifyBy = occurred.plus(Duration.ofHours(LIMIT_HOURS));
        PlantedHistory late = reported(LATE, IncidentType.OTHER, false, occurred, "驻场人员误删共享目录文件");
        notified(late, LATE, List.of(NotifiedParty.HR, NotifiedParty.VENDOR));
        late.by(null, null).at(notifyBy).event(new IncidentNotificationOverdue(LATE, CONTRACT, VENDOR, notifyBy,
                List.of(NotifiedParty.LEGAL)));
        Instant told = notifyBy.plus(Duration.ofHours(2));
        late.by("BUSINESS", "business-1").at(told.plus(Duration.ofMinutes(5)))
                .event(new IncidentPartyNotified(LATE, NotifiedParty.LEGAL, told, true, "电话告知法务部"));
        handled(late, LATE, List.of(), told.plus(Duration.ofHours(6)));
        return late.events();
    }

    @Override
    public String violatingSubjectId() {
        return LATE;
    }

    /** Reported by BUSINESS half an hour after it occurred, with the limit in force. */
    private static PlantedHistory reported(String incidentId, IncidentType type, boolean major, Instant occurred,
                                           String description) {
        List<NotifiedParty> required = major ? List.of(NotifiedParty.HR, NotifiedParty.LEGAL, NotifiedParty.VENDOR,
                NotifiedParty.MANAGEMENT) : List.of(NotifiedParty.HR, NotifiedParty.LEGAL, NotifiedParty.VENDOR);
        return PlantedHistory.of("Incident", incidentId, occurred.plus(Duration.ofMinutes(30)))
                .by("BUSINESS", "business-1")
                .event(new IncidentReported(incidentId, CONTRACT, VENDOR, type, major, occurred, description,
                        List.of(), type.vendorResponsible() ? VENDOR : null, required,
                        occurred.plus(Duration.ofHours(LIMIT_HOURS)), LIMIT_HOURS));
    }

    /** BUSINESS records each party told, ten minutes apart, as it tells them. */
    private static void notified(PlantedHistory incident, String incidentId, List<NotifiedParty> parties) {
        for (NotifiedParty party : parties) {
            incident.by("BUSINESS", "business-1").after(Duration.ofMinutes(10));
            Instant at = incident.events().getLast().timestamp().plus(Duration.ofMinutes(10));
            incident.event(new IncidentPartyNotified(incidentId, party, at, false, "电话并邮件告知"));
        }
    }

    /** The vendor acknowledges; BUSINESS activates the plan (forms the team), informs management, resolves; HR reviews. */
    private static void handled(PlantedHistory incident, String incidentId, List<EmergencyTeamMember> team,
                                Instant reviewedAt) {
        incident.by(null, "vendor-user-1").after(Duration.ofMinutes(30))
                .event(new IncidentAcknowledgedByVendor(incidentId, VENDOR, "供应商已安排现场负责人跟进"))
                .by("BUSINESS", "business-1").after(Duration.ofMinutes(30))
                .event(new EmergencyPlanActivated(incidentId, "启动驻场服务应急预案"));
        if (!team.isEmpty()) {
            incident.after(Duration.ofMinutes(15)).event(new EmergencyTeamFormed(incidentId, team));
        }
        incident.after(Duration.ofHours(1)).event(new ManagementInformed(incidentId, "已控制影响范围，正在处理"))
                .after(Duration.ofHours(2)).event(new IncidentResolved(incidentId, "操作失误", "影响两小时",
                        "已恢复并加强复核"))
                .by("HR", "hr-1").at(reviewedAt).event(new IncidentReviewed(incidentId, "加强驻场人员操作培训"));
    }
}
