package com.outsourcingledger.system;

import com.outsourcingledger.api.contract.ClauseCategory;
import com.outsourcingledger.system.LedgerClient.Response;
import org.axonframework.messaging.MetaData;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract acts end-to-end tests take over HTTP, as the departments would. */
final class ContractSteps {

    private ContractSteps() {
    }

    /** Content with every one of the 10 core clause categories. */
    static Map<String, Object> content() {
        return Map.of("client", Map.of("name", "上海示例科技有限公司"),
                "vendor", Map.of("name", "上海测试外包服务有限公司"), "scope", "客服热线外包",
                "feeModel", "FIXED_PRICE", "amount", Map.of("amount", "1200000.00", "currency", "CNY"),
                "paymentMethod", "BANK_TRANSFER",
                "clauses", Arrays.stream(ClauseCategory.values()).map(c -> Map.of("category", c.name(), "text", "条款"))
                        .toList());
    }

    static Map<String, Object> draft(String contractId, String vendorId, LocalDate start, LocalDate end) {
        Map<String, Object> draft = new HashMap<>(revision("客服外包服务合同", start, end));
        draft.put("contractId", contractId);
        draft.put("vendorId", vendorId);
        return draft;
    }

    static Map<String, Object> revision(String title, LocalDate start, LocalDate end) {
        return Map.of("title", title, "term", Map.of("start", start.toString(), "end", end.toString()),
                "content", content());
    }

    static Map<String, Object> sla() {
        return Map.of("metricId", "quality", "name", "质量合格率", "unit", "%", "target", 95, "direction", "AT_LEAST",
                "period", "MONTHLY", "dataSource", "质检系统", "collectionOwner", "业务部质检组", "penaltyPercent", 2,
                "penaltyCapPerPeriod", Map.of("amount", "50000.00", "currency", "CNY"));
    }

    /** NDA, submission, APPROVE from legal, hr, finance and business2, then management signs. */
    static void reviewAndSign(LedgerSystem system, LedgerClient client, String contractId, LocalDate ndaSignedOn) {
        submitForCoReview(system, client, contractId, ndaSignedOn);
        approveAndSign(system, client, contractId);
    }

    static void submitForCoReview(LedgerSystem system, LedgerClient client, String contractId, LocalDate ndaSignedOn) {
        String contract = "/contracts/" + contractId;
        ok(command(system, client, "business", contract + "/nda",
                Map.of("ndaReference", "NDA-E2E", "signedOn", ndaSignedOn.toString())));
        ok(command(system, client, "business", contract + "/co-review", Map.of()));
    }

    /** Approved by the four co-reviewers and signed by management once the vendor's standing has reached it. */
    static void approveAndSign(LedgerSystem system, LedgerClient client, String contractId) {
        String contract = "/contracts/" + contractId;
        for (String reviewer : List.of("legal", "hr", "finance", "business2")) {
            ok(command(system, client, reviewer, contract + "/co-review/opinions",
                    Map.of("opinion", "APPROVE", "comments", "同意")));
        }
        ok(eventually(() -> command(system, client, "management", contract + "/signature", Map.of()),
                r -> r.status() == 204));
    }

    /** Drafted by {@code business} with the monthly quality SLA, NDA recorded, submitted for co-review. */
    static String inCoReview(LedgerSystem system, LedgerClient client, String vendorId, LocalDate start, LocalDate end) {
        String contractId = java.util.UUID.randomUUID().toString();
        created(command(system, client, "business", "/contracts", draft(contractId, vendorId, start, end)));
        created(command(system, client, "business", "/contracts/" + contractId + "/slas", sla()));
        submitForCoReview(system, client, contractId, start);
        return contractId;
    }

    static String signed(LedgerSystem system, LedgerClient client, String vendorId, LocalDate start, LocalDate end) {
        String contractId = inCoReview(system, client, vendorId, start, end);
        approveAndSign(system, client, contractId);
        return contractId;
    }

    static void measure(LedgerSystem system, LedgerClient client, String contractId, String period, String value) {
        created(command(system, client, "business", "/contracts/" + contractId + "/sla-measurements",
                Map.of("metricId", "quality", "period", period, "value", value)));
    }

    /** Knowledge transfer and assets by business, access revoked by hr on {@code revokedOn}, the final settlement paid. */
    static void completeExit(LedgerSystem system, LedgerClient client, String contractId, LocalDate revokedOn) {
        String contract = "/contracts/" + contractId;
        ok(command(system, client, "business", contract + "/exit/knowledge-transfer", Map.of("notes", "文档与数据已交接")));
        ok(command(system, client, "business", contract + "/exit/assets-recovery", Map.of("notes", "门禁卡与设备已收回")));
        ok(command(system, client, "hr", contract + "/exit/access-revocation",
                Map.of("revokedOn", revokedOn.toString(), "notes", "账号已关闭")));
        payFinalSettlement(system, client, contractId, "96500.00", "96500.00", revokedOn);
    }

    /**
     * The final settlement, the last exit step: requested by business on the vendor's behalf for {@code claimed}
     * with an invoice for {@code invoiced} (the claim less the standing penalties), then each step by its own user.
     */
    static void payFinalSettlement(LedgerSystem system, LedgerClient client, String contractId, String claimed,
                                   String invoiced, LocalDate paidOn) {
        String settlement = "/contracts/" + contractId + "/settlements/final";
        created(command(system, client, "business", settlement, Map.of(
                "claimedAmount", Map.of("amount", claimed, "currency", "CNY"),
                "invoice", Map.of("number", "INV-E2E", "type", "VAT_SPECIAL",
                        "amount", Map.of("amount", invoiced, "currency", "CNY"),
                        "tax", Map.of("amount", "0.00", "currency", "CNY")))));
        ok(command(system, client, "business2", settlement + "/confirmation",
                Map.of("basis", "WORKLOAD", "workloadReference", "GZL-E2E")));
        ok(command(system, client, "hr", settlement + "/compliance-check", Map.of("passed", true,
                "sampledWorkers", List.of("worker-1"), "proofsChecked", List.of("社保缴纳证明"))));
        ok(command(system, client, "finance", settlement + "/invoice-verification", Map.of("invoiceNumber", "INV-E2E")));
        ok(command(system, client, "finance2", settlement + "/approval", Map.of()));
        ok(eventually(() -> command(system, client, "finance", settlement + "/payment",
                Map.of("reference", "JS-E2E", "paidOn", paidOn.toString())), r -> r.status() != 409));
    }

    static Response command(LedgerSystem system, LedgerClient client, String user, String path, Object body) {
        return client.post(system.commandUrl(path), user, body);
    }

    /** Signing reads the vendor's standing, which trails the vendor's own events by a few milliseconds. */
    static Response eventually(Supplier<Response> call, Predicate<Response> done) {
        Response last = null;
        for (long end = System.nanoTime() + Duration.ofSeconds(10).toNanos(); System.nanoTime() < end; ) {
            last = call.get();
            if (done.test(last)) {
                return last;
            }
            ProjectSteps.sleep(100);
        }
        return last;
    }

    static JsonNode awaitContract(LedgerSystem system, LedgerClient client, String contractId,
                                  Predicate<JsonNode> condition) {
        return ProjectSteps.awaitQuery(system, client, "/contracts/" + contractId, condition);
    }

    static MetaData metadataOf(LedgerSystem system, String contractId, String simpleType) {
        return StoreTruth.of(system).metaDataOf(contractId, simpleType);
    }

    static void created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    static void ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(204);
    }
}
