package com.outsourcingledger.command.sourcing;

import com.outsourcingledger.api.project.ProjectCommand.AwardProject;
import com.outsourcingledger.api.project.ProjectCommand.CancelProjectSourcing;
import com.outsourcingledger.api.project.ProjectEvent.ProjectCancelled;
import com.outsourcingledger.api.sourcing.SourcingCommand.CancelSourcing;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingCancelled;
import com.outsourcingledger.api.project.ProjectCommand.StartProjectSourcing;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingAwarded;
import com.outsourcingledger.command.process.ProjectSourcingSaga;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static com.outsourcingledger.command.sourcing.SourcingSamples.*;

class ProjectSourcingSagaTest {

    private SagaTestFixture<ProjectSourcingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ProjectSourcingSaga.class);
    }

    private static SourcingAwarded awarded() {
        return new SourcingAwarded(SOURCING_ID, PROJECT_ID, "v2", 1, new BigDecimal("82.40"), null, scope(), TODAY);
    }

    @Test
    void anOpenedSourcingPutsTheProjectInSourcing() {
        fixture.givenNoPriorActivity()
                .whenAggregate(SOURCING_ID).publishes(opened())
                .expectActiveSagas(1)
                .expectAssociationWith("sourcingId", SOURCING_ID)
                .expectDispatchedCommands(new StartProjectSourcing(PROJECT_ID, SOURCING_ID));
    }

    @Test
    void theAwardAwardsTheProjectAndEndsTheSaga() {
        fixture.givenAggregate(SOURCING_ID).published(opened())
                .whenAggregate(SOURCING_ID).publishes(awarded())
                .expectActiveSagas(0)
                .expectDispatchedCommands(new AwardProject(PROJECT_ID, SOURCING_ID, "v2"));
    }

    @Test
    void anAwardWithoutAnOpenedSagaDispatchesNothing() {
        fixture.givenNoPriorActivity()
                .whenAggregate(SOURCING_ID).publishes(awarded())
                .expectNoDispatchedCommands();
    }

    @Test
    void aProjectCancelledInSourcingCancelsItsRound() {
        fixture.givenAggregate(SOURCING_ID).published(opened())
                .whenAggregate(PROJECT_ID).publishes(new ProjectCancelled(PROJECT_ID, "业务调整", TODAY, SOURCING_ID))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new CancelSourcing(SOURCING_ID, "project cancelled: 业务调整"));
    }

    @Test
    void aRoundCancelledForTheProjectsCancellationDoesNotTouchTheProjectAgain() {
        fixture.givenAggregate(SOURCING_ID).published(opened())
                .andThenAggregate(PROJECT_ID).published(new ProjectCancelled(PROJECT_ID, "业务调整", TODAY, SOURCING_ID))
                .whenAggregate(SOURCING_ID).publishes(new SourcingCancelled(SOURCING_ID, PROJECT_ID,
                        "project cancelled: 业务调整", TODAY))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void aCancelledRoundMakesTheProjectReadyForANewRound() {
        fixture.givenAggregate(SOURCING_ID).published(opened())
                .whenAggregate(SOURCING_ID).publishes(new SourcingCancelled(SOURCING_ID, PROJECT_ID, "流标", TODAY))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new CancelProjectSourcing(PROJECT_ID, SOURCING_ID, "流标"));
    }

    @Test
    void aProjectCancelledOutsideSourcingReachesNoRound() {
        fixture.givenAggregate(SOURCING_ID).published(opened())
                .whenAggregate(PROJECT_ID).publishes(new ProjectCancelled(PROJECT_ID, "业务调整", TODAY, null))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }
}
