package com.outsourcingledger.api.risk;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a vendor, a running contract or a worker need attention now, each raised by an event and lowered by
 * the one that settles it. The dashboard counts and lists them; the vendor and contract directories filter by them.
 */
public enum RiskFlag {

    /** A vendor's annual review is past its due date ({@code AnnualReviewOverdue}, until the review is completed). */
    ANNUAL_REVIEW_OVERDUE,
    /** A contract's SLA review has fallen due ({@code SlaReviewDue}, until {@code SlaReviewed}). */
    SLA_REVIEW_DUE,
    /** A contract is flagged for its vendor's sanction ({@code ContractFlagged}, until the flag is cleared). */
    FLAGGED,
    /** A contract's termination was recommended ({@code TerminationRecommended}) while it still runs. */
    TERMINATION_RECOMMENDED,
    /** A contract's term end approaches ({@code ContractExpiryApproaching}, until {@code ContractRenewed}). */
    EXPIRY_APPROACHING,
    /**
     * A worker holds a grant not revoked or an asset not returned after its exit, withdrawal or last service day
     * ({@code AccessRevocationOverdue}), until the last of them is back. There must be none.
     */
    LIVE_ACCESS_AFTER_EXIT;

    /** The flags as one filter column: {@code ,FLAGGED,SLA_REVIEW_DUE,}, empty for none. */
    public static String column(Collection<RiskFlag> flags) {
        return flags.isEmpty() ? "" : flags.stream().sorted().map(Enum::name)
                .collect(Collectors.joining(",", ",", ","));
    }

    /** The pattern that finds this flag in a {@link #column}. */
    public String columnPattern() {
        return "%," + name() + ",%";
    }

    public static Set<RiskFlag> ofColumn(String column) {
        Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        if (column != null) {
            Arrays.stream(column.split(",")).filter(s -> !s.isEmpty())
                    .forEach(name -> Arrays.stream(values()).filter(f -> f.name().equals(name)).forEach(flags::add));
        }
        return flags;
    }
}
