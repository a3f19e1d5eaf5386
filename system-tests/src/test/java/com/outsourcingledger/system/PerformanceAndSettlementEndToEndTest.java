package com.outsourcingledger.system;

import com.outsourcingledger.system.LedgerClient.Response;
import com.outsourcingledger.system.PerformanceSteps.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static com.outsourcingledger.system.ContractSteps.created;
import static com.outsourcingledger.system.ContractSteps.ok;
import static com.outsourcingledger.system.PerformanceSteps.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 end to end, over both apps' HTTP APIs on PostgreSQL: a contract signed after two of its quarters ended
 * has both evaluated below standard and confirmed by the vendor's own portal user, which opens a rectification
 * notice each and then a PIP by itself; the PIP fails and recommends termination. A month in which both SLAs
 * missed their targets is settled with both penalties deducted (after FINANCE's approval refused the full-fee
 * invoice) and paid, and the penalty lineage answers from each breach to the payment and back.
 */
class PerformanceAndSettlementEndToEndTest {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Shanghai");
    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();

    @Test
    void runsTwoBelowStandardQuartersIntoAFailedPipAndATwiceBreachedMonthIntoAPaidSettlement() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        YearMonth thisQuarter = YearMonth.of(today.getYear(), today.getMonth().firstMonthOfQuarter());
        LocalDate start = thisQuarter.minusMonths(6).atDay(1);
        LocalDate end = start.plusMonths(15).minusDays(1);
        List<String> quarters = List.of(quarterOf(start), quarterOf(start.plusMonths(3)));
        String vendorId = VendorSteps.registerAndAdmit(system(), client);
        Portal portal = PerformanceSteps.openPortalAccount(system(), client, vendorId);
        String contractId = PerformanceSteps.signedFixedPrice(system(), client, vendorId, start, end, today);
        String contract = "/contracts/" + contractId;

        JsonNode opened = await(contract + "/evaluations", list -> quarters.stream().allMatch(q -> list.get("items")
                .valueStream().anyMatch(e -> e.get("period").asString().equals(q)
                        && e.get("status").asString().equals("OPEN"))));
        List<String> evaluationIds = quarters.stream().map(q -> opened.get("items").valueStream()
                .filter(e -> e.get("period").asString().equals(q)).findFirst().orElseThrow()
                .get("evaluationId").asString()).toList();
        for (String quarter : quarters) {
            PerformanceSteps.evaluateAndConfirm(system(), client, portal, contractId, quarter, 70);
        }

        JsonNode withPip = await(contract, c -> c.get("rectificationNotices").size() == 2 && c.get("pips").size() == 1);
        assertThat(withPip.get("rectificationNotices").valueStream().map(n -> n.get("trigger").asString()))
                .containsExactly("EVALUATION", "EVALUATION");
        assertThat(texts(withPip.get("rectificationNotices"), n -> n.get("evaluationId")))
                .containsExactlyElementsOf(evaluationIds);
        JsonNode pip = withPip.get("pips").get(0);
        assertThat(pip.get("open").asBoolean()).isTrue();
        assertThat(texts(pip.get("evaluationIds"), e -> e)).containsExactlyInAnyOrderElementsOf(evaluationIds);
        assertThat(LocalDate.parse(pip.get("planDueOn").asString())).isAfter(today).isEqualTo(
                LocalDate.parse(pip.get("initiatedOn").asString()).plusDays(pip.get("planDueDays").asInt()));
        String pipId = pip.get("pipId").asString();

        JsonNode scorecard = await("/vendors/" + vendorId + "/scorecard",
                s -> s.get("grades").size() == 2 && s.get("openPips").size() == 1);
        assertThat(texts(scorecard.get("grades"), g -> g.get("grade"))).containsExactly("C", "C");
        assertThat(texts(scorecard.get("grades"), g -> g.get("period"))).containsExactlyElementsOf(quarters);
        assertThat(scorecard.get("openPips").get(0).get("pipId").asString()).isEqualTo(pipId);
        assertThat(scorecard.get("openPips").get(0).get("planDueOn").asString()).isEqualTo(pip.get("planDueOn").asString());
        for (String evaluationId : evaluationIds) {
            assertThat(StoreTruth.of(system()).metaDataOf(evaluationId, "EvaluationConfirmed"))
                    .containsEntry("user", portal.user()).containsEntry("vendor", vendorId);
        }

        String pipPath = contract + "/pips/" + pipId;
        ok(portal.client().post(system().commandUrl(pipPath + "/plan"), portal.user(), Map.of(
                "rootCause", "驻场人员流动过快，培训不足", "actions", List.of("建立备岗制度", "每周质检复盘"),
                "milestones", List.of("一个月内流失率降至5%"))));
        assertThat(StoreTruth.of(system()).metaDataOf(contractId, "PipPlanRecorded"))
                .containsEntry("user", portal.user()).containsEntry("vendor", vendorId);
        ok(command("business", pipPath + "/progress", Map.of("notes", "第一个月质检合格率仍低于目标")));
        ok(command("business", pipPath + "/conclusion", Map.of("outcome", "FAILED", "evidence", "两个月质检报告")));
        JsonNode recommended = await(contract, c -> c.get("terminationRecommendations").size() == 1);
        assertThat(recommended.get("terminationRecommendations").get(0).asString()).startsWith("PIP_FAILED");
        assertThat(recommended.get("pips").get(0).get("outcome").asString()).isEqualTo("FAILED");

