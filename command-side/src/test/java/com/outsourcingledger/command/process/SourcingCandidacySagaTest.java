package com.outsourcingledger.command.process;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.sourcing.PanelMember;
import com.outsourcingledger.api.sourcing.ScoringPolicy;
import com.outsourcingledger.api.sourcing.SourcingCommand.RemoveCandidate;
import com.outsourcingledger.api.sourcing.SourcingEvent.CandidateRemoved;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingCancelled;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingOpened;
import com.outsourcingledger.api.vendor.VendorEvent.VendorBlacklisted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorEliminated;
import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.CoreMatchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.outsourcingledger.command.process.ContractingSamples.*;

class SourcingCandidacySagaTest {

    private static final String OTHER_SOURCING = "sourcing-2";
    private SagaTestFixture<SourcingCandidacySaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(SourcingCandidacySaga.class);
    }

    private static SourcingOpened opened(String sourcingId, List<String> candidates) {
        return new SourcingOpened(sourcingId, PROJECT_ID, scope(), candidates,
                List.of(new PanelMember("hr2", Department.HR)), ScoringPolicy.standard(), TODAY);
    }

    /** Two sagas handle the one vendor event, in no fixed order. */
    @Test
    void aBlacklistedVendorLeavesEveryOpenSourcingItStandsIn() {
        fixture.givenAggregate(SOURCING_ID).published(opened(SOURCING_ID, List.of("v1", "v2", "v3")))
                .andThenAggregate(OTHER_SOURCING).published(opened(OTHER_SOURCING, List.of("v2", "v4", "v5")))
                .whenAggregate("v2").publishes(new VendorBlacklisted("v2", "串标", List.of("EV-1")))
                .expectActiveSagas(2)
                .expectDispatchedCommandsMatching(Matchers.listWithAllOf(
                        Matchers.messageWithPayload(CoreMatchers.equalTo(
                                new RemoveCandidate(SOURCING_ID, "v2", "BLACKLISTED", "串标"))),
                        Matchers.messageWithPayload(CoreMatchers.equalTo(
                                new RemoveCandidate(OTHER_SOURCING, "v2", "BLACKLISTED", "串标")))));
    }

    @Test
    void anEliminatedVendorLeavesOnlyTheSourcingsItIsACandidateIn() {
        fixture.givenAggregate(SOURCING_ID).published(opened(SOURCING_ID, List.of("v1", "v2", "v3")))
                .andThenAggregate(OTHER_SOURCING).published(opened(OTHER_SOURCING, List.of("v4", "v5", "v6")))
                .whenAggregate("v1").publishes(new VendorEliminated("v1", "年度考核不合格", List.of()))
                .expectDispatchedCommands(new RemoveCandidate(SOURCING_ID, "v1", "ELIMINATED", "年度考核不合格"));
    }

    @Test
    void aRemovedCandidateIsNotReachedAgain() {
        fixture.givenAggregate(SOURCING_ID).published(opened(SOURCING_ID, List.of("v1", "v2", "v3")),
                        new CandidateRemoved(SOURCING_ID, "v1", "ELIMINATED", "淘汰", TODAY))
                .whenAggregate("v1").publishes(new VendorBlacklisted("v1", "串标", List.of()))
                .expectNoDispatchedCommands();
    }

    @Test
    void aClosedRoundIsNotReachedAgain() {
        fixture.givenAggregate(SOURCING_ID).published(opened(SOURCING_ID, List.of("v1", "v2", "v3")),
                        new SourcingCancelled(SOURCING_ID, PROJECT_ID, "流标", TODAY))
                .whenAggregate("v2").publishes(new VendorBlacklisted("v2", "串标", List.of()))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }
}
