package com.outsourcingledger.command.process;

import com.outsourcingledger.api.contract.ContractCommand.RecordWorkerAccessRevoked;
import com.outsourcingledger.api.contract.ContractEvent.ContractExpired;
import com.outsourcingledger.api.contract.ContractEvent.ContractTerminated;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.api.worker.WorkerCommand.StartOffboarding;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerExited;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerFilingSubmitted;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerWithdrawn;
import com.outsourcingledger.api.worker.WorkerProofs;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

class ContractWorkersProcessTest {

    private static final String CONTRACT_ID = "contract-1";
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    private static final LocalDate LAST_DAY = TODAY.minusDays(5);
    private static final String EXPIRED = "Contract " + CONTRACT_ID + " expired";
    private static final String DERIVED = "Derived from the exit of every worker of the contract";

    private SagaTestFixture<ContractWorkersProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ContractWorkersProcess.class);
        fixture.registerResource(Clock.fixed(Instant.parse("2026-04-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    private static WorkerFilingSubmitted filed(String workerId) {
        return new WorkerFilingSubmitted(workerId, CONTRACT_ID, "vendor-1",
                new SealedPersonalData(workerId, "AES-256-GCM", "c2VhbGVk"),
                new WorkerProofs("LC-1", "SI-1", "2026-03", "NDA-1"));
    }

    private static WorkerExited exited(String workerId, LocalDate on, boolean late) {
        return new WorkerExited(workerId, CONTRACT_ID, on, late);
    }

    @Test
    void offboardsEveryWorkerNotYetExitedWithTheContractsEndDate() {
        fixture.givenAggregate("w-1").published(filed("w-1"))
                .andThenAggregate("w-2").published(filed("w-2"))
                .andThenAggregate("w-3").published(filed("w-3"), new WorkerWithdrawn("w-3", "人员更换"))
                .whenAggregate(CONTRACT_ID).publishes(new ContractExpired(CONTRACT_ID, LAST_DAY))
                .expectDispatchedCommands(new StartOffboarding("w-1", LAST_DAY, EXPIRED),
                        new StartOffboarding("w-2", LAST_DAY, EXPIRED));
    }

    @Test
    void offboardsWithTheLastServiceDayOfATermination() {
        LocalDate lastServiceDay = TODAY.plusDays(10);
        fixture.givenAggregate("w-1").published(filed("w-1"))
                .whenAggregate(CONTRACT_ID).publishes(new ContractTerminated(CONTRACT_ID, TerminationReason.MUTUAL,
                        "协商一致", List.of(), TODAY, lastServiceDay, null, null))
                .expectDispatchedCommands(new StartOffboarding("w-1", lastServiceDay,
                        "Contract " + CONTRACT_ID + " terminated (MUTUAL)"));
    }

    @Test
    void recordsTheAccessRevokedStepOnTheContractWhenTheLastWorkerExits() {
        fixture.givenAggregate("w-1").published(filed("w-1"))
                .andThenAggregate("w-2").published(filed("w-2"))
                .andThenAggregate(CONTRACT_ID).published(new ContractExpired(CONTRACT_ID, LAST_DAY))
                .andThenAggregate("w-1").published(exited("w-1", LAST_DAY.minusDays(1), false))
                .whenAggregate("w-2").publishes(exited("w-2", LAST_DAY, false))
                .expectDispatchedCommands(new RecordWorkerAccessRevoked(CONTRACT_ID, LAST_DAY, DERIVED))
                .expectActiveSagas(0);
    }

    @Test
    void recordsNothingWhileAWorkerStillHoldsAccess() {
        fixture.givenAggregate("w-1").published(filed("w-1"))
                .andThenAggregate("w-2").published(filed("w-2"))
                .andThenAggregate(CONTRACT_ID).published(new ContractExpired(CONTRACT_ID, LAST_DAY))
                .whenAggregate("w-1").publishes(exited("w-1", LAST_DAY, false))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void recordsTheStepLateWhenAWorkersRevocationWasLate() {
        fixture.givenAggregate("w-1").published(filed("w-1"))
                .andThenAggregate(CONTRACT_ID).published(new ContractExpired(CONTRACT_ID, LAST_DAY))
                .whenAggregate("w-1").publishes(exited("w-1", TODAY, true))
                .expectDispatchedCommands(new RecordWorkerAccessRevoked(CONTRACT_ID, TODAY,
                        DERIVED + "; at least one revocation or return was late"));
    }

    @Test
    void recordsTheStepAtOnceWhenNoWorkerIsLeftAtTheEnd() {
        fixture.givenAggregate("w-1").published(filed("w-1"), new WorkerWithdrawn("w-1", "人员更换"))
                .whenAggregate(CONTRACT_ID).publishes(new ContractExpired(CONTRACT_ID, LAST_DAY))
                .expectDispatchedCommands(new RecordWorkerAccessRevoked(CONTRACT_ID, LAST_DAY, DERIVED));
    }

    @Test
    void neverDatesTheStepAfterTodayForALastServiceDayStillToCome() {
        LocalDate lastServiceDay = TODAY.plusDays(10);
        fixture.givenAggregate("w-1").published(filed("w-1"))
                .andThenAggregate(CONTRACT_ID).published(new ContractTerminated(CONTRACT_ID, TerminationReason.MUTUAL,
                        "协商一致", List.of(), TODAY, lastServiceDay, null, null))
                .whenAggregate("w-1").publishes(exited("w-1", TODAY, false))
                .expectDispatchedCommands(new RecordWorkerAccessRevoked(CONTRACT_ID, TODAY, DERIVED));
    }
}
