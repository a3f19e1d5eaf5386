package com.outsourcingledger.api.sourcing;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ProjectScope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What happened in a sourcing. Stored type names are forever: evolve with {@code @Revision} and upcasters,
 * never by moving or renaming a record.
 */
public sealed interface SourcingEvent {

    String sourcingId();

    record SourcingOpened(String sourcingId, String projectId, ProjectScope scope, List<String> candidateVendorIds,
                          List<PanelMember> panel, ScoringPolicy policy, LocalDate openedOn)
            implements SourcingEvent {
    }

    record ScoreSheetSubmitted(String sourcingId, String vendorId, String member, Department department,
                               Map<Criterion, Integer> scores, String comment, LocalDate submittedOn)
            implements SourcingEvent {
    }

    /** The ranking as computed by {@link WeightedScores} under {@code policy}. */
    record ScoresConsolidated(String sourcingId, String projectId, ScoringPolicy policy,
                              List<RankedCandidate> ranking, LocalDate consolidatedOn) implements SourcingEvent {
    }

    /** The award notice (中标通知书); it carries what drafting the contract with the vendor needs. */
    record SourcingAwarded(String sourcingId, String projectId, String vendorId, int rank, BigDecimal weightedScore,
                           String justification, ProjectScope scope, LocalDate awardedOn)
            implements SourcingEvent {
    }

    /** The round ends without an award; the project may open a new one under a new sourcing id. */
    record SourcingCancelled(String sourcingId, String projectId, String reason, LocalDate cancelledOn)
            implements SourcingEvent {
    }

    /** {@code sanction}: ELIMINATED or BLACKLISTED, the vendor status that took the candidate out. */
    record CandidateRemoved(String sourcingId, String vendorId, String sanction, String reason,
                            LocalDate removedOn) implements SourcingEvent {
    }
}
