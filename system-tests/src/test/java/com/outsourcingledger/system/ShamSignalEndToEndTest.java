package com.outsourcingledger.system;

import com.outsourcingledger.api.contract.ContractEvent.ShamOutsourcingRiskAssessed;
import com.outsourcingledger.api.contract.ContractEvent.TerminationRecommended;
import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.signal.ShamSignalEvent.ShamSignalDismissed;
import com.outsourcingledger.api.signal.ShamSignalEvent.ShamSignalRaised;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.signal.SignalSource;
import com.outsourcingledger.system.LedgerClient.Response;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.outsourcingledger.system.StoreTruth.await;
import static com.outsourcingledger.system.ContractSteps.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sham-outsourcing signals (§13) over HTTP on PostgreSQL: a contract drafted with a PER_HEAD fee model raises a
 * PER_HEAD_PRICING signal naming its drafting event; HR cannot conclude before LEGAL's opinion; HR's confirmation
 * with TERMINATION re-assesses the contract's risk and recommends termination for RISK_AVOIDANCE; another signal is
 * dismissed with a reason.
 */
class ShamSignalEndToEndTest {

    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Shanghai");
    @RegisterExtension
    static final RunningLedger ledger = RunningLedger.onPostgres();
    private static final LedgerClient client = new LedgerClient();

    @Test
    void raisesAPerHeadSignalThatHrConfirmsAfterLegalsOpinionAndDismissesAnother() {
        LocalDate today = LocalDate.now(CLIENT_ZONE);
        String vendorId = VendorSteps.registerAndAdmit(system(), client);
        String contractId = drafted(vendorId, "PER_HEAD", today);
        created(command(system(), client, "business", "/contracts/" + contractId + "/slas", sla()));
        submitForCoReview(system(), client, contractId, today);
        approveAndSign(system(), client, contractId);

        DomainEventMessage<?> drafting = truth().eventsOf(contractId).getFirst();
        String signalId = perHeadSignalOf(drafting.getIdentifier());
        ShamSignalRaised raised = await(() -> eventOf(signalId, ShamSignalRaised.class));
        assertThat(raised.type()).isEqualTo(ShamSignalType.PER_HEAD_PRICING);
        assertThat(raised.vendorId()).isEqualTo(vendorId);
        assertThat(raised.sources()).containsExactly(new SignalSource(drafting.getIdentifier(), "Contract",
                contractId, 0, "ContractDrafted"));

        String signal = "/sham-signals/" + signalId;
        Map<String, Object> confirmation = Map.of("response", "TERMINATION",
                "explanation", "按人头计价，甲方直接管理外包人员", "reassessedRisk", "MEDIUM");
        Response early = command(system(), client, "hr", signal + "/confirmation", confirmation);
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().get("rule").asString()).isEqualTo("sham-signal.confirmation.legal-opinion-missing");
        assertThat(command(system(), client, "hr", signal + "/legal-opinion", Map.of("opinion", "x")).status())
                .isEqualTo(403);
        ok(command(system(), client, "legal", signal + "/legal-opinion", Map.of("opinion", "存在劳务派遣认定风险")));
        ok(command(system(), client, "hr", signal + "/confirmation", confirmation));

        TerminationRecommended recommended = await(() -> eventOf(contractId, TerminationRecommended.class));
        assertThat(recommended.reason()).isEqualTo(TerminationReason.RISK_AVOIDANCE);
        assertThat(recommended.signalId()).isEqualTo(signalId);
        assertThat(recommended.explanation()).isEqualTo("按人头计价，甲方直接管理外包人员");
        ShamOutsourcingRiskAssessed assessed = await(() -> eventOf(contractId, ShamOutsourcingRiskAssessed.class));
        assertThat(assessed.risk()).isEqualTo(ShamOutsourcingRisk.MEDIUM);
        assertThat(assessed.occasion()).isEqualTo(ShamRiskOccasion.SIGNAL_CONFIRMED);
        assertThat(assessed.signalId()).isEqualTo(signalId);

        Response byHttp = command(system(), client, "hr", "/contracts/" + contractId + "/sham-risk-assessments",
                Map.of("risk", "LOW", "occasion", "SIGNAL_CONFIRMED", "reasons", "自行确认"));
        assertThat(byHttp.status()).as(byHttp.toString()).isEqualTo(422);
        ok(command(system(), client, "hr", "/contracts/" + contractId + "/sham-risk-assessments",
                Map.of("risk", "LOW", "occasion", "AD_HOC", "reasons", "已改为按成果验收")));

        String other = drafted(vendorId, "TIME_AND_MATERIAL", today);
        String otherId = perHeadSignalOf(truth().eventsOf(other).getFirst().getIdentifier());
        await(() -> eventOf(otherId, ShamSignalRaised.class));
        ok(command(system(), client, "legal", "/sham-signals/" + otherId + "/legal-opinion",
                Map.of("opinion", "工时计价但按成果验收，风险较低")));
        ok(command(system(), client, "hr", "/sham-signals/" + otherId + "/dismissal",
                Map.of("reason", "工时仅为计价口径，现场由供应商管理")));
        assertThat(eventOf(otherId, ShamSignalDismissed.class).map(ShamSignalDismissed::reason))
                .contains("工时仅为计价口径，现场由供应商管理");
        assertThat(truth().count(other, "TerminationRecommended")).isZero();
    }

    private static String drafted(String vendorId, String feeModel, LocalDate today) {
        String contractId = UUID.randomUUID().toString();
        Map<String, Object> draft = new HashMap<>(draft(contractId, vendorId, today.minusMonths(1),
                today.plusMonths(6)));
        Map<String, Object> content = new HashMap<>(content());
        content.put("feeModel", feeModel);
        draft.put("content", content);
        created(command(system(), client, "business", "/contracts", draft));
        return contractId;
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

    /** The detector's id of the signal an event raised: a name-based UUID of the type and the event's identifier. */
    private static String perHeadSignalOf(String eventId) {
        return java.util.UUID.nameUUIDFromBytes(("PER_HEAD_PRICING:" + eventId)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
