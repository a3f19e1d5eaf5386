package com.outsourcingledger.system;

import com.outsourcingledger.api.incident.IncidentEvent.IncidentNotificationOverdue;
import com.outsourcingledger.api.incident.IncidentEvent.IncidentPartyNotified;
import com.outsourcingledger.api.incident.IncidentEvent.IncidentReported;
import com.outsourcingledger.api.incident.IncidentType;
import com.outsourcingledger.api.incident.NotifiedParty;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.risk.RiskCategory;
import com.outsourcingledger.api.risk.RiskEvent.RiskAssessed;
import com.outsourcingledger.api.risk.RiskEvent.RiskEscalated;
import com.outsourcingledger.api.risk.RiskEvent.RiskIdentified;
import com.outsourcingledger.api.risk.RiskEvent.RiskResponsePlanned;
import com.outsourcingledger.api.risk.RiskLevel;
import com.outsourcingledger.api.risk.RiskResponseStrategy;
import com.outsourcingledger.api.risk.RiskSubjectKind;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;
import com.outsourcingledger.api.specialaudit.FindingSeverity;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.AuditChecklistGenerated;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.AuditFindingRecorded;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.SpecialAuditJoinedByHr;
import com.outsourcingledger.api.specialaudit.SpecialAuditEvent.SpecialAuditOpened;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Risks, incidents and special audits appended to the command side's store as their aggregates would apply them,
 * for the tests that need them read back: the three command sides are built apart (issue 17). Once merged, each is
 * driven over HTTP instead ({@code POST /risks}, {@code POST /incidents}, {@code POST /special-audits}).
 */
final class RiskRegisterStandIns {

    private RiskRegisterStandIns() {
    }

    /** A work injury on the contract's service an hour ago, its vendor responsible, nobody notified yet. */
    static void reportIncident(LedgerSystem system, String incidentId, String vendorId, String contractId) {
        Instant occurredAt = Instant.now().minus(Duration.ofHours(1));
        append(system, AggregateKind.INCIDENT, incidentId, "business", Department.BUSINESS,
                new IncidentReported(incidentId, contractId, vendorId, IncidentType.WORK_INJURY, false, occurredAt,
                        "驻场人员摔伤", List.of(), vendorId,
                        List.of(NotifiedParty.HR, NotifiedParty.LEGAL, NotifiedParty.VENDOR),
                        occurredAt.plus(Duration.ofHours(24)), 24),
                new IncidentPartyNotified(incidentId, NotifiedParty.HR, occurredAt.plusSeconds(60), false, "电话"),
                new IncidentNotificationOverdue(incidentId, contractId, vendorId,
                        occurredAt.plus(Duration.ofHours(24)), List.of(NotifiedParty.LEGAL, NotifiedParty.VENDOR)));
    }

    /** An employment risk on the contract assessed HIGH, escalated to MANAGEMENT and responded to. */
    static void registerRisk(LedgerSystem system, String riskId, String contractId, LocalDate reviewBy) {
        append(system, AggregateKind.RISK, riskId, "hr", Department.HR,
                new RiskIdentified(riskId, RiskSubjectKind.CONTRACT, contractId, RiskCategory.EMPLOYMENT, "假外包",
                        "现场管理指挥工人", Department.HR),
                new RiskAssessed(riskId, 4, 4, 16, RiskLevel.HIGH, 15, 6, "信号已确认"),
                new RiskEscalated(riskId, RiskSubjectKind.CONTRACT, contractId, RiskLevel.HIGH, Department.MANAGEMENT),
                new RiskResponsePlanned(riskId, RiskSubjectKind.CONTRACT, contractId, RiskResponseStrategy.REDUCE,
                        "整改驻场管理", reviewBy, 12));
    }

    /** A special audit of last year, joined by HR, its checklist naming the contract, a finding on it. */
    static void openSpecialAudit(LedgerSystem system, String auditId, String contractId, LocalDate today) {
        LocalDate from = today.minusYears(1).withDayOfYear(1);
        LocalDate to = from.plusYears(1).minusDays(1);
        append(system, AggregateKind.SPECIAL_AUDIT, auditId, "audit", Department.AUDIT,
                new SpecialAuditOpened(auditId, from, to, List.of(), "全部外包"),
                new SpecialAuditJoinedByHr(auditId),
                new AuditChecklistGenerated(auditId, from, to, List.of(
                        new ControlAnswer(AuditControl.NDA_BEFORE_SIGNING, 1, List.of(new ControlException(
                                AggregateKind.CONTRACT, contractId, "签约前无保密协议", List.of("evt-" + contractId)))),
                        new ControlAnswer(AuditControl.PIP_CONCLUDED, 0, List.of())), 100),
                new AuditFindingRecorded(auditId, "f-1", AuditControl.NDA_BEFORE_SIGNING, FindingSeverity.MEDIUM,
                        "补签保密协议", List.of("evt-" + contractId), Department.LEGAL, today.plusDays(30), null,
                        null));
    }

    private static void append(LedgerSystem system, AggregateKind kind, String id, String user,
                               Department department, Object... events) {
        EventStore store = system.commandSide().getBean(EventStore.class);
        for (int i = 0; i < events.length; i++) {
            store.publish(new GenericDomainEventMessage<>(kind.aggregateType(), id, i, events[i],
                    MetaData.with(MetadataKeys.USER, user).and(MetadataKeys.DEPARTMENT, department.name())));
        }
    }
}
