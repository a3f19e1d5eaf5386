package com.outsourcingledger.command.signal;

import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.signal.ShamSignalCommand.RaiseShamSignal;
import com.outsourcingledger.api.signal.ShamSignalType;
import com.outsourcingledger.api.signal.SignalSource;
import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationAdded;
import com.outsourcingledger.command.lookup.VendorPermits;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.test.matchers.Matchers.*;

class DispatchPermitSagaTest {

    private static final String CONTRACT = "contract-1";
    private static final String VENDOR = "vendor-1";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final SignalSource PERMIT = new SignalSource("event-q", "Vendor", VENDOR, 3, "QualificationAdded");

    private final Map<String, SignalSource> held = new HashMap<>();
    private SagaTestFixture<DispatchPermitSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(DispatchPermitSaga.class);
        VendorPermits permits = vendorId -> Optional.ofNullable(held.get(vendorId));
        fixture.registerResource(permits);
    }

    private static ContractDrafted drafted() {
        return new ContractDrafted(CONTRACT, "project-1", VENDOR, "合同", null, null);
    }

    private static QualificationAdded permit() {
        return new QualificationAdded(VENDOR, "q-1", QualificationType.LABOR_DISPATCH_PERMIT, "P-1", "人社局", TODAY,
                TODAY.plusYears(1), false);
    }

    private static Matcher<List<org.axonframework.messaging.Message<?>>> raisedOnce(List<String> sourceNames) {
        return payloadsMatching(exactSequenceOf(predicate(command -> command instanceof RaiseShamSignal raise
                && raise.type() == ShamSignalType.LABOR_DISPATCH_PERMIT && raise.contractId().equals(CONTRACT)
                && raise.signalId().equals(sourceNames.size() == 1
                ? SignalRaising.signalIdOf(ShamSignalType.LABOR_DISPATCH_PERMIT, raise.sources().getFirst().eventId(),
                CONTRACT)
                : SignalRaising.signalIdOf(ShamSignalType.LABOR_DISPATCH_PERMIT, raise.sources().getFirst().eventId()))
                && raise.sources().stream().map(SignalSource::eventName).toList().equals(sourceNames)),
                andNoMore()));
    }

    @Test
    void raisesOnSigningWithAVendorThatHoldsAPermitNamingBothEvents() {
        held.put(VENDOR, PERMIT);
        fixture.givenAggregate(CONTRACT).published(drafted())
                .whenAggregate(CONTRACT).publishes(new ContractSigned(CONTRACT, TODAY, 1))
                .expectDispatchedCommandsMatching(raisedOnce(List.of("ContractSigned", "QualificationAdded")));
    }

    @Test
    void raisesNothingOnSigningWithAVendorWithoutAPermit() {
        fixture.givenAggregate(CONTRACT).published(drafted())
                .whenAggregate(CONTRACT).publishes(new ContractSigned(CONTRACT, TODAY, 1))
                .expectNoDispatchedCommands();
    }

    @Test
    void raisesForARunningContractWhenItsVendorFilesAPermit() {
        fixture.givenAggregate(CONTRACT).published(drafted(), new ContractSigned(CONTRACT, TODAY, 1))
                .whenAggregate(VENDOR).publishes(permit())
                .expectDispatchedCommandsMatching(raisedOnce(List.of("QualificationAdded")));
    }

    @Test
    void raisesNothingForADraftOrAnEndedContract() {
        fixture.givenAggregate(CONTRACT).published(drafted())
                .whenAggregate(VENDOR).publishes(permit())
                .expectNoDispatchedCommands();
        fixture.givenAggregate(CONTRACT).published(drafted(), new ContractSigned(CONTRACT, TODAY, 1),
                        new ContractExpired(CONTRACT, TODAY))
                .whenAggregate(VENDOR).publishes(permit())
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }
}
