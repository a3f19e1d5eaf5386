package com.outsourcingledger.command.process;

import com.outsourcingledger.api.contract.ContractCommand.AssessShamOutsourcingRisk;
import com.outsourcingledger.api.contract.ContractCommand.IssueRectificationNotice;
import com.outsourcingledger.api.contract.ContractCommand.RecommendTerminationForRiskAvoidance;
import com.outsourcingledger.api.contract.RectificationTrigger;
import com.outsourcingledger.api.contract.ShamRiskOccasion;
import com.outsourcingledger.api.signal.ShamSignalEvent.ShamSignalConfirmed;
import com.outsourcingledger.api.signal.ShamSignalResponse;
import com.outsourcingledger.api.signal.ShamSignalType;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.outsourcingledger.api.project.ShamOutsourcingRisk.HIGH;
import static com.outsourcingledger.api.project.ShamOutsourcingRisk.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;

class ShamSignalConsequencesTest {

    private static final String CONTRACT = "contract-1";
    private static final String SIGNAL = "INSTRUCTION_NOT_TO_SITE_LEAD:event-1";
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

    private RecordingCommandBus bus;
    private ShamSignalConsequences process;

    @BeforeEach
    void setUp() {
        bus = new RecordingCommandBus();
        process = new ShamSignalConsequences(DefaultCommandGateway.builder().commandBus(bus).build(),
                Clock.fixed(Instant.parse("2026-04-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    private static ShamSignalConfirmed confirmed(ShamSignalResponse response) {
        return new ShamSignalConfirmed(SIGNAL, CONTRACT, "vendor-1", ShamSignalType.INSTRUCTION_NOT_TO_SITE_LEAD,
                response, "甲方直接指挥乙方员工", MEDIUM);
    }

    private List<Object> sent() {
        return bus.getDispatchedCommands().stream().map(CommandMessage::getPayload).map(Object.class::cast).toList();
    }

    private static AssessShamOutsourcingRisk reassessed() {
        return new AssessShamOutsourcingRisk(CONTRACT, MEDIUM, ShamRiskOccasion.SIGNAL_CONFIRMED, SIGNAL,
                "甲方直接指挥乙方员工");
    }

    @Test
    void reassessesTheRiskAndRecommendsTerminationForRiskAvoidance() {
        process.on(confirmed(ShamSignalResponse.TERMINATION));
        assertThat(sent()).containsExactly(reassessed(),
                new RecommendTerminationForRiskAvoidance(CONTRACT, SIGNAL, "甲方直接指挥乙方员工"));
    }

    @Test
    void reassessesTheRiskAndOpensAComplianceRectificationNamedAfterTheSignal() {
        process.on(confirmed(ShamSignalResponse.RECTIFICATION));
        assertThat(sent()).containsExactly(reassessed(), new IssueRectificationNotice(CONTRACT,
                "sham-signal:" + SIGNAL, null, "Sham-outsourcing signal " + SIGNAL
                + " (INSTRUCTION_NOT_TO_SITE_LEAD) confirmed: 甲方直接指挥乙方员工",
                TODAY.plusDays(SettlementProcess.RECTIFICATION_DAYS), RectificationTrigger.COMPLIANCE, false,
                List.of()));
    }

    @Test
    void onlyReassessesTheRiskForAnAmendmentWhichBusinessProposes() {
        process.on(new ShamSignalConfirmed(SIGNAL, CONTRACT, "vendor-1", ShamSignalType.PER_HEAD_PRICING,
                ShamSignalResponse.AMENDMENT, "改为按成果计价", HIGH));
        assertThat(sent()).containsExactly(new AssessShamOutsourcingRisk(CONTRACT, HIGH,
                ShamRiskOccasion.SIGNAL_CONFIRMED, SIGNAL, "改为按成果计价"));
    }
}
