package com.outsourcingledger.command.signal;

import com.outsourcingledger.api.contract.ContractStatus;
import com.outsourcingledger.api.contract.FeeModel;
import com.outsourcingledger.api.contract.SettlementCycle;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.signal.ShamSignalCommand.*;
import com.outsourcingledger.api.signal.ShamSignalEvent.*;
import com.outsourcingledger.api.signal.ShamSignalResponse;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.signal.SignalSource;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.command.lookup.ContractFacts;
import com.outsourcingledger.command.lookup.SettlementContracts;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.outsourcingledger.api.project.ShamOutsourcingRisk.MEDIUM;
import static com.outsourcingledger.platform.testing.RuleViolations.breaks;

class ShamSignalTest {

    static final String SIGNAL_ID = "PER_HEAD_PRICING:event-1";
    static final String CONTRACT_ID = "contract-1";
    static final String VENDOR_ID = "vendor-1";
    static final String PROJECT_ID = "project-1";
    static final List<SignalSource> SOURCES = List.of(new SignalSource("event-1", "Contract", CONTRACT_ID, 0,
            "ContractDrafted"));

    private AggregateTestFixture<ShamSignal> fixture;

    static ContractFacts facts() {
        Money amount = new Money(new BigDecimal("100.00"), "CNY");
        return new ContractFacts(CONTRACT_ID, ContractStatus.DRAFTING, VENDOR_ID, PROJECT_ID, amount,
                FeeModel.PER_HEAD, SettlementCycle.MONTHLY, List.of(), null, null, List.of(), Set.of(), Set.of(),
                new Money(BigDecimal.ZERO, "CNY"));
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ShamSignal.class);
        SettlementContracts contracts = id -> CONTRACT_ID.equals(id) ? Optional.of(facts()) : Optional.empty();
        fixture.registerInjectableResource(contracts);
    }

    private static RaiseShamSignal raise() {
        return new RaiseShamSignal(SIGNAL_ID, CONTRACT_ID, ShamSignalType.PER_HEAD_PRICING, "按人头计价", SOURCES);
    }

    private static ShamSignalRaised raised() {
        return new ShamSignalRaised(SIGNAL_ID, CONTRACT_ID, VENDOR_ID, PROJECT_ID, ShamSignalType.PER_HEAD_PRICING,
                "按人头计价", SOURCES);
    }

    private static final ShamSignalLegalOpinionRecorded OPINION =
            new ShamSignalLegalOpinionRecorded(SIGNAL_ID, CONTRACT_ID, "存在劳务派遣风险");

    private TestExecutor<ShamSignal> given(Object... events) {
        return fixture.given(events);
    }

    private static ResultValidator<ShamSignal> when(TestExecutor<ShamSignal> executor, Object command,
                                                    Department department) {
        return executor.when(command, MetaData.from(Map.of(MetadataKeys.USER, department.name().toLowerCase(),
                MetadataKeys.DEPARTMENT, department.name())));
    }

    @Nested
    class Raising {

        @Test
        void raisesTheSignalWithTheContractsVendorAndProject() {
            fixture.givenNoPriorActivity().when(raise()).expectEvents(raised());
        }

        @Test
        void refusesASecondRaiseOfTheSameId() {
            given(raised()).when(raise()).expectException(breaks("sham-signal.raise.already-raised", 409));
        }

        @Test
        void refusesARaiseWithoutSources() {
            fixture.givenNoPriorActivity().when(new RaiseShamSignal(SIGNAL_ID, CONTRACT_ID,
                            ShamSignalType.PER_HEAD_PRICING, "x", List.of()))
                    .expectException(breaks("sham-signal.raise.incomplete", 422));
        }

        @Test
        void refusesARaiseForAnUnknownContract() {
            fixture.givenNoPriorActivity().when(new RaiseShamSignal(SIGNAL_ID, "nope",
                            ShamSignalType.PER_HEAD_PRICING, "x", SOURCES))
                    .expectException(breaks("sham-signal.raise.contract-unknown", 404));
        }
    }

    @Nested
    class LegalOpinion {

        @Test
        void recordsLegalsOpinion() {
            when(given(raised()), new RecordLegalOpinionOnSignal(SIGNAL_ID, "存在劳务派遣风险"), Department.LEGAL)
                    .expectEvents(OPINION);
        }

        @Test
        void refusesAnotherDepartmentAnEmptyOpinionAndAClosedSignal() {
            when(given(raised()), new RecordLegalOpinionOnSignal(SIGNAL_ID, "意见"), Department.HR)
                    .expectException(breaks("sham-signal.legal-opinion.wrong-department", 403));
            when(given(raised()), new RecordLegalOpinionOnSignal(SIGNAL_ID, " "), Department.LEGAL)
                    .expectException(breaks("sham-signal.legal-opinion.text-required", 422));
            when(given(raised(), OPINION, new ShamSignalDismissed(SIGNAL_ID, CONTRACT_ID, VENDOR_ID, "误报")),
                    new RecordLegalOpinionOnSignal(SIGNAL_ID, "意见"), Department.LEGAL)
                    .expectException(breaks("sham-signal.legal-opinion.wrong-status", 409));
        }
    }

    @Nested
    class Dismissal {

        @Test
        void dismissesWithAReasonAfterLegalsOpinion() {
            when(given(raised(), OPINION), new DismissShamSignal(SIGNAL_ID, "固定总价，按成果验收"), Department.HR)
                    .expectEvents(new ShamSignalDismissed(SIGNAL_ID, CONTRACT_ID, VENDOR_ID, "固定总价，按成果验收"));
        }

        @Test
        void refusesBeforeLegalsOpinion() {
            when(given(raised()), new DismissShamSignal(SIGNAL_ID, "误报"), Department.HR)
                    .expectException(breaks("sham-signal.dismissal.legal-opinion-missing", 409));
        }

        @Test
        void refusesWithoutAReasonByAnotherDepartmentOrWhenClosed() {
            when(given(raised(), OPINION), new DismissShamSignal(SIGNAL_ID, ""), Department.HR)
                    .expectException(breaks("sham-signal.dismissal.reason-required", 422));
            when(given(raised(), OPINION), new DismissShamSignal(SIGNAL_ID, "误报"), Department.LEGAL)
                    .expectException(breaks("sham-signal.dismissal.wrong-department", 403));
            when(given(raised(), OPINION, new ShamSignalDismissed(SIGNAL_ID, CONTRACT_ID, VENDOR_ID, "误报")),
                    new DismissShamSignal(SIGNAL_ID, "误报"), Department.HR)
                    .expectException(breaks("sham-signal.dismissal.wrong-status", 409));
        }
    }

    @Nested
    class Confirmation {

        private final ConfirmShamSignal confirm = new ConfirmShamSignal(SIGNAL_ID, ShamSignalResponse.TERMINATION,
                "按人头计价且甲方直接管理", MEDIUM);

        @Test
        void confirmsWithResponseExplanationAndTheReassessedRisk() {
            when(given(raised(), OPINION), confirm, Department.HR)
                    .expectEvents(new ShamSignalConfirmed(SIGNAL_ID, CONTRACT_ID, VENDOR_ID,
                            ShamSignalType.PER_HEAD_PRICING, ShamSignalResponse.TERMINATION, "按人头计价且甲方直接管理",
                            MEDIUM));
        }

        @Test
        void refusesBeforeLegalsOpinion() {
            when(given(raised()), confirm, Department.HR)
                    .expectException(breaks("sham-signal.confirmation.legal-opinion-missing", 409));
        }

        @Test
        void refusesWithoutResponseExplanationOrRisk() {
            when(given(raised(), OPINION), new ConfirmShamSignal(SIGNAL_ID, null, "x", MEDIUM), Department.HR)
                    .expectException(breaks("sham-signal.confirmation.response-required", 422));
            when(given(raised(), OPINION), new ConfirmShamSignal(SIGNAL_ID, ShamSignalResponse.AMENDMENT, " ",
                    MEDIUM), Department.HR)
                    .expectException(breaks("sham-signal.confirmation.explanation-required", 422));
            when(given(raised(), OPINION), new ConfirmShamSignal(SIGNAL_ID, ShamSignalResponse.AMENDMENT, "x",
                    null), Department.HR)
                    .expectException(breaks("sham-signal.confirmation.risk-required", 422));
        }

        @Test
        void refusesAnotherDepartmentAndAClosedSignal() {
            when(given(raised(), OPINION), confirm, Department.LEGAL)
                    .expectException(breaks("sham-signal.confirmation.wrong-department", 403));
            when(given(raised(), OPINION, new ShamSignalDismissed(SIGNAL_ID, CONTRACT_ID, VENDOR_ID, "误报")),
                    confirm, Department.HR)
                    .expectException(breaks("sham-signal.confirmation.wrong-status", 409));
        }
    }
}
