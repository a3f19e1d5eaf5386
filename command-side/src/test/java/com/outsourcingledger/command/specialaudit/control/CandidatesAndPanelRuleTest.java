package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ProjectScope;
import com.outsourcingledger.api.sourcing.Criterion;
import com.outsourcingledger.api.sourcing.PanelMember;
import com.outsourcingledger.api.sourcing.ScoringPolicy;
import com.outsourcingledger.api.sourcing.SourcingEvent.*;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.command.specialaudit.control.RuleFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

class CandidatesAndPanelRuleTest {

    private static final Instant JUNE_2 = at(6, 2, 10);
    private static final List<String> THREE = List.of("v1", "v2", "v3");

    @Test
    void answersAppliedForThreeCandidatesScoredByAFullPanel() {
        ControlAnswer answer = answer(new CandidatesAndPanelRule(),
                SourcingPlanting.awarded("s-1", THREE, SourcingPlanting.PANEL, JUNE_2, ZONE).events());

        assertThat(answer.control()).isEqualTo(AuditControl.CANDIDATES_AND_PANEL);
        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void listsAnAwardFromTwoCandidatesWithItsOpeningAndAward() {
        List<AuditedEvent> events = SourcingPlanting.awarded("s-1", List.of("v1", "v2"), SourcingPlanting.PANEL,
                JUNE_2, ZONE).events();

        ControlAnswer answer = answer(new CandidatesAndPanelRule(), events);

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.subjectKind()).isEqualTo(AggregateKind.SOURCING);
            assertThat(exception.subjectId()).isEqualTo("s-1");
            assertThat(exception.description()).contains("opened with 2 candidate vendors [v1, v2], fewer than 3");
            assertThat(exception.evidenceEventIds())
                    .containsExactly(events.getFirst().eventId(), events.getLast().eventId());
        });
    }

    @Test
    void listsAPanelMissingADepartment() {
        List<PanelMember> noLegal = SourcingPlanting.PANEL.stream()
                .filter(member -> member.department() != Department.LEGAL).toList();

        ControlAnswer answer = answer(new CandidatesAndPanelRule(),
                SourcingPlanting.awarded("s-1", THREE, noLegal, JUNE_2, ZONE).events());

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> assertThat(exception.description())
                .contains("its evaluation panel had no member from [LEGAL]"));
    }

    @Test
    void listsAnAwardWithoutEverySheetButNotForACandidateRemovedFromTheRound() {
        PlantedHistory sourcing = PlantedHistory.of("Sourcing", "s-1", JUNE_2).by("PROCUREMENT", "procurement1")
                .event(opened("s-1", THREE, SourcingPlanting.PANEL))
                .event(new CandidateRemoved("s-1", "v3", "BLACKLISTED", "列入黑名单", day(6, 2)));
        for (PanelMember member : SourcingPlanting.PANEL) {
            if (!member.user().equals("finance2")) {
                sourcing.event(sheet(member, "v1"));
            }
            sourcing.event(sheet(member, "v2"));
        }
        sourcing.event(awarded("s-1", "v2"));

        assertThat(answer(new CandidatesAndPanelRule(), sourcing.events()).exceptions()).singleElement()
                .satisfies(exception -> assertThat(exception.description())
                        .contains("awarded without the score sheets [finance2→v1]").doesNotContain("v3"));
    }

    @Test
    void leavesOutAwardsOutsideThePeriodAndRoundsNotAwarded() {
        Instant lastYear = LocalDate.of(2025, 11, 3).atTime(10, 0).atZone(ZONE).toInstant();
        PlantedHistory open = PlantedHistory.of("Sourcing", "s-open", JUNE_2).by("PROCUREMENT", "procurement1")
                .event(opened("s-open", List.of("v1"), List.of()));

        ControlAnswer answer = answer(new CandidatesAndPanelRule(),
                SourcingPlanting.awarded("s-old", List.of("v1"), SourcingPlanting.PANEL, lastYear, ZONE).events(),
                open.events());

        assertThat(answer.subjectsChecked()).isZero();
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void readsAnOpeningWithoutCandidatesOrPanelAndAnAwardWithoutOpening() {
        PlantedHistory bare = PlantedHistory.of("Sourcing", "s-bare", JUNE_2).by("PROCUREMENT", "procurement1")
                .event(opened("s-bare", null, null))
                .event(awarded("s-bare", "v1"));
        PlantedHistory orphan = PlantedHistory.of("Sourcing", "s-orphan", JUNE_2).by("MANAGEMENT", "management1")
                .event(awarded("s-orphan", "v1"));

        ControlAnswer answer = answer(new CandidatesAndPanelRule(), bare.events(), orphan.events());

        assertThat(answer.subjectsChecked()).isEqualTo(2);
        assertThat(answer.exceptions()).extracting(e -> e.subjectId()).containsExactly("s-bare", "s-orphan");
        assertThat(answer.exceptions().get(1).description()).contains("awarded without a recorded opening");
    }

    private static SourcingOpened opened(String sourcingId, List<String> candidates, List<PanelMember> panel) {
        return new SourcingOpened(sourcingId, "project-1", scope(), candidates, panel, ScoringPolicy.standard(),
                day(6, 1));
    }

    private static ScoreSheetSubmitted sheet(PanelMember member, String vendorId) {
        Map<Criterion, Integer> scores = Map.of(Criterion.TECHNICAL_PROPOSAL, 80, Criterion.EXPERIENCE, 80,
                Criterion.MANAGEMENT_SERVICE, 80, Criterion.PRICE, 80, Criterion.FINANCE_REPUTATION, 80);
        return new ScoreSheetSubmitted("s-1", vendorId, member.user(), member.department(), scores, "评分", day(6, 2));
    }

    private static SourcingAwarded awarded(String sourcingId, String vendorId) {
        return new SourcingAwarded(sourcingId, "project-1", vendorId, 1, new BigDecimal("80.00"), null, scope(),
                day(6, 2));
    }

    private static ProjectScope scope() {
        return ProjectPlanting.request(day(6, 1)).scopeSummary();
    }
}
