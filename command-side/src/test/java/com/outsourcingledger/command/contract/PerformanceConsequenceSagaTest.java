package com.outsourcingledger.command.contract;

import com.outsourcingledger.api.contract.ContractCommand.IssueEvaluationRectificationNotice;
import com.outsourcingledger.api.contract.ContractEvent.ContractClosed;
import com.outsourcingledger.api.contract.ContractEvent.RectificationFailed;
import com.outsourcingledger.api.evaluation.EvaluationEvent.PerformanceBelowStandard;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.api.vendor.VendorCommand.WarnVendor;
import com.outsourcingledger.command.process.PerformanceConsequenceSaga;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.outsourcingledger.command.contract.ContractSamples.*;

class PerformanceConsequenceSagaTest {

    private static final String EVALUATION_ID = CONTRACT_ID + ":2026-Q1";

    private SagaTestFixture<PerformanceConsequenceSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(PerformanceConsequenceSaga.class);
    }

    private static PerformanceBelowStandard belowStandard() {
        return new PerformanceBelowStandard(EVALUATION_ID, CONTRACT_ID, VENDOR_ID, "2026-Q1", Grade.D);
    }

    private static RectificationFailed failed() {
        return new RectificationFailed(CONTRACT_ID, "rn-1", "问题复现", "2026-Q2");
    }

    @Test
    void asksTheContractForAnEvaluationNoticeWhenPerformanceIsBelowStandard() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .whenAggregate(EVALUATION_ID).publishes(belowStandard())
                .expectDispatchedCommands(new IssueEvaluationRectificationNotice(CONTRACT_ID, EVALUATION_ID, "2026-Q1", "D"));
    }

    @Test
    void warnsTheVendorOfAFailedRectification() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .whenAggregate(CONTRACT_ID).publishes(failed())
                .expectDispatchedCommands(new WarnVendor(VENDOR_ID,
                        "Rectification notice rn-1 of contract " + CONTRACT_ID + " failed: 问题复现",
                        List.of("contract/" + CONTRACT_ID + "/rectification-notice/rn-1")));
    }

    @Test
    void warnsOnceWhenTheFailureIsDeliveredAgain() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted(), failed())
                .whenAggregate(CONTRACT_ID).publishes(failed())
                .expectNoDispatchedCommands();
    }

    @Test
    void doesNotWarnForAFailureRecordedBeforeFailuresCounted() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .whenAggregate(CONTRACT_ID).publishes(new RectificationFailed(CONTRACT_ID, "rn-1", "问题复现", null))
                .expectNoDispatchedCommands();
    }

    @Test
    void endsWhenTheContractCloses() {
        fixture.givenAggregate(CONTRACT_ID).published(drafted())
                .whenAggregate(CONTRACT_ID).publishes(new ContractClosed(CONTRACT_ID, TODAY))
                .expectActiveSagas(0);
    }
}
