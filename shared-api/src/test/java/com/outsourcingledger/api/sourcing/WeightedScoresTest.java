package com.outsourcingledger.api.sourcing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.api.sourcing.Criterion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WeightedScoresTest {

    private static Map<Criterion, Integer> scores(int technical, int experience, int management, int price,
                                                  int finance) {
        return Map.of(TECHNICAL_PROPOSAL, technical, EXPERIENCE, experience, MANAGEMENT_SERVICE, management,
                PRICE, price, FINANCE_REPUTATION, finance);
    }

    @Test
    void weighsEachSheetThenAveragesOverTheSheetsRoundingHalfUpOnce() {
        // sheet a: 30*85+20*70+20*90+20*66+10*77 = 7840 -> 78.40; sheet b: 30*80+20*80+20*80+20*80+10*81 = 8010
        List<RankedCandidate> ranking = WeightedScores.rank(ScoringPolicy.standard(), List.of("v1"), List.of(
                new ScoreSheet("a", "v1", scores(85, 70, 90, 66, 77)),
                new ScoreSheet("b", "v1", scores(80, 80, 80, 80, 81))));

        RankedCandidate v1 = ranking.getFirst();
        assertThat(v1.weightedScore()).isEqualTo(new BigDecimal("79.25"));
        assertThat(v1.members()).extracting(RankedCandidate.MemberScore::weightedScore)
                .containsExactly(new BigDecimal("78.40"), new BigDecimal("80.10"));
        assertThat(v1.criteria().getFirst()).isEqualTo(new RankedCandidate.CriterionScore(TECHNICAL_PROPOSAL, 30,
                new BigDecimal("82.50"), new BigDecimal("24.75")));
    }

    @Test
    void roundsTheMeanHalfUpToTwoDecimals() {
        // four sheets totalling 8000 + 8000 + 8000 + 8010 weight-points: 32010 / 400 = 80.025 -> 80.03, not 80.02
        List<RankedCandidate> ranking = WeightedScores.rank(ScoringPolicy.standard(), List.of("v1"), List.of(
                new ScoreSheet("a", "v1", scores(80, 80, 80, 80, 80)),
                new ScoreSheet("b", "v1", scores(80, 80, 80, 80, 80)),
                new ScoreSheet("c", "v1", scores(80, 80, 80, 80, 80)),
                new ScoreSheet("d", "v1", scores(80, 80, 80, 80, 81))));
        assertThat(ranking.getFirst().weightedScore()).isEqualTo(new BigDecimal("80.03"));
    }

    @Test
    void ranksByWeightedScoreWithSharedRanksForTies() {
        List<RankedCandidate> ranking = WeightedScores.rank(ScoringPolicy.standard(), List.of("v3", "v2", "v1"),
                List.of(new ScoreSheet("a", "v1", scores(60, 60, 60, 60, 60)),
                        new ScoreSheet("a", "v2", scores(90, 90, 90, 90, 90)),
                        new ScoreSheet("a", "v3", scores(60, 60, 60, 60, 60))));
        assertThat(ranking).extracting(RankedCandidate::vendorId, RankedCandidate::rank)
                .containsExactly(tuple("v2", 1), tuple("v1", 2),
                        tuple("v3", 2));
    }

    @Test
    void aCustomPolicyChangesTheRanking() {
        ScoringPolicy priceFirst = new ScoringPolicy("price-first", Map.of(TECHNICAL_PROPOSAL, 10, EXPERIENCE, 10,
                MANAGEMENT_SERVICE, 10, PRICE, 60, FINANCE_REPUTATION, 10));
        List<ScoreSheet> sheets = List.of(new ScoreSheet("a", "cheap", scores(50, 50, 50, 100, 50)),
                new ScoreSheet("a", "strong", scores(100, 80, 80, 40, 80)));
        assertThat(WeightedScores.rank(ScoringPolicy.standard(), List.of("cheap", "strong"), sheets).getFirst()
                .vendorId()).isEqualTo("strong");
        assertThat(WeightedScores.rank(priceFirst, List.of("cheap", "strong"), sheets).getFirst().vendorId())
                .isEqualTo("cheap");
    }
}
