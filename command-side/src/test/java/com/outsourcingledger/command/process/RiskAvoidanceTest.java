package com.outsourcingledger.command.process;

import com.outsourcingledger.api.contract.ContractCommand.RecommendTerminationForAvoidedRisk;
import com.outsourcingledger.api.risk.RiskEvent.RiskResponsePlanned;
import com.outsourcingledger.api.risk.RiskEvent.RiskReviewed;
import com.outsourcingledger.api.risk.RiskLevel;
import com.outsourcingledger.api.risk.RiskSubjectKind;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.outsourcingledger.api.risk.RiskResponseStrategy.AVOID;
import static com.outsourcingledger.api.risk.RiskResponseStrategy.REDUCE;
import static org.assertj.core.api.Assertions.assertThat;

class RiskAvoidanceTest {

    private static final LocalDate REVIEW_BY = LocalDate.of(2026, 10, 10);

    private RecordingCommandBus bus;
    private RiskAvoidance process;

    @BeforeEach
    void setUp() {
        bus = new RecordingCommandBus();
        process = new RiskAvoidance(DefaultCommandGateway.builder().commandBus(bus).build());
    }

    private List<Object> sent() {
        return bus.getDispatchedCommands().stream().map(CommandMessage::getPayload).map(Object.class::cast).toList();
    }

    @Test
    void recommendsTheContractsTerminationWhenAvoidIsPlannedForARiskOnIt() {
        process.on(new RiskResponsePlanned("risk-1", RiskSubjectKind.CONTRACT, "contract-1", AVOID, "终止外包",
                REVIEW_BY, 12));
        assertThat(sent()).containsExactly(new RecommendTerminationForAvoidedRisk("contract-1", "risk-1",
                "Risk risk-1 is to be avoided: 终止外包"));
    }

    @Test
    void recommendsItWhenAReviewSetsAvoid() {
        process.on(new RiskReviewed("risk-1", RiskSubjectKind.CONTRACT, "contract-1", 5, 5, 25, RiskLevel.HIGH, 15,
                6, AVOID, "终止外包", REVIEW_BY, 12, null));
        assertThat(sent()).containsExactly(new RecommendTerminationForAvoidedRisk("contract-1", "risk-1",
                "Risk risk-1 is to be avoided: 终止外包"));
    }

    @Test
    void sendsNothingForAnotherResponseOrAnotherSubject() {
        process.on(new RiskResponsePlanned("risk-1", RiskSubjectKind.CONTRACT, "contract-1", REDUCE, "x", REVIEW_BY,
                12));
        process.on(new RiskResponsePlanned("risk-2", RiskSubjectKind.VENDOR, "vendor-1", AVOID, "x", REVIEW_BY, 12));
        process.on(new RiskReviewed("risk-3", RiskSubjectKind.PROJECT, "project-1", 5, 5, 25, RiskLevel.HIGH, 15, 6,
                AVOID, "x", REVIEW_BY, 12, null));
        assertThat(sent()).isEmpty();
    }
}
