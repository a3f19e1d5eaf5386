package com.outsourcingledger.system;

import com.outsourcingledger.api.evaluation.EvaluationDimension;
import com.outsourcingledger.system.LedgerClient.Response;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static com.outsourcingledger.system.ContractSteps.command;
import static com.outsourcingledger.system.ContractSteps.created;
import static com.outsourcingledger.system.ContractSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance acts end-to-end tests take over HTTP: evaluations, PIPs, SLA measurements and a period's
 * settlement, each by the department the domain gives it to, the vendor's acts by its portal user.
 */
final class PerformanceSteps {

    static final String PORTAL_PASSWORD = "portal-password-e2e";
    static final BigDecimal AMOUNT = new BigDecimal("1200000.00");

    private PerformanceSteps() {
    }

    /** A vendor's portal user, as a department user of the vendor's own would use the apps. */
    record Portal(String user, LedgerClient client) {
    }

    static Portal openPortalAccount(LedgerSystem system, LedgerClient client, String vendorId) {
        String user = "portal-" + vendorId.substring(0, 8);
        created(command(system, client, "hr", "/vendors/" + vendorId + "/portal-accounts",
                Map.of("username", user, "password", PORTAL_PASSWORD)));
        return new Portal(user, new LedgerClient(PORTAL_PASSWORD));
    }

    /**
     * Drafted by {@code business}, FIXED_PRICE for {@link #AMOUNT}, evaluated QUARTERLY and settled MONTHLY, with a
     * monthly quality (≥ 95 %, 2 % penalty) and response time (≤ 24 h, 3 % penalty) SLA; then reviewed and signed.
     */
    static String signedFixedPrice(LedgerSystem system, LedgerClient client, String vendorId, LocalDate start,
                                   LocalDate end, LocalDate ndaSignedOn) {
        String contractId = UUID.randomUUID().toString();
        Map<String, Object> content = new HashMap<>(ContractSteps.content());
        content.put("amount", Map.of("amount", AMOUNT.toPlainString(), "currency", "CNY"));
        content.put("evaluationCadence", "QUARTERLY");
        content.put("settlementCycle", "MONTHLY");
        Map<String, Object> draft = new HashMap<>(ContractSteps.draft(contractId, vendorId, start, end));
        draft.put("content", content);
        created(command(system, client, "business", "/contracts", draft));
        created(command(system, client, "business", "/contracts/" + contractId + "/slas",
                sla("quality", "质量合格率", "%", 95, "AT_LEAST", 2)));
        created(command(system, client, "business", "/contracts/" + contractId + "/slas",
                sla("response", "响应时长", "h", 24, "AT_MOST", 3)));
        ContractSteps.reviewAndSign(system, client, contractId, ndaSignedOn);
        return contractId;
    }

    static Map<String, Object> sla(String metricId, String name, String unit, int target, String direction,
                                   int penaltyPercent) {
        return Map.of("metricId", metricId, "name", name, "unit", unit, "target", target, "direction", direction,
                "period", "MONTHLY", "dataSource", "质检系统", "collectionOwner", "业务部质检组",
                "penaltyPercent", penaltyPercent, "penaltyCapPerPeriod", Map.of("amount", "50000.00", "currency", "CNY"));
    }

    /** FIXED_PRICE: the contract amount spread over the months of the term, times the months of a month (one). */
    static BigDecimal monthlyFee(LocalDate start, LocalDate end) {
        long months = ChronoUnit.MONTHS.between(start, end.plusDays(1));
        if (start.plusMonths(months).isBefore(end.plusDays(1))) {
            months++;
        }
        return AMOUNT.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
    }

    /** Every required dimension scored {@code score} by business, countersigned by hr, shared, confirmed. */
    static void evaluateAndConfirm(LedgerSystem system, LedgerClient client, Portal portal, String contractId,
                                   String period, int score) {
        String evaluation = "/contracts/" + contractId + "/evaluations/" + period;
        Map<String, Integer> scores = new HashMap<>();
        Arrays.stream(EvaluationDimension.values())
                .filter(dimension -> dimension != EvaluationDimension.INNOVATION_VALUE_ADD)
                .forEach(dimension -> scores.put(dimension.name(), score));
        ok(command(system, client, "business", evaluation + "/score", Map.of("scores", scores, "comments", "季度评价")));
        ok(command(system, client, "hr", evaluation + "/countersignature", Map.of("notes", "已复核")));
        ok(command(system, client, "business", evaluation + "/sharing", Map.of()));
        ok(portal.client().post(system.commandUrl(evaluation + "/confirmation"), portal.user(), Map.of()));
    }

    static void measure(LedgerSystem system, LedgerClient client, String contractId, String metricId, String period,
                        String value) {
        created(command(system, client, "business", "/contracts/" + contractId + "/sla-measurements",
                Map.of("metricId", metricId, "period", period, "value", value)));
    }

    static Map<String, Object> claim(String amount, String invoiceNumber) {
        return Map.of("claimedAmount", Map.of("amount", amount, "currency", "CNY"),
                "invoice", Map.of("number", invoiceNumber, "type", "VAT_SPECIAL",
                        "amount", Map.of("amount", amount, "currency", "CNY"),
                        "tax", Map.of("amount", "0.00", "currency", "CNY")));
    }

    /** Confirmed by business on the workload, spot-checked by hr, the invoice verified by finance. */
    static void confirmCheckAndVerify(LedgerSystem system, LedgerClient client, String settlement,
                                      String invoiceNumber) {
        ok(command(system, client, "business", settlement + "/confirmation",
                Map.of("basis", "WORKLOAD", "workloadReference", "GZL-E2E")));
        ok(command(system, client, "hr", settlement + "/compliance-check", Map.of("passed", true,
                "sampledWorkers", List.of("worker-1", "worker-2"), "proofsChecked", List.of("社保缴纳证明", "工资发放记录"))));
        ok(command(system, client, "finance", settlement + "/invoice-verification",
                Map.of("invoiceNumber", invoiceNumber)));
    }

    static JsonNode awaitQuery(LedgerSystem system, LedgerClient client, String path,
                               java.util.function.Predicate<JsonNode> condition) {
        return ProjectSteps.awaitQuery(system, client, path, condition);
    }

    static List<String> texts(JsonNode array, Function<JsonNode, JsonNode> field) {
        return array.valueStream().map(field).map(JsonNode::asString).toList();
    }

    static String refusalRule(Response response) {
        return response.json().get("rule").asString();
    }
}
