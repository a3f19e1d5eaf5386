package com.outsourcingledger.command.process;

import com.outsourcingledger.api.contract.ContractCommand.DraftContractFromAward;
import com.outsourcingledger.api.contract.ContractCommand.WithdrawContractDraft;
import com.outsourcingledger.api.project.ProjectCommand.CloseProject;
import com.outsourcingledger.api.project.ProjectCommand.MarkProjectActive;
import com.outsourcingledger.api.project.ProjectCommand.MarkProjectContracted;
import com.outsourcingledger.api.project.ProjectCommand.OpenProjectRetender;
import com.outsourcingledger.api.contract.ContractEvent.RenewalDecided;
import com.outsourcingledger.api.contract.RenewalDecision;
import com.outsourcingledger.api.project.ProjectEvent.ProjectCancelled;
import com.outsourcingledger.api.refusal.ContractRuleCodes;
import com.outsourcingledger.api.refusal.Refusal;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.outsourcingledger.command.process.ContractingSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectContractingSagaTest {

    private SagaTestFixture<ProjectContractingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ProjectContractingSaga.class);
    }

    @Nested
    class Award {

        @Test
        void draftsAContractForTheAwardedVendorOnceTheProjectTakesTheAward() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .whenAggregate(PROJECT_ID).publishes(projectAwarded())
                    .expectActiveSagas(1)
                    .expectAssociationWith("projectId", PROJECT_ID)
                    .expectAssociationWith("contractId", AWARDED_CONTRACT)
                    .expectDispatchedCommands(new DraftContractFromAward(AWARDED_CONTRACT, PROJECT_ID, SOURCING_ID,
                            VENDOR_ID, scope()));
        }

        @Test
        void theSourcingsAwardAloneDraftsNothing() {
            fixture.givenNoPriorActivity()
                    .whenAggregate(SOURCING_ID).publishes(awarded())
                    .expectActiveSagas(1)
                    .expectAssociationWith("projectId", PROJECT_ID)
                    .expectNoDispatchedCommands();
        }

        @Test
        void anAwardForAProjectCancelledMeanwhileDraftsNothingAndEndsTheProcess() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .whenAggregate(PROJECT_ID).publishes(new ProjectCancelled(PROJECT_ID, "业务调整", TODAY, null))
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }

        @Test
        void namesTheContractAfterTheAwardSoEveryDeliveryNamesTheSameOne() {
            assertThat(ProjectContractingSaga.contractIdFor(SOURCING_ID)).isEqualTo(AWARDED_CONTRACT)
                    .isNotEqualTo(ProjectContractingSaga.contractIdFor("sourcing-2"));
        }

        @Test
        void draftsNothingMoreWhenTheAwardIsDeliveredAgain() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(PROJECT_ID).published(projectAwarded())
                    .whenAggregate(PROJECT_ID).publishes(projectAwarded())
                    .expectActiveSagas(1)
                    .expectNoDispatchedCommands();
        }

        @Test
        void goesOnFollowingTheProjectWhenTheDraftIsRefused() {
            fixture.setCallbackBehavior((command, metadata) -> {
                throw refusedAsTheBusReportsIt(Refusal.conflict(ContractRuleCodes.DRAFTING_VENDOR_BARRED, "barred"));
            });
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .whenAggregate(PROJECT_ID).publishes(projectAwarded())
                    .expectActiveSagas(1)
                    .expectDispatchedCommands(new DraftContractFromAward(AWARDED_CONTRACT, PROJECT_ID, SOURCING_ID,
                            VENDOR_ID, scope()));
        }
    }

    @Nested
    class Cancellation {

        private final ProjectCancelled cancelled = new ProjectCancelled(PROJECT_ID, "业务调整", TODAY, null);
        private final String reason = "Project " + PROJECT_ID + " was cancelled: 业务调整";

        @Test
        void aProjectCancelledAfterItsAwardWithdrawsTheAwardDraftAndEndsTheProcess() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(PROJECT_ID).published(projectAwarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID))
                    .whenAggregate(PROJECT_ID).publishes(cancelled)
                    .expectActiveSagas(0)
                    .expectDispatchedCommands(new WithdrawContractDraft(AWARDED_CONTRACT, reason));
        }

        @Test
        void withdrawsEveryUnsignedDraftOfTheProjectAndLeavesTheOthersAlone() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(PROJECT_ID).published(projectAwarded())
                    .andThenAggregate(SECOND_CONTRACT).published(drafted(SECOND_CONTRACT, PROJECT_ID))
                    .andThenAggregate("contract-3").published(drafted("contract-3", PROJECT_ID),
                            withdrawn("contract-3"))
                    .andThenAggregate("contract-4").published(drafted("contract-4", PROJECT_ID),
                            signed("contract-4"))
                    .andThenAggregate("contract-5").published(drafted("contract-5", PROJECT_ID),
                            closed("contract-5"))
                    .whenAggregate(PROJECT_ID).publishes(cancelled)
                    .expectActiveSagas(0)
                    .expectDispatchedCommands(new WithdrawContractDraft(AWARDED_CONTRACT, reason),
                            new WithdrawContractDraft(SECOND_CONTRACT, reason));
        }

        @Test
        void endsTheProcessEvenWhenAWithdrawalIsRefused() {
            fixture.setCallbackBehavior((command, metadata) -> {
                throw refusedAsTheBusReportsIt(
                        Refusal.conflict(ContractRuleCodes.WITHDRAWAL_WRONG_STATUS, "signed meanwhile"));
            });
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID))
                    .andThenAggregate(SECOND_CONTRACT).published(drafted(SECOND_CONTRACT, PROJECT_ID))
                    .whenAggregate(PROJECT_ID).publishes(cancelled)
                    .expectActiveSagas(0)
                    .expectDispatchedCommands(new WithdrawContractDraft(AWARDED_CONTRACT, reason),
                            new WithdrawContractDraft(SECOND_CONTRACT, reason));
        }

        @Test
        void aProjectWhoseOnlyDraftWasWithdrawnEndsOnCancellationWithoutCommands() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID),
                            withdrawn(AWARDED_CONTRACT))
                    .whenAggregate(PROJECT_ID).publishes(cancelled)
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }
    }

    @Nested
    class Drafts {

        @Test
        void followsAContractDraftedByHandForTheProject() {
            fixture.givenNoPriorActivity()
                    .whenAggregate(SECOND_CONTRACT).publishes(drafted(SECOND_CONTRACT, PROJECT_ID))
                    .expectActiveSagas(1)
                    .expectAssociationWith("contractId", SECOND_CONTRACT)
                    .expectNoDispatchedCommands();
        }

        @Test
        void leavesAContractWithoutAProjectAlone() {
            fixture.givenNoPriorActivity()
                    .whenAggregate(SECOND_CONTRACT).publishes(drafted(SECOND_CONTRACT, null))
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }

        @Test
        void joinsTheProjectsProcessForASecondContract() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID))
                    .whenAggregate(SECOND_CONTRACT).publishes(drafted(SECOND_CONTRACT, PROJECT_ID))
                    .expectActiveSagas(1)
                    .expectAssociationWith("contractId", SECOND_CONTRACT)
                    .expectNoDispatchedCommands();
        }
    }

    @Nested
    class SigningAndActivation {

        @Test
        void aSignedContractMakesTheProjectContracted() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID))
                    .whenAggregate(AWARDED_CONTRACT).publishes(signed(AWARDED_CONTRACT))
                    .expectDispatchedCommands(new MarkProjectContracted(PROJECT_ID, AWARDED_CONTRACT));
        }

        @Test
        void anActiveContractMakesTheProjectActive() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID),
                            signed(AWARDED_CONTRACT))
                    .whenAggregate(AWARDED_CONTRACT).publishes(activated(AWARDED_CONTRACT))
                    .expectDispatchedCommands(new MarkProjectActive(PROJECT_ID, AWARDED_CONTRACT));
        }

        @Test
        void aContractDraftedByHandCountsAsMuchAsTheAwardsDraft() {
            fixture.givenAggregate(SECOND_CONTRACT).published(drafted(SECOND_CONTRACT, PROJECT_ID))
                    .whenAggregate(SECOND_CONTRACT).publishes(signed(SECOND_CONTRACT))
                    .expectDispatchedCommands(new MarkProjectContracted(PROJECT_ID, SECOND_CONTRACT));
        }

        @Test
        void aRetenderDecisionOpensTheProjectToANewRound() {
            fixture.givenAggregate(SECOND_CONTRACT).published(drafted(SECOND_CONTRACT, PROJECT_ID),
                            signed(SECOND_CONTRACT))
                    .whenAggregate(SECOND_CONTRACT).publishes(new RenewalDecided(SECOND_CONTRACT,
                            RenewalDecision.RETENDER, null, "服务质量一般，重新招标"))
                    .expectDispatchedCommands(new OpenProjectRetender(PROJECT_ID, SECOND_CONTRACT));
            fixture.givenAggregate(SECOND_CONTRACT).published(drafted(SECOND_CONTRACT, PROJECT_ID))
                    .whenAggregate(SECOND_CONTRACT).publishes(new RenewalDecided(SECOND_CONTRACT,
                            RenewalDecision.NOT_RENEW, null, "业务收缩"))
                    .expectNoDispatchedCommands();
        }

        @Test
        void ignoresContractsOfOtherProjects() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate("contract-9").published(drafted("contract-9", "project-9"))
                    .whenAggregate("contract-9").publishes(signed("contract-9"))
                    .expectDispatchedCommands(new MarkProjectContracted("project-9", "contract-9"));
        }
    }

    @Nested
    class Closure {

        @Test
        void closesTheProjectWhenItsOnlyContractCloses() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID))
                    .whenAggregate(AWARDED_CONTRACT).publishes(closed(AWARDED_CONTRACT))
                    .expectActiveSagas(0)
                    .expectDispatchedCommands(new CloseProject(PROJECT_ID));
        }

        @Test
        void keepsTheProjectOpenWhileASecondContractRuns() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID))
                    .andThenAggregate(SECOND_CONTRACT).published(drafted(SECOND_CONTRACT, PROJECT_ID))
                    .whenAggregate(AWARDED_CONTRACT).publishes(closed(AWARDED_CONTRACT))
                    .expectActiveSagas(1)
                    .expectNoDispatchedCommands();
        }

        @Test
        void closesTheProjectWhenTheLastOfTwoContractsCloses() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID))
                    .andThenAggregate(SECOND_CONTRACT).published(drafted(SECOND_CONTRACT, PROJECT_ID))
                    .andThenAggregate(AWARDED_CONTRACT).published(closed(AWARDED_CONTRACT))
                    .whenAggregate(SECOND_CONTRACT).publishes(closed(SECOND_CONTRACT))
                    .expectActiveSagas(0)
                    .expectDispatchedCommands(new CloseProject(PROJECT_ID));
        }

        @Test
        void aRedeliveredClosureOfTheFirstContractDoesNotCloseTheProject() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID))
                    .andThenAggregate(SECOND_CONTRACT).published(drafted(SECOND_CONTRACT, PROJECT_ID))
                    .andThenAggregate(AWARDED_CONTRACT).published(closed(AWARDED_CONTRACT))
                    .whenAggregate(AWARDED_CONTRACT).publishes(closed(AWARDED_CONTRACT))
                    .expectActiveSagas(1)
                    .expectNoDispatchedCommands();
        }

        @Test
        void aRedeliveredClosureAfterTheProjectClosedSendsNothing() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID),
                            closed(AWARDED_CONTRACT))
                    .whenAggregate(AWARDED_CONTRACT).publishes(closed(AWARDED_CONTRACT))
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }
    
        @Test
        void aWithdrawnDraftCountsAsClosed() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID))
                    .andThenAggregate(SECOND_CONTRACT).published(drafted(SECOND_CONTRACT, PROJECT_ID),
                            signed(SECOND_CONTRACT))
                    .andThenAggregate(AWARDED_CONTRACT).published(withdrawn(AWARDED_CONTRACT))
                    .whenAggregate(SECOND_CONTRACT).publishes(closed(SECOND_CONTRACT))
                    .expectActiveSagas(0)
                    .expectDispatchedCommands(new CloseProject(PROJECT_ID));
        }

        @Test
        void closesTheProjectWhenItsLastOpenContractIsAWithdrawnDraft() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID))
                    .andThenAggregate(SECOND_CONTRACT).published(drafted(SECOND_CONTRACT, PROJECT_ID),
                            closed(SECOND_CONTRACT))
                    .whenAggregate(AWARDED_CONTRACT).publishes(withdrawn(AWARDED_CONTRACT))
                    .expectActiveSagas(0)
                    .expectDispatchedCommands(new CloseProject(PROJECT_ID));
        }

        @Test
        void aProjectWhoseOnlyDraftIsWithdrawnWaitsForANewDraft() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID))
                    .andThenAggregate(AWARDED_CONTRACT).published(withdrawn(AWARDED_CONTRACT))
                    .andThenAggregate(SECOND_CONTRACT).published(drafted(SECOND_CONTRACT, PROJECT_ID),
                            signed(SECOND_CONTRACT))
                    .whenAggregate(SECOND_CONTRACT).publishes(closed(SECOND_CONTRACT))
                    .expectActiveSagas(0)
                    .expectDispatchedCommands(new CloseProject(PROJECT_ID));
        }

        @Test
        void aWithdrawnOnlyDraftAloneClosesNothing() {
            fixture.givenAggregate(SOURCING_ID).published(awarded())
                    .andThenAggregate(AWARDED_CONTRACT).published(drafted(AWARDED_CONTRACT, PROJECT_ID))
                    .whenAggregate(AWARDED_CONTRACT).publishes(withdrawn(AWARDED_CONTRACT))
                    .expectActiveSagas(1)
                    .expectNoDispatchedCommands();
        }
    }

    /** A refusal reaches a process as the command bus reports it: an execution failure carrying the rule. */
    private static CommandExecutionException refusedAsTheBusReportsIt(Refusal refusal) {
        return new CommandExecutionException(refusal.getMessage(), refusal, refusal.toRuleViolation());
    }
}
