package com.outsourcingledger.query.sourcing;

import com.outsourcingledger.api.sourcing.PanelMember;
import com.outsourcingledger.api.sourcing.ScoreSheet;
import com.outsourcingledger.api.sourcing.SourcingEvent;
import com.outsourcingledger.api.sourcing.SourcingEvent.*;
import com.outsourcingledger.api.sourcing.SourcingQuery.MissingSheet;
import com.outsourcingledger.api.sourcing.SourcingQuery.RankingExplanation;
import com.outsourcingledger.api.sourcing.SourcingQuery.SheetView;
import com.outsourcingledger.api.sourcing.SourcingQuery.SourcingDetail;
import com.outsourcingledger.api.sourcing.SourcingStatus;
import com.outsourcingledger.api.sourcing.WeightedScores;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.query.readmodel.ViewFold;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The sourcing detail as a pure fold over its events, holding every sheet; {@link #seenBy} decides what one
 * reader may see, and {@link #explain} recomputes the ranking with the one scoring function the aggregate used.
 */
@Component
public final class SourcingView implements ViewFold<SourcingDetail> {

    SourcingView() {
    }

    @Override
    public String aggregateType() {
        return AggregateKind.SOURCING.aggregateType();
    }

    @Override
    public Class<SourcingDetail> viewType() {
        return SourcingDetail.class;
    }

    @Override
    public SourcingDetail evolve(SourcingDetail current, Object event, Step step) {
        return evolve(current, (SourcingEvent) event, step);
    }

    /**
     * Auditors off the panel see every sheet, at any time; a panel member whose own sheets are still missing
     * (whatever their department, AUDIT included) sees only their own, in the history and in past states as in the
     * live view, so that scoring stays independent.
     */
    @Override
    public boolean sealedFrom(SourcingDetail current, String user) {
        return ownSheetsMissing(current, user);
    }

    @Override
    public SourcingDetail withoutSealed(SourcingDetail view, String user) {
        return withOwnSheetsOnly(view, user);
    }

    @Override
    public boolean sealedEvent(Object event, String user) {
        return isOthersSheet((SourcingEvent) event, user);
    }

    @Override
    public boolean seals() {
        return true;
    }

    /** {@code current} is null before the sourcing's first event. */
    public static SourcingDetail evolve(SourcingDetail current, SourcingEvent event, Step step) {
        return switch (event) {
            case SourcingOpened e -> {
                if (current != null) {
                    throw new IllegalArgumentException("sourcing " + e.sourcingId() + " is already open");
                }
                yield new SourcingDetail(e.sourcingId(), e.projectId(), e.scope() == null ? null : e.scope().name(),
                        SourcingStatus.OPEN, e.policy(), e.candidateVendorIds(), e.panel(), List.of(), false,
                        missing(e.panel(), e.candidateVendorIds(), List.of()), List.of(), null, null, e.openedOn(),
                        null, null, List.of(), null, step.sequence(), step.at());
            }
            case ScoreSheetSubmitted e -> {
                SourcingDetail d = require(current, e);
                List<SheetView> sheets = new ArrayList<>(d.sheets());
                sheets.add(new SheetView(e.member(), e.department(), e.vendorId(), e.scores(), e.comment(),
                        e.submittedOn()));
                yield new SourcingDetail(d.sourcingId(), d.projectId(), d.projectName(), d.status(), d.policy(),
                        d.candidateVendorIds(), d.panel(), List.copyOf(sheets), false,
                        missing(d.panel(), remaining(d.candidateVendorIds(), d.removedCandidateVendorIds()), sheets),
                        d.ranking(), null, null, d.openedOn(),
                        null, null, d.removedCandidateVendorIds(), null, step.sequence(), step.at());
            }
            case ScoresConsolidated e -> {
                SourcingDetail d = require(current, e);
                yield new SourcingDetail(d.sourcingId(), d.projectId(), d.projectName(), SourcingStatus.CONSOLIDATED,
                        e.policy(), d.candidateVendorIds(), d.panel(), d.sheets(), false, d.missingSheets(),
                        e.ranking(), null, null, d.openedOn(), e.consolidatedOn(), null, d.removedCandidateVendorIds(),
                        null, step.sequence(), step.at());
            }
            case SourcingAwarded e -> {
                SourcingDetail d = require(current, e);
                yield new SourcingDetail(d.sourcingId(), d.projectId(), d.projectName(), SourcingStatus.AWARDED,
                        d.policy(), d.candidateVendorIds(), d.panel(), d.sheets(), false, d.missingSheets(),
                        d.ranking(), e.vendorId(), e.justification(), d.openedOn(), d.consolidatedOn(), e.awardedOn(),
                        d.removedCandidateVendorIds(), null, step.sequence(), step.at());
            }
            case SourcingCancelled e -> {
                SourcingDetail d = require(current, e);
                yield new SourcingDetail(d.sourcingId(), d.projectId(), d.projectName(), SourcingStatus.CANCELLED,
                        d.policy(), d.candidateVendorIds(), d.panel(), d.sheets(), false, d.missingSheets(),
                        d.ranking(), null, null, d.openedOn(), d.consolidatedOn(), null, d.removedCandidateVendorIds(),
                        e.reason(), step.sequence(), step.at());
            }
            case CandidateRemoved e -> {
                SourcingDetail d = require(current, e);
                List<String> removed = new ArrayList<>(d.removedCandidateVendorIds());
                removed.add(e.vendorId());
                yield new SourcingDetail(d.sourcingId(), d.projectId(), d.projectName(), d.status(), d.policy(),
                        d.candidateVendorIds(), d.panel(), d.sheets(), false,
                        missing(d.panel(), remaining(d.candidateVendorIds(), removed), d.sheets()),
                        d.ranking(), null, null, d.openedOn(), d.consolidatedOn(), null, removed, null,
                        step.sequence(), step.at());
            }
        };
    }

    /** A panel member sees other members' sheets only once all of their own are submitted. */
    public static SourcingDetail seenBy(SourcingDetail d, String user) {
        return ownSheetsMissing(d, user) ? withOwnSheetsOnly(d, user) : d;
    }

    /** Whether {@code user} sits on the panel with sheets of their own still missing. */
    private static boolean ownSheetsMissing(SourcingDetail d, String user) {
        boolean member = d.panel().stream().anyMatch(m -> m.user().equals(user));
        boolean ownSheetsMissing = d.missingSheets().stream().anyMatch(m -> m.member().equals(user));
        return member && ownSheetsMissing;
    }

    /** {@code d} with the sheets of members other than {@code user} left out. */
    public static SourcingDetail withOwnSheetsOnly(SourcingDetail d, String user) {
        return new SourcingDetail(d.sourcingId(), d.projectId(), d.projectName(), d.status(), d.policy(),
                d.candidateVendorIds(), d.panel(), d.sheets().stream().filter(s -> s.member().equals(user)).toList(),
                true, d.missingSheets(), d.ranking(), d.awardedVendorId(), d.awardJustification(), d.openedOn(),
                d.consolidatedOn(), d.awardedOn(), d.removedCandidateVendorIds(), d.cancellationReason(), d.version(),
                d.lastChangedAt());
    }

    /** Whether the event is another member's sheet, which {@link #withOwnSheetsOnly} leaves out. */
    public static boolean isOthersSheet(SourcingEvent event, String user) {
        return event instanceof ScoreSheetSubmitted sheet && !sheet.member().equals(user);
    }

    /** Null before consolidation. */
    public static RankingExplanation explain(SourcingDetail d) {
        if (d.status() == SourcingStatus.OPEN) {
            return null;
        }
        var recomputed = WeightedScores.rank(d.policy(), d.candidateVendorIds(), d.sheets().stream()
                .map(s -> new ScoreSheet(s.member(), s.vendorId(), s.scores())).toList());
        return new RankingExplanation(d.sourcingId(), d.policy(), recomputed, recomputed.equals(d.ranking()));
    }

    private static List<MissingSheet> missing(List<PanelMember> panel, List<String> candidates, List<SheetView> sheets) {
        List<MissingSheet> missing = new ArrayList<>();
        for (PanelMember member : panel) {
            for (String vendorId : candidates) {
                if (sheets.stream().noneMatch(s -> s.member().equals(member.user()) && s.vendorId().equals(vendorId))) {
                    missing.add(new MissingSheet(member.user(), vendorId));
                }
            }
        }
        return List.copyOf(missing);
    }

    /** The candidates still standing: {@code candidateVendorIds} stays as opened, so the ranking can be explained. */
    private static List<String> remaining(List<String> candidates, List<String> removed) {
        return candidates.stream().filter(v -> !removed.contains(v)).toList();
    }

    private static SourcingDetail require(SourcingDetail current, SourcingEvent event) {
        if (current == null) {
            throw new IllegalArgumentException("sourcing " + event.sourcingId() + " was never opened before "
                    + event.getClass().getSimpleName());
        }
        return current;
    }
}