        String month = YearMonth.from(today).minusMonths(1).toString();
        PerformanceSteps.measure(system(), client, contractId, "quality", month, "90");
        PerformanceSteps.measure(system(), client, contractId, "response", month, "30");
        JsonNode breached = await(contract, c -> c.get("breaches").size() == 2);
        assertThat(texts(breached.get("breaches"), b -> b.get("period"))).containsOnly(month);
        BigDecimal penalties = breached.get("breaches").valueStream()
                .map(b -> b.get("penalty").get("amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(penalties).isPositive();
        BigDecimal fee = PerformanceSteps.monthlyFee(start, end);
        String due = fee.subtract(penalties).toPlainString();

        String settlement = contract + "/settlements/" + month;
        Response requested = portal.client().post(system().commandUrl(settlement), portal.user(),
                PerformanceSteps.claim(fee.toPlainString(), "INV-FULL"));
        created(requested);
        String settlementId = requested.json().get("settlementId").asString();
        String readPath = URI.create(requested.header("Location")).getRawPath();
        assertThat(await(readPath, s -> true).get("step").asString()).isEqualTo("REQUESTED");
        PerformanceSteps.confirmCheckAndVerify(system(), client, settlement, "INV-FULL");
        Response mismatch = command("finance2", settlement + "/approval", Map.of());
        assertThat(mismatch.status()).as(mismatch.toString()).isEqualTo(422);
        assertThat(PerformanceSteps.refusalRule(mismatch)).isEqualTo("settlement.approval.invoice-mismatch");
        ok(command("finance2", settlement + "/return", Map.of("reasons", "发票金额应扣除两项SLA违约金")));
        ok(portal.client().post(system().commandUrl(settlement + "/resubmission"), portal.user(),
                PerformanceSteps.claim(due, "INV-NET")));
        PerformanceSteps.confirmCheckAndVerify(system(), client, settlement, "INV-NET");
        ok(command("finance2", settlement + "/approval", Map.of()));
        ok(ContractSteps.eventually(() -> command("finance", settlement + "/payment",
                Map.of("reference", "JS-E2E-PERF", "paidOn", today.toString())), r -> r.status() != 409));

        JsonNode paid = await("/settlements/" + settlementId, s -> s.get("step").asString().equals("PAID"));
        assertThat(paid.get("approval").get("baseFee").get("amount").decimalValue()).isEqualByComparingTo(fee);
        assertThat(texts(paid.get("approval").get("penalties"), p -> p.get("metricId")))
                .containsExactlyInAnyOrder("quality", "response");
        assertThat(paid.get("approval").get("penaltyTotal").get("amount").decimalValue()).isEqualByComparingTo(penalties);
        assertThat(paid.get("payment").get("amount").get("amount").decimalValue()).isEqualByComparingTo(due);
        assertThat(paid.get("requestedBy").asString()).isEqualTo(portal.user());

        JsonNode dashboard = await("/dashboard", d -> d.get("paidThisMonth").get("count").asLong() == 1
                && d.get("penaltiesDeducted").size() == 1);
        assertThat(dashboard.get("paidThisMonth").get("amounts").get(0).get("amount").decimalValue())
                .isEqualByComparingTo(due);
        assertThat(dashboard.get("penaltiesDeducted").get(0).get("amount").decimalValue())
                .isEqualByComparingTo(penalties);

        JsonNode lineage = await(contract + "/lineage", l -> l.get("items").size() == 2
                && l.get("items").valueStream().allMatch(b -> b.get("state").asString().equals("PAID")));
        assertThat(texts(lineage.get("items"), b -> b.get("settlementId"))).containsOnly(settlementId);
        for (String metric : List.of("quality", "response")) {
            JsonNode breach = client.get(system().queryUrl("/audit/lineage/contracts/" + contractId + "/breaches/"
                    + metric + "/" + month), "audit").json();
            assertThat(breach.get("state").asString()).isEqualTo("PAID");
            JsonNode deduction = breach.get("deductions").get(0);
            assertThat(deduction.get("settlementId").asString()).isEqualTo(settlementId);
            assertThat(deduction.get("settlement").get("payment").get("reference").asString()).isEqualTo("JS-E2E-PERF");
        }
        JsonNode back = client.get(system().queryUrl("/audit/lineage/settlements/" + settlementId), "audit").json();
        assertThat(back.get("settlement").get("payment").get("amount").get("amount").decimalValue())
                .isEqualByComparingTo(due);
        assertThat(back.get("deductions").valueStream().map(d -> d.get("metricId").asString() + "@"
                + d.get("period").asString() + ":" + d.get("state").asString()))
                .containsExactlyInAnyOrder("quality@" + month + ":PAID", "response@" + month + ":PAID");

        ok(command("business", contract + "/termination", Map.of("reason", "PIP_FAILED",
                "explanation", "绩效改进计划未达成", "lastServiceDay", today.toString())));
        JsonNode terminated = await(contract, c -> c.get("status").asString().equals("TERMINATED"));
        assertThat(terminated.get("termination").get("reason").asString()).isEqualTo("PIP_FAILED");
    }

    private static String quarterOf(LocalDate day) {
        Month first = day.getMonth().firstMonthOfQuarter();
        return day.getYear() + "-Q" + (first.getValue() / 3 + 1);
    }

    private static JsonNode await(String path, Predicate<JsonNode> condition) {
        return PerformanceSteps.awaitQuery(system(), client, path, condition);
    }

    private static Response command(String user, String path, Object body) {
        return ContractSteps.command(system(), client, user, path, body);
    }

    private static LedgerSystem system() {
        return ledger.system();
    }
}
