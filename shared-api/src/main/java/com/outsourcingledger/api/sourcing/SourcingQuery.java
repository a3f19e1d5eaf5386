package com.outsourcingledger.api.sourcing;

import com.outsourcingledger.api.organization.Department;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Questions the sourcing read model answers, and their answers. */
public sealed interface SourcingQuery {

    /**
     * {@code requestingUser} matters: a panel member sees other members' sheets only once all of their own are
     * submitted.
     */
    record FindSourcing(String sourcingId, String requestingUser) implements SourcingQuery {
    }

    /** The consolidated ranking, recomputed from the sheets under the recorded policy; null before consolidation. */
    record ExplainRanking(String sourcingId) implements SourcingQuery {
    }

    record SheetView(String member, Department department, String vendorId, Map<Criterion, Integer> scores,
                     String comment, LocalDate submittedOn) {
    }

    record MissingSheet(String member, String vendorId) {
    }

    record SourcingDetail(String sourcingId, String projectId, String projectName, SourcingStatus status,
                          ScoringPolicy policy, List<String> candidateVendorIds, List<PanelMember> panel,
                          List<SheetView> sheets, boolean otherSheetsHidden, List<MissingSheet> missingSheets,
                          List<RankedCandidate> ranking, String awardedVendorId, String awardJustification,
                          LocalDate openedOn, LocalDate consolidatedOn, LocalDate awardedOn,
                          List<String> removedCandidateVendorIds, String cancellationReason, long version,
                          Instant lastChangedAt) {

        /** {@code removedCandidateVendorIds}: candidates eliminated or blacklisted; absent from older documents. */
        public SourcingDetail {
            removedCandidateVendorIds = removedCandidateVendorIds == null ? List.of()
                    : List.copyOf(removedCandidateVendorIds);
        }
    }

    record RankingExplanation(String sourcingId, ScoringPolicy policy, List<RankedCandidate> ranking,
                              boolean matchesConsolidation) {
    }
}
