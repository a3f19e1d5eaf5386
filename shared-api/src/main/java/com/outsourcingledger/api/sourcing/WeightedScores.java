package com.outsourcingledger.api.sourcing;

import com.outsourcingledger.api.sourcing.RankedCandidate.CriterionScore;
import com.outsourcingledger.api.sourcing.RankedCandidate.MemberScore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one definition of consolidation, shared by the sourcing aggregate (its event carries the ranking) and the
 * read side's "explain this score" view. A candidate's weighted score is the mean over its sheets of
 * Σ(weight × score) / 100, computed exactly in integers and rounded once, HALF_UP to 2 decimals. Ranks are
 * competition ranks (equal scores share a rank); ties list by vendor id.
 */
public final class WeightedScores {

    private WeightedScores() {
    }

    public static List<RankedCandidate> rank(ScoringPolicy policy, List<String> candidates, List<ScoreSheet> sheets) {
        List<RankedCandidate> unranked = new ArrayList<>();
        for (String vendorId : candidates) {
            List<ScoreSheet> own = sheets.stream().filter(s -> s.vendorId().equals(vendorId)).toList();
            unranked.add(score(policy, vendorId, own));
        }
        unranked.sort(Comparator.comparing(RankedCandidate::weightedScore).reversed()
                .thenComparing(RankedCandidate::vendorId));
        List<RankedCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            RankedCandidate c = unranked.get(i);
            int rank = i > 0 && c.weightedScore().compareTo(unranked.get(i - 1).weightedScore()) == 0
                    ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RankedCandidate(c.vendorId(), rank, c.weightedScore(), c.criteria(), c.members()));
        }
        return List.copyOf(ranked);
    }

    private static RankedCandidate score(ScoringPolicy policy, String vendorId, List<ScoreSheet> sheets) {
        int n = sheets.size();
        List<CriterionScore> criteria = new ArrayList<>();
        long total = 0;
        for (Criterion criterion : Criterion.values()) {
            int weight = policy.weightOf(criterion);
            long sum = sheets.stream().mapToLong(s -> scoreOf(s, criterion)).sum();
            total += weight * sum;
            criteria.add(new CriterionScore(criterion, weight, divide(sum, n), divide(weight * sum, 100L * n)));
        }
        List<MemberScore> members = sheets.stream()
                .map(s -> new MemberScore(s.member(), divide(memberTotal(policy, s), 100)))
                .toList();
        return new RankedCandidate(vendorId, 0, divide(total, 100L * n), List.copyOf(criteria), members);
    }

    private static long memberTotal(ScoringPolicy policy, ScoreSheet sheet) {
        long total = 0;
        for (Criterion criterion : Criterion.values()) {
            total += (long) policy.weightOf(criterion) * scoreOf(sheet, criterion);
        }
        return total;
    }

    private static int scoreOf(ScoreSheet sheet, Criterion criterion) {
        Integer score = sheet.scores() == null ? null : sheet.scores().get(criterion);
        return score == null ? 0 : score;
    }

    private static BigDecimal divide(long numerator, long denominator) {
        if (denominator == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
