package com.outsourcingledger.system;

import com.outsourcingledger.api.evaluation.EvaluationDimension;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.outsourcingledger.system.ContractSteps.command;
import static com.outsourcingledger.system.ContractSteps.created;
import static com.outsourcingledger.system.ContractSteps.ok;

/**
 * Builds {@link VendorEndpoints.World} over HTTP: for each of two vendors a contract (evaluated quarterly, settled
 * monthly) whose term began four quarters ago, so that its four ended quarters are evaluated from its activation on.
 * The first two are scored C and confirmed by the vendor's own user, which opens a PIP; the last two are shared, to
 * confirm and to dispute. The settlement of the month before last is requested (which opens its cycle's compliance
 * check) and returned; last month's is not requested yet. Each vendor's user files a worker for its contract, which
 * HR rejects, and another, which HR verifies. BUSINESS reports an incident on each contract.
 */
final class VendorWorldSteps {

    private VendorWorldSteps() {
    }

    /** {@code portalUsers}: the username to open for A's and for B's portal account, all with {@code password}. */
    static VendorEndpoints.World build(LedgerSystem system, LedgerClient client, LocalDate today,
                                       List<String> portalUsers, String password) {
        YearMonth quarter = YearMonth.from(today).minusMonths((today.getMonthValue() - 1) % 3);
        List<String> quarters = List.of(4, 3, 2, 1).stream().map(n -> quarter.minusMonths(3L * n))
                .map(q -> q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1)).toList();
        List<String> months = List.of(2, 1).stream().map(n -> YearMonth.from(today).minusMonths(n).toString()).toList();
        List<String> vendors = List.of(VendorSteps.registerAndAdmit(system, client),
                VendorSteps.registerAndAdmit(system, client));
        List<String> contracts = vendors.stream().map(vendor -> ContractSteps.signed(system, client, vendor,
                quarter.minusMonths(12).atDay(1), today.plusMonths(6))).toList();
        for (int i = 0; i < 2; i++) {
            created(command(system, client, "hr", "/vendors/" + vendors.get(i) + "/portal-accounts",
                    Map.of("username", portalUsers.get(i), "password", password)));
        }
        for (String contractId : contracts) {
            ProjectSteps.awaitQuery(system, client, "/contracts/" + contractId + "/evaluations",
                    list -> list.get("items").size() == quarters.size());
        }
        LedgerClient portal = new LedgerClient(password);
        for (int i = 0; i < 2; i++) {
            String contract = "/contracts/" + contracts.get(i);
            for (String evaluated : quarters) {
                shareEvaluation(system, client, contract + "/evaluations/" + evaluated,
                        quarters.indexOf(evaluated) < 2 ? 70 : 85);
            }
            for (String belowStandard : quarters.subList(0, 2)) {
                ok(portal.post(system.commandUrl(contract + "/evaluations/" + belowStandard + "/confirmation"),
                        portalUsers.get(i), Map.of()));
            }
            created(command(system, client, "business", contract + "/rectification-notices", Map.of(
                    "noticeId", "rn-" + contracts.get(i), "reason", "质检抽查不合格",
                    "dueOn", today.plusDays(15).toString())));
            created(command(system, client, "business", contract + "/settlements/" + months.get(0),
                    VendorEndpoints.claim("98000.00")));
            ok(command(system, client, "business", contract + "/settlements/" + months.get(0) + "/return",
                    Map.of("reasons", "发票抬头有误")));
        }
        for (int i = 0; i < 2; i++) {
            String workerId = "worker-" + contracts.get(i);
            VendorEndpoints.Call filing = VendorEndpoints.workerFiling(workerId, contracts.get(i));
            created(portal.post(system.commandUrl(filing.path()), portalUsers.get(i), filing.body()));
            ok(command(system, client, "hr", "/workers/" + workerId + "/rejection", Map.of("reasons", "社保证明过期")));
            VendorEndpoints.Call serving = VendorEndpoints.workerFiling("serving-" + contracts.get(i), contracts.get(i));
            created(portal.post(system.commandUrl(serving.path()), portalUsers.get(i), serving.body()));
            ok(command(system, client, "hr", "/workers/serving-" + contracts.get(i) + "/verification", Map.of()));
        }
        for (String contractId : contracts) {
            created(command(system, client, "business", "/incidents", Map.of("incidentId",
                    VendorEndpoints.incidentOf(contractId), "contractId", contractId, "type", "SERVICE_INTERRUPTION",
                    "major", false, "occurredAt", Instant.now().minusSeconds(3600).toString(),
                    "description", "驻场服务中断两小时")));
        }
        List<String> pips = contracts.stream().map(contractId -> settled(system, client, contractId, months.get(0)))
                .toList();
        for (String contractId : contracts.subList(0, 2)) {
            ProjectSteps.awaitQuery(system, client, "/workers/worker-" + contractId, worker -> true);
            ProjectSteps.awaitQuery(system, client, "/compliance-checks/"
                    + VendorEndpoints.checkOf(contractId, months.get(0)), check -> true);
        }
        for (String contractId : contracts) {
            ProjectSteps.awaitQuery(system, client, "/incidents/" + VendorEndpoints.incidentOf(contractId),
                    incident -> true);
        }
        return new VendorEndpoints.World(vendors.get(0), vendors.get(1), contracts.get(0), contracts.get(1),
                "rn-" + contracts.get(0), "rn-" + contracts.get(1), pips.get(0), pips.get(1), quarters.get(2),
                quarters.get(3), months.get(0), months.get(1), "worker-" + contracts.get(0),
                "worker-" + contracts.get(1), "serving-" + contracts.get(0), "serving-" + contracts.get(1));
    }

    /** Scored {@code score} on every dimension by business, countersigned by hr, shared by business. */
    private static void shareEvaluation(LedgerSystem system, LedgerClient client, String evaluation, int score) {
        Map<String, Integer> scores = Arrays.stream(EvaluationDimension.values())
                .collect(Collectors.toMap(Enum::name, d -> score));
        ok(command(system, client, "business", evaluation + "/score", Map.of("scores", scores)));
        ok(command(system, client, "hr", evaluation + "/countersignature", Map.of()));
        ok(command(system, client, "business", evaluation + "/sharing", Map.of()));
    }

    /**
     * The contract's PIP, once the two C grades have opened it, their two notices are issued beside the manual one
     * and the returned settlement is read back: nothing is left in flight to write to the contract later.
     */
    private static String settled(LedgerSystem system, LedgerClient client, String contractId, String period) {
        ProjectSteps.awaitQuery(system, client, "/settlements/" + contractId + ":settlement:" + period,
                s -> s.get("step").asString().equals("RETURNED"));
        JsonNode contract = ContractSteps.awaitContract(system, client, contractId,
                c -> c.get("pips").size() == 1 && c.get("rectificationNotices").size() == 3);
        return contract.get("pips").get(0).get("pipId").asString();
    }
}
