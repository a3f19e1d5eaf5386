package com.outsourcingledger.query.sourcing;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.sourcing.Criterion;
import com.outsourcingledger.api.sourcing.PanelMember;
import com.outsourcingledger.api.sourcing.RankedCandidate;
import com.outsourcingledger.api.sourcing.ScoreSheet;
import com.outsourcingledger.api.sourcing.ScoringPolicy;
import com.outsourcingledger.api.sourcing.SourcingEvent;
import com.outsourcingledger.api.sourcing.SourcingEvent.*;
import com.outsourcingledger.api.sourcing.SourcingQuery.*;
import com.outsourcingledger.api.sourcing.SourcingStatus;
import com.outsourcingledger.api.sourcing.WeightedScores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The sourcing projection driven through its handlers against a real database, as the app drives it. */
abstract class SourcingProjectionContract {

    private static final Instant T0 = Instant.parse("2026-05-06T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 5, 6);
    private static final List<String> CANDIDATES = List.of("v1", "v2", "v3");
    private static final List<PanelMember> PANEL = List.of(new PanelMember("business2", Department.BUSINESS),
            new PanelMember("hr2", Department.HR), new PanelMember("legal2", Department.LEGAL),
            new PanelMember("finance2", Department.FINANCE));
    private SourcingProjection projection;
    private long sequence;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        projection = new SourcingProjection(dataSource());
        projection.reset();
        sequence = 0;
    }

    private void apply(SourcingEvent... events) {
        for (SourcingEvent event : events) {
            projection.on(event, T0.plusSeconds(sequence), sequence++);
        }
    }

    private static Map<Criterion, Integer> scores(int base) {
        return Map.of(Criterion.TECHNICAL_PROPOSAL, base, Criterion.EXPERIENCE, base + 3,
                Criterion.MANAGEMENT_SERVICE, base - 4, Criterion.PRICE, base + 7, Criterion.FINANCE_REPUTATION, base);
    }

    private static ScoreSheetSubmitted sheet(PanelMember member, String vendorId, int base) {
        return new ScoreSheetSubmitted("s1", vendorId, member.user(), member.department(), scores(base), "说明", DAY);
    }

    private List<ScoreSheetSubmitted> everySheet() {
        List<ScoreSheetSubmitted> sheets = new ArrayList<>();
        for (int m = 0; m < PANEL.size(); m++) {
            for (int v = 0; v < CANDIDATES.size(); v++) {
                sheets.add(sheet(PANEL.get(m), CANDIDATES.get(v), 60 + 10 * v + m));
            }
        }
        return sheets;
    }

    private void opened() {
        apply(new SourcingOpened("s1", "p1", null, CANDIDATES, PANEL, ScoringPolicy.standard(), DAY));
    }

    @Test
    void listsWhichSheetsAreStillMissing() {
        opened();
        apply(sheet(PANEL.get(1), "v1", 80), sheet(PANEL.get(1), "v2", 70));
        SourcingDetail detail = projection.handle(new FindSourcing("s1", "audit")).orElseThrow();
        assertThat(detail.missingSheets()).hasSize(10)
                .contains(new MissingSheet("hr2", "v3"))
                .doesNotContain(new MissingSheet("hr2", "v1"));
        assertThat(detail.sheets()).hasSize(2);
    }

    @Test
    void hidesOtherMembersSheetsFromAMemberUntilAllOfTheirOwnAreIn() {
        opened();
        apply(sheet(PANEL.get(1), "v1", 80), sheet(PANEL.get(2), "v1", 70), sheet(PANEL.get(2), "v2", 75));

        SourcingDetail legalBeforeFinishing = projection.handle(new FindSourcing("s1", "legal2")).orElseThrow();
        assertThat(legalBeforeFinishing.otherSheetsHidden()).isTrue();
        assertThat(legalBeforeFinishing.sheets()).extracting(SheetView::member).containsOnly("legal2");

        apply(sheet(PANEL.get(2), "v3", 65));
        SourcingDetail legalAfterFinishing = projection.handle(new FindSourcing("s1", "legal2")).orElseThrow();
        assertThat(legalAfterFinishing.otherSheetsHidden()).isFalse();
        assertThat(legalAfterFinishing.sheets()).extracting(SheetView::member).contains("hr2");

        assertThat(projection.handle(new FindSourcing("s1", "finance2")).orElseThrow().sheets()).isEmpty();
        assertThat(projection.handle(new FindSourcing("s1", "audit")).orElseThrow().sheets()).hasSize(4);
    }

