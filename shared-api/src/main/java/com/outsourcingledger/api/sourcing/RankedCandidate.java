package com.outsourcingledger.api.sourcing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A candidate's place in the consolidated ranking, with its weighted score explained: per criterion the weight,
 * the panel's mean score and the weighted contribution, and per member the weighted total of their sheet.
 * Contributions are rounded separately, so they may differ from the weighted score by a cent.
 */
public record RankedCandidate(String vendorId, int rank, BigDecimal weightedScore, List<CriterionScore> criteria,
                              List<MemberScore> members) {

    public record CriterionScore(Criterion criterion, int weight, BigDecimal meanScore,
                                 BigDecimal weightedContribution) {
    }

    public record MemberScore(String member, BigDecimal weightedScore) {
    }
}
