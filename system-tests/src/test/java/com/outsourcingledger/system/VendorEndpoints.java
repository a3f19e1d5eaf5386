package com.outsourcingledger.system;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every endpoint that admits VENDOR, each with a call on the acting vendor's own thing and the same call on another
 * vendor's. {@code VendorEndpointsGuardTest} fails for an endpoint of either app that admits VENDOR and has no case
 * here; {@code ContractLifecycleEndToEndTest#aVendorUserReachesOnlyItsOwnVendorsThingsOnEveryVendorEndpoint} runs every
 * case over HTTP: another vendor's is refused (403 or 404) with nothing written, its own succeeds.
 */
final class VendorEndpoints {

    enum App { COMMAND, QUERY }

    /**
     * Two admitted vendors, each with an active contract; A's user acts. Each contract has an open rectification
     * notice, an open PIP awaiting its plan, two evaluations shared with the vendor ({@code confirmPeriod} to confirm,
     * {@code disputePeriod} to dispute), a settlement returned to the vendor ({@code settlementPeriod}) and an ended
     * settlement period not requested yet ({@code unsettledPeriod}); the periods are the same for both contracts.
     * Each contract has a worker filed by its vendor's user and rejected by HR ({@code workerA}, {@code workerB}),
     * one filed and verified ({@code servingA}, {@code servingB}), the employment-compliance check its returned
     * settlement's request opened ({@link #checkOf}) and an incident reported by BUSINESS ({@link #incidentOf}).
     */
    record World(String vendorA, String vendorB, String contractA, String contractB, String noticeA, String noticeB,
                 String pipA, String pipB, String confirmPeriod, String disputePeriod, String settlementPeriod,
                 String unsettledPeriod, String workerA, String workerB, String servingA, String servingB) {
    }

    /** {@code writes}: the aggregate a write would append to (to prove nothing was), null for a read. */
    record Call(App app, String method, String path, Object body, String writes) {
    }

    /** {@code endpoint}: the controller's class below {@code com.outsourcingledger.}, then {@code #method}. */
    record Case(String endpoint, Function<World, Call> own, Function<World, Call> other) {
    }

    private static final Map<String, String> DISPUTE = Map.of("reasons", "质量评分偏低");
    static final Map<String, String> WORKER_PROOFS = Map.of("laborContractReference", "LC-1",
            "socialInsuranceReference", "SI-1", "socialInsuranceMonth", "2026-03",
            "confidentialityPledgeReference", "NDA-1");

    private static final Map<String, String> SOCIAL_INSURANCE_RENEWAL = Map.of("reference", "SI-2", "month",
            WORKER_PROOFS.get("socialInsuranceMonth"));

    static final List<Case> CASES = List.of(
            new Case("query.contract.ContractController#findContract",
                    w -> read("/contracts/" + w.contractA()), w -> read("/contracts/" + w.contractB())),
            new Case("query.contract.ContractController#findContracts",
                    w -> read("/contracts"), w -> read("/contracts?vendorId=" + w.vendorB())),
            new Case("query.vendor.VendorController#findVendor",
                    w -> read("/vendors/" + w.vendorA()), w -> read("/vendors/" + w.vendorB())),
            new Case("query.worker.WorkerController#findWorker",
                    w -> read("/workers/" + w.workerA()), w -> read("/workers/" + w.workerB())),
            new Case("query.worker.WorkerController#findVendorWorkers",
                    w -> read("/vendors/" + w.vendorA() + "/workers"),
                    w -> read("/vendors/" + w.vendorB() + "/workers")),
            new Case("query.worker.WorkerController#findContractWorkers",
                    w -> read("/contracts/" + w.contractA() + "/workers"),
                    w -> read("/contracts/" + w.contractB() + "/workers")),
            new Case("query.worker.WorkerController#findIncompleteWorkers",
                    w -> read("/workers/incomplete?gap=BADGE"),
                    w -> read("/workers/incomplete?vendorId=" + w.vendorB())),
            new Case("query.worker.WorkerController#findExitedWithLiveAccess",
                    w -> read("/workers/exited-with-live-access"),
                    w -> read("/workers/exited-with-live-access?vendorId=" + w.vendorB())),
            new Case("command.contract.ContractPerformanceController#plan",
                    w -> plan(w.contractA(), w.noticeA()), w -> plan(w.contractB(), w.noticeB())),
            new Case("command.contract.ContractPipController#plan",
                    w -> pipPlan(w.contractA(), w.pipA()), w -> pipPlan(w.contractB(), w.pipB())),
            new Case("query.evaluation.EvaluationController#findEvaluation",
                    w -> read("/evaluations/" + w.contractA() + ":" + w.confirmPeriod()),
                    w -> read("/evaluations/" + w.contractB() + ":" + w.confirmPeriod())),
            new Case("query.evaluation.EvaluationController#findContractEvaluations",
                    w -> read("/contracts/" + w.contractA() + "/evaluations"),
                    w -> read("/contracts/" + w.contractB() + "/evaluations")),
            new Case("query.evaluation.EvaluationController#findVendorEvaluations",
                    w -> read("/vendors/" + w.vendorA() + "/evaluations"),
                    w -> read("/vendors/" + w.vendorB() + "/evaluations")),
            new Case("query.evaluation.EvaluationController#findScorecard",
                    w -> read("/vendors/" + w.vendorA() + "/scorecard"),
                    w -> read("/vendors/" + w.vendorB() + "/scorecard")),
            new Case("command.evaluation.EvaluationController#confirm",
                    w -> evaluationAct(w.contractA(), w.confirmPeriod(), "confirmation", Map.of()),
                    w -> evaluationAct(w.contractB(), w.confirmPeriod(), "confirmation", Map.of())),
            new Case("command.evaluation.EvaluationController#dispute",
                    w -> evaluationAct(w.contractA(), w.disputePeriod(), "dispute", DISPUTE),
                    w -> evaluationAct(w.contractB(), w.disputePeriod(), "dispute", DISPUTE)),
            new Case("query.settlement.SettlementController#findSettlement",
                    w -> read("/settlements/" + w.contractA() + ":settlement:" + w.settlementPeriod()),
                    w -> read("/settlements/" + w.contractB() + ":settlement:" + w.settlementPeriod())),
            new Case("query.settlement.SettlementController#findContractSettlements",
                    w -> read("/contracts/" + w.contractA() + "/settlements"),
                    w -> read("/contracts/" + w.contractB() + "/settlements")),
            new Case("query.settlement.SettlementController#findSettlements",
                    w -> read("/settlements?step=RETURNED"), w -> read("/settlements?vendorId=" + w.vendorB())),
            new Case("command.settlement.SettlementController#request",
                    w -> settlement(w.contractA(), w.unsettledPeriod(), ""),
                    w -> settlement(w.contractB(), w.unsettledPeriod(), "")),
            new Case("command.settlement.SettlementController#resubmit",
                    w -> settlement(w.contractA(), w.settlementPeriod(), "/resubmission"),
                    w -> settlement(w.contractB(), w.settlementPeriod(), "/resubmission")),
            new Case("command.worker.WorkerController#file",
                    w -> workerFiling("new-" + w.workerA(), w.contractA()),
                    w -> workerFiling("new-" + w.workerB(), w.contractB())),
            new Case("command.worker.WorkerController#resubmit",
                    w -> workerAct(w.workerA(), "filing", Map.of("proofs", WORKER_PROOFS)),
                    w -> workerAct(w.workerB(), "filing", Map.of("proofs", WORKER_PROOFS))),
            new Case("command.worker.WorkerController#renewSocialInsuranceProof",
                    w -> workerAct(w.servingA(), "social-insurance-proofs", SOCIAL_INSURANCE_RENEWAL),
                    w -> workerAct(w.servingB(), "social-insurance-proofs", SOCIAL_INSURANCE_RENEWAL)),
            new Case("command.worker.WorkerController#withdraw",
                    w -> workerAct(w.workerA(), "withdrawal", Map.of("reason", "人员更换")),
                    w -> workerAct(w.workerB(), "withdrawal", Map.of("reason", "人员更换"))),
            new Case("command.compliance.ComplianceCheckController#submit",
                    w -> proofs(w.contractA(), w.settlementPeriod()), w -> proofs(w.contractB(), w.settlementPeriod())),
            new Case("query.compliance.ComplianceCheckController#findComplianceCheck",
                    w -> read("/compliance-checks/" + checkOf(w.contractA(), w.settlementPeriod())),
                    w -> read("/compliance-checks/" + checkOf(w.contractB(), w.settlementPeriod()))),
            new Case("query.compliance.ComplianceCheckController#findComplianceChecks",
                    w -> read("/compliance-checks"), w -> read("/compliance-checks?vendorId=" + w.vendorB())),
            new Case("query.compliance.ComplianceCheckController#findContractComplianceChecks",
                    w -> read("/contracts/" + w.contractA() + "/compliance-checks"),
                    w -> read("/contracts/" + w.contractB() + "/compliance-checks")),
            new Case("query.compliance.ComplianceCheckController#findVendorComplianceChecks",
                    w -> read("/vendors/" + w.vendorA() + "/compliance-checks"),
                    w -> read("/vendors/" + w.vendorB() + "/compliance-checks")),
            new Case("query.compliance.ComplianceCheckController#findDueComplianceChecks",
                    w -> read("/compliance-checks/due"), w -> read("/compliance-checks/due?vendorId=" + w.vendorB())),
            new Case("command.incident.IncidentController#acknowledge",
                    w -> acknowledgement(w.contractA()), w -> acknowledgement(w.contractB())),
            new Case("query.incident.IncidentController#findIncident",
                    w -> read("/incidents/" + incidentOf(w.contractA())),
                    w -> read("/incidents/" + incidentOf(w.contractB()))),
            new Case("query.incident.IncidentController#findIncidents",
                    w -> read("/incidents?open=true"), w -> read("/incidents?vendorId=" + w.vendorB())),
            new Case("query.incident.IncidentController#findContractIncidents",
                    w -> read("/contracts/" + w.contractA() + "/incidents"),
                    w -> read("/contracts/" + w.contractB() + "/incidents")),
            new Case("query.incident.IncidentController#findOverdueIncidentNotifications",
                    w -> read("/incidents/overdue-notifications"),
                    w -> read("/incidents/overdue-notifications?vendorId=" + w.vendorB())),
            new Case("query.lineage.ContractLineageController#contractLineage",
                    w -> read("/contracts/" + w.contractA() + "/lineage"),
                    w -> read("/contracts/" + w.contractB() + "/lineage")));

    private VendorEndpoints() {
    }

    static Set<String> covered() {
        return CASES.stream().map(Case::endpoint).collect(Collectors.toSet());
    }

    private static Call read(String path) {
        return new Call(App.QUERY, "GET", path, null, null);
    }

    private static Call plan(String contractId, String noticeId) {
        return new Call(App.COMMAND, "POST", "/contracts/" + contractId + "/rectification-notices/" + noticeId
                + "/plan", Map.of("plan", "加强培训，增加质检频次"), contractId);
    }

    private static Call pipPlan(String contractId, String pipId) {
        return new Call(App.COMMAND, "POST", "/contracts/" + contractId + "/pips/" + pipId + "/plan",
                Map.of("rootCause", "驻场人员流动过快", "actions", List.of("稳定核心团队", "每周质检复盘")),
                contractId);
    }

    private static Call evaluationAct(String contractId, String period, String act, Object body) {
        return new Call(App.COMMAND, "POST", "/contracts/" + contractId + "/evaluations/" + period + "/" + act, body,
                contractId + ":" + period);
    }

    /** A request ({@code act} empty) or resubmission of the contract's settlement for {@code period}. */
    private static Call settlement(String contractId, String period, String act) {
        return new Call(App.COMMAND, "POST", "/contracts/" + contractId + "/settlements/" + period + act,
                claim("98000.00"), contractId + ":settlement:" + period);
    }

    /** The employment-compliance check the settlement request of {@code period} opened. */
    static String checkOf(String contractId, String period) {
        return contractId + ":compliance:" + period;
    }

    /** The incident reported on the contract's service ({@link VendorWorldSteps}). */
    static String incidentOf(String contractId) {
        return "incident-" + contractId;
    }

    private static Call proofs(String contractId, String period) {
        String checkId = checkOf(contractId, period);
        return new Call(App.COMMAND, "POST", "/compliance-checks/" + checkId + "/proofs", Map.of("submissions",
                List.of(Map.of("proof", "ROSTER", "reference", "HMC-1"))), checkId);
    }

    private static Call acknowledgement(String contractId) {
        String incidentId = incidentOf(contractId);
        return new Call(App.COMMAND, "POST", "/incidents/" + incidentId + "/acknowledgement",
                Map.of("notes", "已知悉，驻场经理负责处置"), incidentId);
    }

    /** A vendor user's filing of worker {@code workerId} for the contract. */
    static Call workerFiling(String workerId, String contractId) {
        return new Call(App.COMMAND, "POST", "/workers", Map.of("workerId", workerId, "contractId", contractId,
                "personalData", Map.of("name", "张三", "idNumber", "110101199001011234", "contact", "13800000000"),
                "proofs", WORKER_PROOFS), workerId);
    }

    private static Call workerAct(String workerId, String act, Object body) {
        return new Call(App.COMMAND, "POST", "/workers/" + workerId + "/" + act, body, workerId);
    }

    static Map<String, Object> claim(String amount) {
        return Map.of("claimedAmount", Map.of("amount", amount, "currency", "CNY"),
                "invoice", Map.of("number", "INV-" + amount, "type", "VAT_SPECIAL",
                        "amount", Map.of("amount", amount, "currency", "CNY"),
                        "tax", Map.of("amount", "0.00", "currency", "CNY")));
    }
}