    @Test
    void explainsTheConsolidatedRankingByCriterionAndMember() {
        opened();
        everySheet().forEach(this::apply);
        List<ScoreSheet> sheets = everySheet().stream()
                .map(s -> new ScoreSheet(s.member(), s.vendorId(), s.scores())).toList();
        List<RankedCandidate> ranking = WeightedScores.rank(ScoringPolicy.standard(), CANDIDATES, sheets);
        apply(new ScoresConsolidated("s1", "p1", ScoringPolicy.standard(), ranking, DAY));
        assertThat(projection.handle(new ExplainRanking("s1")).orElseThrow().ranking()).isEqualTo(ranking);

        apply(new SourcingAwarded("s1", "p1", "v3", 1, ranking.getFirst().weightedScore(), null, null, DAY));

        SourcingDetail detail = projection.handle(new FindSourcing("s1", "hr2")).orElseThrow();
        assertThat(detail.status()).isEqualTo(SourcingStatus.AWARDED);
        assertThat(detail.awardedVendorId()).isEqualTo("v3");
        assertThat(detail.missingSheets()).isEmpty();
        RankingExplanation explanation = projection.handle(new ExplainRanking("s1")).orElseThrow();
        assertThat(explanation.matchesConsolidation()).isTrue();
        assertThat(explanation.policy().version()).isEqualTo("2026-default");
        RankedCandidate top = explanation.ranking().getFirst();
        // v3 bases 80..83: technical 81.50 * 30% = 24.45; member hr2 (base 81): 30*81+20*84+20*77+20*88+10*81 = 8220
        assertThat(top.vendorId()).isEqualTo("v3");
        assertThat(top.criteria().getFirst()).isEqualTo(new RankedCandidate.CriterionScore(Criterion.TECHNICAL_PROPOSAL,
                30, new BigDecimal("81.50"), new BigDecimal("24.45")));
        assertThat(top.members()).extracting(RankedCandidate.MemberScore::member, RankedCandidate.MemberScore::weightedScore)
                .contains(tuple("hr2", new BigDecimal("82.20")));
        assertThat(explanation.ranking()).extracting(RankedCandidate::vendorId, RankedCandidate::rank)
                .containsExactly(tuple("v3", 1), tuple("v2", 2), tuple("v1", 3));
    }

    @Test
    void hasNoExplanationBeforeConsolidationAndNothingForAnUnknownSourcing() {
        opened();
        assertThat(projection.handle(new ExplainRanking("s1"))).isEmpty();
        assertThat(projection.handle(new FindSourcing("unknown", "hr2"))).isEmpty();
    }

    @Test
    void aRedeliveredSheetIsCountedOnce() {
        opened();
        ScoreSheetSubmitted sheet = sheet(PANEL.get(0), "v1", 70);
        projection.on(sheet, T0, 1L);
        projection.on(sheet, T0, 1L);
        assertThat(projection.handle(new FindSourcing("s1", "audit")).orElseThrow().sheets()).hasSize(1);
    }

    @Test
    void showsARemovedCandidateAndACancelledRound() {
        opened();
        apply(sheet(PANEL.get(1), "v1", 80));
        apply(new CandidateRemoved("s1", "v3", "BLACKLISTED", "串标", DAY));
        SourcingDetail open = projection.handle(new FindSourcing("s1", "audit")).orElseThrow();
        assertThat(open.removedCandidateVendorIds()).containsExactly("v3");
        assertThat(open.missingSheets()).hasSize(7).noneMatch(m -> m.vendorId().equals("v3"));

        apply(new SourcingCancelled("s1", "p1", "流标", DAY));
        SourcingDetail cancelled = projection.handle(new FindSourcing("s1", "audit")).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(SourcingStatus.CANCELLED);
        assertThat(cancelled.cancellationReason()).isEqualTo("流标");
        assertThat(cancelled.removedCandidateVendorIds()).containsExactly("v3");
    }
}
