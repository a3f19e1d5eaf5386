package com.outsourcingledger.command.sourcing;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectStatus;
import com.outsourcingledger.api.project.ProjectEvent.ProjectCancelled;
import com.outsourcingledger.api.project.ProjectEvent.ProjectDrafted;
import com.outsourcingledger.api.project.ProjectEvent.ProjectSourcingCancelled;
import com.outsourcingledger.api.project.ProjectEvent.ProjectSourcingStarted;
import com.outsourcingledger.api.project.ProjectEvent.ProjectSubmitted;
import com.outsourcingledger.api.sourcing.Criterion;
import com.outsourcingledger.api.sourcing.PanelMember;
import com.outsourcingledger.api.sourcing.ScoringPolicy;
import com.outsourcingledger.api.sourcing.SourcingCommand.*;
import com.outsourcingledger.api.sourcing.SourcingEvent.*;
import com.outsourcingledger.api.vendor.VendorStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.platform.testing.RuleViolations.breaks;
import static com.outsourcingledger.command.sourcing.SourcingSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

class SourcingTest {

    private AggregateTestFixture<Sourcing> fixture;
    private InMemoryStandings standings;

    @BeforeEach
    void setUp() {
        standings = new InMemoryStandings();
        CANDIDATES.forEach(v -> standings.vendor(v, VendorStatus.ADMITTED));
        standings.project(PROJECT_ID, establishedProject());
        fixture = new AggregateTestFixture<>(Sourcing.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZONE));
        fixture.registerInjectableResource(standings);
    }

    private TestExecutor<Sourcing> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(events);
    }

    private TestExecutor<Sourcing> givenEverySheet(Object... later) {
        List<Object> events = new ArrayList<>(List.of(opened()));
        events.addAll(everySheet());
        events.addAll(List.of(later));
        return given(events.toArray());
    }

    private static OpenSourcing open(List<String> candidates, List<PanelMember> panel, ScoringPolicy policy) {
        return new OpenSourcing(SOURCING_ID, PROJECT_ID, candidates, panel, policy);
    }

    @Nested
    class OpenSourcingCommand {

        @Test
        void opensWithTheStandardPolicyRecordedWholeAndClaimsTheProject() {
            fixture.givenNoPriorActivity()
                    .when(open(CANDIDATES, PANEL, null))
                    .expectEvents(opened());
            assertThat(standings.claimOf(PROJECT_ID)).contains(SOURCING_ID);
        }

        @Test
        void opensWithACustomPolicy() {
            ScoringPolicy custom = new ScoringPolicy("2026-price-heavy", Map.of(Criterion.TECHNICAL_PROPOSAL, 20,
                    Criterion.EXPERIENCE, 20, Criterion.MANAGEMENT_SERVICE, 20, Criterion.PRICE, 30,
                    Criterion.FINANCE_REPUTATION, 10));
            fixture.givenNoPriorActivity()
                    .when(open(CANDIDATES, PANEL, custom))
                    .expectEvents(new SourcingOpened(SOURCING_ID, PROJECT_ID, scope(), CANDIDATES, PANEL, custom, TODAY));
        }

        @Test
        void refusesWeightsThatDoNotSumTo100OrMissACriterion() {
            Map<Criterion, Integer> weights = new HashMap<>(ScoringPolicy.standard().weights());
            weights.put(Criterion.PRICE, 25);
            fixture.givenNoPriorActivity()
                    .when(open(CANDIDATES, PANEL, new ScoringPolicy("bad", weights)))
                    .expectException(breaks("sourcing.open.weights-must-sum-to-100", 422));
            weights.remove(Criterion.PRICE);
            weights.put(Criterion.TECHNICAL_PROPOSAL, 45);
            fixture.givenNoPriorActivity()
                    .when(open(CANDIDATES, PANEL, new ScoringPolicy("bad", weights)))
                    .expectException(breaks("sourcing.open.invalid-policy", 422));
        }

        @Test
        void refusesFewerThanThreeCandidatesOrTheSameOneTwice() {
            fixture.givenNoPriorActivity()
                    .when(open(List.of("v1", "v2"), PANEL, null))
                    .expectException(breaks("sourcing.open.too-few-candidates", 422));
            fixture.givenNoPriorActivity()
                    .when(open(List.of("v1", "v2", "v2"), PANEL, null))
                    .expectException(breaks("sourcing.open.duplicate-candidate", 422));
        }

        @Test
        void refusesABlacklistedSuspendedOrUnknownCandidate() {
            standings.vendor("v3", VendorStatus.BLACKLISTED);
            fixture.givenNoPriorActivity().when(open(CANDIDATES, PANEL, null))
                    .expectException(breaks("sourcing.open.vendor-ineligible", 422));
            standings.vendor("v3", VendorStatus.SUSPENDED);
            fixture.givenNoPriorActivity().when(open(CANDIDATES, PANEL, null))
                    .expectException(breaks("sourcing.open.vendor-ineligible", 422));
            fixture.givenNoPriorActivity().when(open(List.of("v1", "v2", "v9"), PANEL, null))
                    .expectException(breaks("sourcing.open.unknown-vendor", 422));
            assertThat(standings.claimOf(PROJECT_ID)).isEmpty();
        }

        @Test
        void refusesAPanelWithoutLegalOrWithAMemberTwice() {
            List<PanelMember> noLegal = PANEL.stream().filter(m -> m.department() != Department.LEGAL).toList();
            fixture.givenNoPriorActivity().when(open(CANDIDATES, noLegal, null))
                    .expectException(breaks("sourcing.open.panel-incomplete", 422));
            List<PanelMember> twice = new ArrayList<>(PANEL);
            twice.add(new PanelMember("hr2", Department.HR));
            fixture.givenNoPriorActivity().when(open(CANDIDATES, twice, null))
                    .expectException(breaks("sourcing.open.duplicate-panel-member", 422));
        }

        @Test
        void refusesAPanelMemberWhoWroteTheRequest() {
            List<PanelMember> withDrafter = new ArrayList<>(PANEL);
            withDrafter.set(0, new PanelMember("business", Department.BUSINESS));
            fixture.givenNoPriorActivity().when(open(CANDIDATES, withDrafter, null))
                    .expectException(breaks("sourcing.open.panel-member-authored-request", 422));
        }

        @Test
        void refusesAPanelOnWhichWhoeverOpensTheSourcingSits() {
            fixture.givenNoPriorActivity().when(open(CANDIDATES, PANEL, null), actingAs("hr2", Department.HR))
                    .expectException(breaks("sourcing.open.panel-member-opened-sourcing", 422));
        }

        @Test
        void refusesAProjectThatIsNotEstablishedOrUnknown() {
            standings.project(PROJECT_ID, new ProjectDrafted(PROJECT_ID, request(), "business"),
                    new ProjectSubmitted(PROJECT_ID, "business", TODAY, 1));
            fixture.givenNoPriorActivity().when(open(CANDIDATES, PANEL, null))
                    .expectException(breaks("sourcing.open.project-not-established", 409));
            fixture.givenNoPriorActivity()
                    .when(new OpenSourcing(SOURCING_ID, "project-9", CANDIDATES, PANEL, null))
                    .expectException(breaks("sourcing.open.unknown-project", 404));
        }

        @Test
        void refusesASecondSourcingForTheSameProject() {
            standings.claim(PROJECT_ID, "sourcing-0", null);
            fixture.givenNoPriorActivity().when(open(CANDIDATES, PANEL, null))
                    .expectException(breaks("sourcing.open.project-already-sourcing", 409));
        }

        @Test
        void opensARetenderRoundOnAContractedProjectTakingTheClaimFromTheAwardedRound() {
            standings.claim(PROJECT_ID, "sourcing-0", null);
            List<ProjectEvent> history = new ArrayList<>(List.of(establishedProject()));
            history.add(new ProjectSourcingStarted(PROJECT_ID, "sourcing-0"));
            history.add(new ProjectEvent.ProjectAwarded(PROJECT_ID, "sourcing-0", "v1", TODAY));
            history.add(new ProjectEvent.ProjectContracted(PROJECT_ID, "contract-1", TODAY));
            standings.project(PROJECT_ID, history.toArray(ProjectEvent[]::new));
            fixture.givenNoPriorActivity().when(open(CANDIDATES, PANEL, null))
                    .expectException(breaks("sourcing.open.project-not-established", 409));
            history.add(new ProjectEvent.ProjectRetenderOpened(PROJECT_ID, "contract-1", TODAY));
            standings.project(PROJECT_ID, history.toArray(ProjectEvent[]::new));
            fixture.givenNoPriorActivity().when(open(CANDIDATES, PANEL, null))
                    .expectEvents(opened());
            assertThat(standings.claimOf(PROJECT_ID)).contains(SOURCING_ID);
        }

        @Test
        void opensANewRoundAfterTheProjectCancelledItsLastOne() {
            standings.claim(PROJECT_ID, "sourcing-0", null);
            List<ProjectEvent> history = new ArrayList<>(List.of(establishedProject()));
            history.add(new ProjectSourcingStarted(PROJECT_ID, "sourcing-0"));
            history.add(new ProjectSourcingCancelled(PROJECT_ID, "sourcing-0", "流标", TODAY, ProjectStatus.ESTABLISHED));
            standings.project(PROJECT_ID, history.toArray(ProjectEvent[]::new));
            fixture.givenNoPriorActivity().when(open(CANDIDATES, PANEL, null))
                    .expectEvents(opened());
            assertThat(standings.claimOf(PROJECT_ID)).contains(SOURCING_ID);
        }
    }

    @Nested
    class SubmitScoreSheetCommand {

        private final PanelMember hr2 = PANEL.get(1);

        @Test
        void recordsTheMembersOwnSheet() {
            given(opened())
                    .when(new SubmitScoreSheet(SOURCING_ID, "v1", scores(75), "评分说明"), actingAs("hr2", Department.HR))
                    .expectEvents(sheet(hr2, "v1"));
        }

        @Test
        void refusesSomeoneOffThePanelOrScoringAsSomeoneElse() {
            given(opened())
                    .when(new SubmitScoreSheet(SOURCING_ID, "v1", scores(75), null), actingAs("hr", Department.HR))
                    .expectException(breaks("sourcing.score-sheet.not-panel-member", 403));
            given(opened())
                    .when(new SubmitScoreSheet(SOURCING_ID, "v1", scores(75), null), actingAs("hr2", Department.LEGAL))
                    .expectException(breaks("sourcing.score-sheet.not-panel-member", 403));
        }

        @Test
        void refusesAVendorUserWhoHasNoDepartment() {
            given(opened())
                    .when(new SubmitScoreSheet(SOURCING_ID, "v1", scores(75), null), java.util.Map.of(
                            com.outsourcingledger.api.wire.MetadataKeys.USER, "hr2",
                            com.outsourcingledger.api.wire.MetadataKeys.VENDOR, "v1"))
                    .expectException(breaks("sourcing.score-sheet.not-panel-member", 403));
        }

        @Test
        void refusesTheSheetOfTheMemberWhoOpenedTheSourcing() {
            given(GenericEventMessage.asEventMessage(opened()).withMetaData(actingAs("hr2", Department.HR)))
                    .when(new SubmitScoreSheet(SOURCING_ID, "v1", scores(75), null), actingAs("hr2", Department.HR))
                    .expectException(breaks("sourcing.score-sheet.own-sourcing", 403));
        }

        @Test
        void refusesTheSheetOfTheMemberWhoRegisteredTheCandidate() {
            standings.registeredBy("v1", "hr2");
            given(opened())
                    .when(new SubmitScoreSheet(SOURCING_ID, "v1", scores(75), null), actingAs("hr2", Department.HR))
                    .expectException(breaks("sourcing.score-sheet.own-vendor", 403));
            given(opened())
                    .when(new SubmitScoreSheet(SOURCING_ID, "v2", scores(75), null), actingAs("hr2", Department.HR))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesToChangeASubmittedSheet() {
            given(opened(), sheet(hr2, "v1"))
                    .when(new SubmitScoreSheet(SOURCING_ID, "v1", scores(99), "改分"), actingAs("hr2", Department.HR))
                    .expectException(breaks("sourcing.score-sheet.already-submitted", 409));
        }

        @Test
        void refusesScoresOutOfRangeOrIncomplete() {
            Map<Criterion, Integer> tooHigh = new HashMap<>(scores(75));
            tooHigh.put(Criterion.PRICE, 101);
            given(opened())
                    .when(new SubmitScoreSheet(SOURCING_ID, "v1", tooHigh, null), actingAs("hr2", Department.HR))
                    .expectException(breaks("sourcing.score-sheet.invalid-scores", 422));
            given(opened())
                    .when(new SubmitScoreSheet(SOURCING_ID, "v1", Map.of(Criterion.PRICE, 80), null),
                            actingAs("hr2", Department.HR))
                    .expectException(breaks("sourcing.score-sheet.invalid-scores", 422));
        }

        @Test
        void refusesAVendorThatIsNoCandidate() {
            given(opened())
                    .when(new SubmitScoreSheet(SOURCING_ID, "v9", scores(75), null), actingAs("hr2", Department.HR))
                    .expectException(breaks("sourcing.score-sheet.not-a-candidate", 422));
        }

        @Test
        void refusesSheetsAfterConsolidation() {
            givenEverySheet(consolidated())
                    .when(new SubmitScoreSheet(SOURCING_ID, "v1", scores(75), null), actingAs("hr2", Department.HR))
                    .expectException(breaks("sourcing.score-sheet.consolidated", 409));
        }
    }

    @Nested
    class ConsolidateScoresCommand {

        @Test
        void ranksByWeightedMeanUnderTheRecordedPolicy() {
            givenEverySheet()
                    .when(new ConsolidateScores(SOURCING_ID))
                    .expectEvents(consolidated());
            assertThat(consolidated().ranking()).extracting(r -> r.vendorId() + "#" + r.rank() + "=" + r.weightedScore())
                    .containsExactly("v2#1=82.40", "v1#2=72.40", "v3#3=62.40");
        }

        @Test
        void refusesWhileSheetsAreMissing() {
            given(opened(), sheet(PANEL.getFirst(), "v1"))
                    .when(new ConsolidateScores(SOURCING_ID))
                    .expectException(breaks("sourcing.consolidation.sheets-missing", 409));
        }

        @Test
        void refusesToConsolidateTwice() {
            givenEverySheet(consolidated())
                    .when(new ConsolidateScores(SOURCING_ID))
                    .expectException(breaks("sourcing.consolidation.already-consolidated", 409));
        }
    }

    @Nested
    class AwardSourcingCommand {

        @BeforeEach
        void projectInSourcing() {
            standings.project(PROJECT_ID, SourcingSamples.projectInSourcing());
        }

        @Test
        void refusesTheAwardForAProjectCancelledMeanwhile() {
            List<ProjectEvent> history = new ArrayList<>(List.of(SourcingSamples.projectInSourcing()));
            history.add(new ProjectCancelled(PROJECT_ID, "业务调整", TODAY, SOURCING_ID));
            standings.project(PROJECT_ID, history.toArray(ProjectEvent[]::new));
            givenEverySheet(consolidated())
                    .when(new AwardSourcing(SOURCING_ID, "v2", null))
                    .expectException(breaks("sourcing.award.project-not-sourcing", 409));
        }

        @Test
        void refusesTheAwardOfACancelledRound() {
            givenEverySheet(consolidated(), new SourcingCancelled(SOURCING_ID, PROJECT_ID, "流标", TODAY))
                    .when(new AwardSourcing(SOURCING_ID, "v2", null))
                    .expectException(breaks("sourcing.award.not-consolidated", 409));
        }

        @Test
        void theTopRemainingCandidateNeedsNoJustificationOnceTheTopOneIsRemoved() {
            givenEverySheet(consolidated(), new CandidateRemoved(SOURCING_ID, "v2", "BLACKLISTED", "严重违规", TODAY))
                    .when(new AwardSourcing(SOURCING_ID, "v1", null))
                    .expectEvents(new SourcingAwarded(SOURCING_ID, PROJECT_ID, "v1", 2, new BigDecimal("72.40"),
                            null, scope(), TODAY));
            givenEverySheet(consolidated(), new CandidateRemoved(SOURCING_ID, "v2", "BLACKLISTED", "严重违规", TODAY))
                    .when(new AwardSourcing(SOURCING_ID, "v2", "理由"))
                    .expectException(breaks("sourcing.award.not-a-candidate", 422));
        }

        @Test
        void awardsTheTopRankedCandidateWithTheProjectScope() {
            givenEverySheet(consolidated())
                    .when(new AwardSourcing(SOURCING_ID, "v2", null))
                    .expectEvents(new SourcingAwarded(SOURCING_ID, PROJECT_ID, "v2", 1, new BigDecimal("82.40"), null,
                            scope(), TODAY));
        }

        @Test
        void awardsAnotherCandidateOnlyWithAWrittenJustification() {
            givenEverySheet(consolidated())
                    .when(new AwardSourcing(SOURCING_ID, "v1", " "))
                    .expectException(breaks("sourcing.award.justification-required", 422));
            givenEverySheet(consolidated())
                    .when(new AwardSourcing(SOURCING_ID, "v1", "v2 已被暂停合作评估，v1 方案风险更低"))
                    .expectEvents(new SourcingAwarded(SOURCING_ID, PROJECT_ID, "v1", 2, new BigDecimal("72.40"),
                            "v2 已被暂停合作评估，v1 方案风险更低", scope(), TODAY));
        }

        @Test
        void refusesAVendorThatIsNotAdmitted() {
            standings.vendor("v2", VendorStatus.UNDER_DUE_DILIGENCE);
            givenEverySheet(consolidated())
                    .when(new AwardSourcing(SOURCING_ID, "v2", null))
                    .expectException(breaks("sourcing.award.vendor-not-admitted", 422));
        }

        @Test
        void refusesBeforeConsolidationOrForANonCandidate() {
            givenEverySheet()
                    .when(new AwardSourcing(SOURCING_ID, "v2", null))
                    .expectException(breaks("sourcing.award.not-consolidated", 409));
            givenEverySheet(consolidated())
                    .when(new AwardSourcing(SOURCING_ID, "v9", "理由"))
                    .expectException(breaks("sourcing.award.not-a-candidate", 422));
        }
    }

    @Nested
    class CancelSourcingCommand {

        @Test
        void cancelsAnOpenOrConsolidatedRoundWithItsReason() {
            given(opened()).when(new CancelSourcing(SOURCING_ID, "流标：有效投标不足"))
                    .expectEvents(new SourcingCancelled(SOURCING_ID, PROJECT_ID, "流标：有效投标不足", TODAY));
            givenEverySheet(consolidated()).when(new CancelSourcing(SOURCING_ID, "流标"))
                    .expectEvents(new SourcingCancelled(SOURCING_ID, PROJECT_ID, "流标", TODAY));
        }

        @Test
        void refusesWithoutReasonOrOnceDecided() {
            given(opened()).when(new CancelSourcing(SOURCING_ID, " "))
                    .expectException(breaks("sourcing.cancellation.reason-required", 422));
            givenEverySheet(consolidated(), new SourcingAwarded(SOURCING_ID, PROJECT_ID, "v2", 1,
                    new BigDecimal("82.40"), null, scope(), TODAY))
                    .when(new CancelSourcing(SOURCING_ID, "流标"))
                    .expectException(breaks("sourcing.cancellation.wrong-status", 409));
            given(opened(), new SourcingCancelled(SOURCING_ID, PROJECT_ID, "流标", TODAY))
                    .when(new CancelSourcing(SOURCING_ID, "流标"))
                    .expectException(breaks("sourcing.cancellation.wrong-status", 409));
        }
    }

    @Nested
    class RemoveCandidateCommand {

        @Test
        void removesASanctionedCandidateSoConsolidationNoLongerWaitsForIt() {
            given(opened()).when(new RemoveCandidate(SOURCING_ID, "v3", "ELIMINATED", "年度考核淘汰"))
                    .expectEvents(new CandidateRemoved(SOURCING_ID, "v3", "ELIMINATED", "年度考核淘汰", TODAY));
            List<Object> events = new ArrayList<>(List.of(opened(),
                    new CandidateRemoved(SOURCING_ID, "v3", "ELIMINATED", "年度考核淘汰", TODAY)));
            everySheet().stream().filter(e -> !((ScoreSheetSubmitted) e).vendorId().equals("v3")).forEach(events::add);
            given(events.toArray()).when(new ConsolidateScores(SOURCING_ID))
                    .expectSuccessfulHandlerExecution();
            given(events.toArray()).when(new SubmitScoreSheet(SOURCING_ID, "v3", scores(60), "补交"),
                            actingAs("hr2", Department.HR))
                    .expectException(breaks("sourcing.score-sheet.not-a-candidate", 422));
        }

        @Test
        void refusesAVendorNoLongerACandidateOrARoundAlreadyDecided() {
            given(opened(), new CandidateRemoved(SOURCING_ID, "v3", "ELIMINATED", "淘汰", TODAY))
                    .when(new RemoveCandidate(SOURCING_ID, "v3", "BLACKLISTED", "拉黑"))
                    .expectException(breaks("sourcing.candidate-removal.not-a-candidate", 422));
            given(opened(), new SourcingCancelled(SOURCING_ID, PROJECT_ID, "流标", TODAY))
                    .when(new RemoveCandidate(SOURCING_ID, "v3", "BLACKLISTED", "拉黑"))
                    .expectException(breaks("sourcing.candidate-removal.wrong-status", 409));
        }
    }
}
