package com.outsourcingledger.system;

import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.system.LedgerClient.Response;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.outsourcingledger.system.ProjectSteps.sleep;
import static com.outsourcingledger.system.ProjectSteps.succeeded;

/** Contracts driven through command-side's HTTP API as the departments would. */
final class ContractSteps {

    private ContractSteps() {
    }

    /** Drafted by {@code business} with a monthly quality SLA, NDA recorded, submitted for co-review. */
    static String inCoReview(LedgerSystem system, LedgerClient client, String vendorId, LocalDate start, LocalDate end) {
        String contractId = UUID.randomUUID().toString();
        String contract = "/contracts/" + contractId;
        succeeded(client.post(system.commandUrl("/contracts"), "business", draft(contractId, vendorId, start, end)));
        succeeded(client.post(system.commandUrl(contract + "/slas"), "business", qualitySla()));
        succeeded(client.post(system.commandUrl(contract + "/nda"), "business",
                Map.of("ndaReference", "NDA-" + contractId, "signedOn", start.toString())));
        succeeded(client.post(system.commandUrl(contract + "/co-review"), "business", Map.of()));
        return contractId;
    }

    /** Approved by the four co-reviewers and signed by management once the vendor's standing has reached the contract. */
    static String signed(LedgerSystem system, LedgerClient client, String vendorId, LocalDate start, LocalDate end) {
        String contractId = inCoReview(system, client, vendorId, start, end);
        String contract = "/contracts/" + contractId;
        for (String reviewer : List.of("legal", "hr", "finance", "business2")) {
            succeeded(client.post(system.commandUrl(contract + "/co-review/opinions"), reviewer,
                    Map.of("opinion", "APPROVE", "comments", "同意")));
        }
        Response signed = null;
        for (long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos(); System.nanoTime() < deadline; ) {
            signed = client.post(system.commandUrl(contract + "/signature"), "management", Map.of());
            if (signed.status() == 204) {
                return contractId;
            }
            sleep(100);
        }
        throw new AssertionError("contract never signed: " + signed);
    }

    static void measure(LedgerSystem system, LedgerClient client, String contractId, String period, String value) {
        succeeded(client.post(system.commandUrl("/contracts/" + contractId + "/sla-measurements"), "business",
                Map.of("metricId", "quality", "period", period, "value", value)));
    }

    static Map<String, Object> draft(String contractId, String vendorId, LocalDate start, LocalDate end) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("contractId", contractId);
        draft.put("vendorId", vendorId);
        draft.put("title", "客服外包服务合同");
        draft.put("term", Map.of("start", start.toString(), "end", end.toString()));
        draft.put("content", Map.of("client", Map.of("name", "上海示例科技有限公司"),
                "vendor", Map.of("name", "上海测试外包服务有限公司"), "scope", "客服热线外包",
                "feeModel", "FIXED_PRICE", "amount", Map.of("amount", "1200000.00", "currency", "CNY"),
                "paymentMethod", "BANK_TRANSFER",
                "clauses", Arrays.stream(ClauseCategory.values()).map(c -> Map.of("category", c.name(), "text", "条款"))
                        .toList()));
        return draft;
    }

    static Map<String, Object> qualitySla() {
        return Map.of("metricId", "quality", "name", "质量合格率", "unit", "%", "target", 95, "direction", "AT_LEAST",
                "period", "MONTHLY", "dataSource", "质检系统", "collectionOwner", "业务部质检组", "penaltyPercent", 2,
                "penaltyCapPerPeriod", Map.of("amount", "50000.00", "currency", "CNY"));
    }
}
