package com.outsourcingledger.system;

import com.outsourcingledger.api.evaluation.EvaluationDimension;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.outsourcingledger.system.ContractSteps.command;
import static com.outsourcingledger.system.ContractSteps.created;
import static com.outsourcingledger.system.ContractSteps.ok;

/**
 * Builds {@link VendorEndpoints.World} over HTTP: for each of two vendors a contract evaluated monthly whose term
 * began four months ago, so that its four ended months are evaluated from its activation on. The first two are
 * scored C and confirmed by the vendor's own user, which opens a PIP; the last two are shared, to confirm and to
 * dispute. The settlement of the third month is requested and returned; the fourth is not requested yet.
 */
final class VendorWorldSteps {

    private VendorWorldSteps() {
    }

    /** {@code portalUsers}: the username to open for A's and for B's portal account, all with {@code password}. */
    static VendorEndpoints.World build(LedgerSystem system, LedgerClient client, LocalDate today,
                                       List<String> portalUsers, String password) {
        YearMonth first = YearMonth.from(today).minusMonths(4);
        List<String> months = List.of(0, 1, 2, 3).stream().map(i -> first.plusMonths(i).toString()).toList();
        List<String> vendors = List.of(VendorSteps.registerAndAdmit(system, client),
                VendorSteps.registerAndAdmit(system, client));
        List<String> contracts = vendors.stream()
                .map(vendor -> monthlyEvaluated(system, client, vendor, first.atDay(1), today.plusMonths(6)))
                .toList();
        for (int i = 0; i < 2; i++) {
            created(command(system, client, "hr", "/vendors/" + vendors.get(i) + "/portal-accounts",
                    Map.of("username", portalUsers.get(i), "password", password)));
        }
        for (String contractId : contracts) {
            ProjectSteps.awaitQuery(system, client, "/contracts/" + contractId + "/evaluations",
                    list -> list.get("items").size() == months.size());
        }
        LedgerClient portal = new LedgerClient(password);
        for (int i = 0; i < 2; i++) {
            String contract = "/contracts/" + contracts.get(i);
            for (String month : months) {
                shareEvaluation(system, client, contract + "/evaluations/" + month,
                        month.equals(months.get(0)) || month.equals(months.get(1)) ? 70 : 85);
            }
            for (String month : months.subList(0, 2)) {
                ok(portal.post(system.commandUrl(contract + "/evaluations/" + month + "/confirmation"),
                        portalUsers.get(i), Map.of()));
            }
            created(command(system, client, "business", contract + "/rectification-notices", Map.of(
                    "noticeId", "rn-" + contracts.get(i), "reason", "质检抽查不合格",
                    "dueOn", today.plusDays(15).toString())));
            created(command(system, client, "business", contract + "/settlements/" + months.get(2),
                    VendorEndpoints.claim("98000.00")));
            ok(command(system, client, "business2", contract + "/settlements/" + months.get(2) + "/return",
                    Map.of("reasons", "发票抬头有误")));
        }
        List<String> pips = contracts.stream().map(contractId -> settled(system, client, contractId, months.get(2)))
                .toList();
        return new VendorEndpoints.World(vendors.get(0), vendors.get(1), contracts.get(0), contracts.get(1),
                "rn-" + contracts.get(0), "rn-" + contracts.get(1), pips.get(0), pips.get(1), months.get(2),
                months.get(3), months.get(2), months.get(3));
    }

    private static String monthlyEvaluated(LedgerSystem system, LedgerClient client, String vendorId, LocalDate start,
                                           LocalDate end) {
        String contractId = UUID.randomUUID().toString();
        Map<String, Object> content = new HashMap<>(ContractSteps.content());
        content.put("evaluationCadence", "MONTHLY");
        Map<String, Object> draft = new HashMap<>(ContractSteps.draft(contractId, vendorId, start, end));
        draft.put("content", content);
        created(command(system, client, "business", "/contracts", draft));
        created(command(system, client, "business", "/contracts/" + contractId + "/slas", ContractSteps.sla()));
        ContractSteps.reviewAndSign(system, client, contractId, start);
        return contractId;
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
        ProjectSteps.awaitQuery(system, client, "/settlements/" + contractId + ":" + period,
                s -> s.get("step").asString().equals("RETURNED"));
        JsonNode contract = ContractSteps.awaitContract(system, client, contractId,
                c -> c.get("pips").size() == 1 && c.get("rectificationNotices").size() == 3);
        return contract.get("pips").get(0).get("pipId").asString();
    }
}
