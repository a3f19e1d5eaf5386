package com.outsourcingledger.system;

import com.outsourcingledger.api.contract.ContractEvent.TerminationRecommended;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.risk.RiskCategory;
import com.outsourcingledger.api.risk.RiskEvent.RiskAssessed;
import com.outsourcingledger.api.risk.RiskEvent.RiskEscalated;
import com.outsourcingledger.api.risk.RiskEvent.RiskEscalationAcknowledged;
import com.outsourcingledger.api.risk.RiskEvent.RiskIdentified;
import com.outsourcingledger.api.risk.RiskEvent.RiskResponsePlanned;
import com.outsourcingledger.api.risk.RiskEvent.RiskSuggested;
import com.outsourcingledger.api.risk.RiskLevel;
import com.outsourcingledger.api.risk.RiskResponseStrategy;
import com.outsourcingledger.api.risk.RiskSubjectKind;
import com.outsourcingledger.api.risk.RiskSuggestionSource;
import com.outsourcingledger.api.vendor.VendorEvent.AnnualReviewCompleted;
import com.outsourcingledger.system.LedgerClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static com.outsourcingledger.system.StoreTruth.await;
import static com.outsourcingledger.system.ContractSteps.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk register (§14) over HTTP on PostgreSQL: AUDIT identifies an employment risk on a signed contract; only
 * HR, its owner, assesses it; HIGH escalates it to MANAGEMENT, which acknowledges it once; ACCEPT is refused for it
 * and AVOID recommends the contract's termination for RISK_AVOIDANCE naming the risk, which suggests no further
 * risk. A vendor's annual review with concerns suggests a FINANCIAL risk that FINANCE takes up.
 */
class RiskEndToEndTest {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Shanghai");
    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();

    @Test
    void aHighRiskOnAContractIsEscalatedAndAvoidedByRecommendingTermination() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        String vendorId = VendorSteps.registerAndAdmit(system(), client);
        String contractId = signed(system(), client, vendorId, today, today.plusMonths(12));

        Response identified = command(system(), client, "audit", "/risks", Map.of("subjectKind", "CONTRACT",
                "subjectId", contractId, "category", "EMPLOYMENT", "title", "外包人员由甲方直接考勤",
                "description", "专项审计发现现场管理混同"));
        created(identified);
        String riskId = identified.json().get("riskId").asString();
        Response taken = command(system(), client, "audit", "/risks", Map.of("riskId", contractId,
                "subjectKind", "CONTRACT", "subjectId", contractId, "category", "LEGAL", "title", "同一标识"));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        String risk = "/risks/" + riskId;
        assertThat(eventOf(riskId, RiskIdentified.class)).get().extracting(RiskIdentified::owner)
                .isEqualTo(Department.HR);

        Map<String, Object> assessment = Map.of("likelihood", 4, "impact", 5, "rationale", "已有员工主张劳动关系");
        refused(command(system(), client, "business", risk + "/assessments", assessment), 403,
                "risk.assessment.wrong-department");
        ok(command(system(), client, "hr", risk + "/assessments", assessment));
        RiskAssessed assessed = eventOf(riskId, RiskAssessed.class).orElseThrow();
        assertThat(assessed.score()).isEqualTo(20);
        assertThat(assessed.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(eventOf(riskId, RiskEscalated.class)).get().extracting(RiskEscalated::escalatedTo)
                .isEqualTo(Department.MANAGEMENT);

        assertThat(command(system(), client, "hr", risk + "/escalation-acknowledgement",
                Map.of("direction", "x")).status()).isEqualTo(403);
        ok(command(system(), client, "management", risk + "/escalation-acknowledgement",
                Map.of("direction", "一个月内完成外包退出")));
        assertThat(eventOf(riskId, RiskEscalationAcknowledged.class)).isPresent();
        refused(command(system(), client, "management", risk + "/escalation-acknowledgement",
                Map.of("direction", "再次确认")), 409, "risk.acknowledgement.not-escalated");

        refused(command(system(), client, "hr", risk + "/response", Map.of("strategy", "ACCEPT",
                "controls", "持续监控")), 422, "risk.response.accept-not-low");
        refused(command(system(), client, "hr", risk + "/response", Map.of("strategy", "AVOID",
                "controls", "终止外包", "reviewBy", today.plusMonths(13).toString())), 422,
                "risk.response.review-date-too-late");
        ok(command(system(), client, "hr", risk + "/response", Map.of("strategy", "AVOID",
                "controls", "终止外包，业务收回自营")));
        RiskResponsePlanned planned = eventOf(riskId, RiskResponsePlanned.class).orElseThrow();
        assertThat(planned.strategy()).isEqualTo(RiskResponseStrategy.AVOID);
        assertThat(planned.reviewBy()).isEqualTo(today.plusMonths(12));

        TerminationRecommended recommended = await(() -> eventOf(contractId, TerminationRecommended.class));
        assertThat(recommended.reason()).isEqualTo(TerminationReason.RISK_AVOIDANCE);
        assertThat(recommended.riskId()).isEqualTo(riskId);
        assertThat(recommended.signalId()).isNull();
        assertThat(recommended.explanation()).contains(riskId, "终止外包，业务收回自营");
        String recommendation = truth().eventsOf(contractId).stream()
                .filter(e -> e.getPayload() instanceof TerminationRecommended).findFirst().orElseThrow()
                .getIdentifier();

        ok(command(system(), client, "finance", "/vendors/" + vendorId + "/annual-reviews",
                Map.of("outcome", "CONCERNS", "notes", "资产负债率偏高")));
        String reviewEventId = truth().eventsOf(vendorId).stream()
                .filter(e -> e.getPayload() instanceof AnnualReviewCompleted).findFirst().orElseThrow()
                .getIdentifier();
        String suggestedId = "risk-suggestion:" + reviewEventId;
        RiskSuggested suggested = await(() -> eventOf(suggestedId, RiskSuggested.class));
        assertThat(suggested.subjectKind()).isEqualTo(RiskSubjectKind.VENDOR);
        assertThat(suggested.subjectId()).isEqualTo(vendorId);
        assertThat(suggested.category()).isEqualTo(RiskCategory.FINANCIAL);
        assertThat(suggested.owner()).isEqualTo(Department.FINANCE);
        assertThat(suggested.source()).isEqualTo(RiskSuggestionSource.ANNUAL_REVIEW_CONCERNS);
        assertThat(suggested.sourceEventId()).isEqualTo(reviewEventId);
        assertThat(truth().eventsOf("risk-suggestion:" + recommendation)).isEmpty();

        refused(command(system(), client, "hr", "/risks/" + suggestedId + "/assessments", assessment), 403,
                "risk.assessment.wrong-department");
        ok(command(system(), client, "finance", "/risks/" + suggestedId + "/assessments",
                Map.of("likelihood", 2, "impact", 2, "rationale", "短期偿债能力尚可")));
        ok(command(system(), client, "finance", "/risks/" + suggestedId + "/response",
                Map.of("strategy", "ACCEPT", "controls", "季度复核财务报表",
                        "reviewBy", today.plusMonths(3).toString())));
        assertThat(eventOf(suggestedId, RiskEscalated.class)).isEmpty();
    }

    private static void refused(Response response, int status, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("rule").asString()).isEqualTo(rule);
    }

    private static <T> Optional<T> eventOf(String aggregateId, Class<T> type) {
        return truth().eventOf(aggregateId, type);
    }

    private static StoreTruth truth() {
        return StoreTruth.of(system());
    }

    private static LedgerSystem system() {
        return ledger.system();
    }
}
