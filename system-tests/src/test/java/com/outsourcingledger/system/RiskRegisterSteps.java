package com.outsourcingledger.system;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.system.ContractSteps.command;
import static com.outsourcingledger.system.ContractSteps.created;
import static com.outsourcingledger.system.ContractSteps.ok;

/** A risk, an incident and a special audit on a contract, each through its command side over HTTP (§14). */
final class RiskRegisterSteps {

    private RiskRegisterSteps() {
    }

    /** An employment risk on the contract assessed HIGH (escalated to MANAGEMENT) and responded to. */
    static void registerRisk(LedgerSystem system, LedgerClient client, String riskId, String contractId,
                             LocalDate reviewBy) {
        created(command(system, client, "hr", "/risks", Map.of("riskId", riskId, "subjectKind", "CONTRACT",
                "subjectId", contractId, "category", "EMPLOYMENT", "title", "假外包", "description", "现场管理指挥工人")));
        ok(command(system, client, "hr", "/risks/" + riskId + "/assessments",
                Map.of("likelihood", 4, "impact", 4, "rationale", "信号已确认")));
        ok(command(system, client, "hr", "/risks/" + riskId + "/response", Map.of("strategy", "REDUCE",
                "controls", "整改驻场管理", "reviewBy", reviewBy.toString())));
    }

    /** A work injury on the contract's service an hour ago, HR notified. */
    static void reportIncident(LedgerSystem system, LedgerClient client, String incidentId, String contractId) {
        Instant occurredAt = Instant.now().minusSeconds(3600);
        created(command(system, client, "business", "/incidents", Map.of("incidentId", incidentId,
                "contractId", contractId, "type", "WORK_INJURY", "major", false,
                "occurredAt", occurredAt.toString(), "description", "驻场人员摔伤")));
        ok(command(system, client, "business", "/incidents/" + incidentId + "/notifications", Map.of(
                "party", "HR", "notifiedAt", occurredAt.plusSeconds(60).toString(), "notes", "电话")));
    }

    /** A special audit of last year, joined by HR, its checklist generated from the store, a finding recorded. */
    static void openSpecialAudit(LedgerSystem system, LedgerClient client, String auditId, LocalDate today) {
        LocalDate from = today.minusYears(1).withDayOfYear(1);
        created(command(system, client, "audit", "/special-audits", Map.of("auditId", auditId,
                "periodFrom", from.toString(), "periodTo", from.plusYears(1).minusDays(1).toString(),
                "scope", "全部外包", "vendorIds", List.of())));
        ok(command(system, client, "hr", "/special-audits/" + auditId + "/hr-participation", Map.of()));
        ok(command(system, client, "audit", "/special-audits/" + auditId + "/checklist", Map.of()));
        created(command(system, client, "audit", "/special-audits/" + auditId + "/findings", Map.of(
                "findingId", "f-1", "control", "NDA_BEFORE_SIGNING", "severity", "MEDIUM",
                "description", "补签保密协议", "evidenceEventIds", List.of(), "owner", "LEGAL",
                "dueOn", today.plusDays(30).toString())));
    }
}
