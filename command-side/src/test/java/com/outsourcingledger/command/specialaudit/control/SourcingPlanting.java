package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.sourcing.Criterion;
import com.outsourcingledger.api.sourcing.PanelMember;
import com.outsourcingledger.api.sourcing.RankedCandidate;
import com.outsourcingledger.api.sourcing.ScoreSheet;
import com.outsourcingledger.api.sourcing.ScoringPolicy;
import com.outsourcingledger.api.sourcing.SourcingEvent.*;
import com.outsourcingledger.api.sourcing.WeightedScores;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sourcing's history as the Sourcing aggregate applies it, for planting: opened by PROCUREMENT, one sheet per
 * panel member and candidate (each member scoring for their department), consolidated by PROCUREMENT, awarded to
 * the top-ranked candidate by MANAGEMENT; each date in a payload the day its event was stored.
 */
final class SourcingPlanting {

    static final List<PanelMember> PANEL = List.of(new PanelMember("business2", Department.BUSINESS),
            new PanelMember("hr2", Department.HR), new PanelMember("legal2", Department.LEGAL),
            new PanelMember("finance2", Department.FINANCE));

    private SourcingPlanting() {
    }

    /** Opened ten days before the award, sheets a week before, consolidated the day before, awarded at {@code awardedAt}. */
    static PlantedHistory awarded(String sourcingId, List<String> candidates, List<PanelMember> panel,
                                  Instant awardedAt, ZoneId zone) {
        String projectId = "project-of-" + sourcingId;
        Instant openedAt = awardedAt.minus(Duration.ofDays(10));
        PlantedHistory history = PlantedHistory.of("Sourcing", sourcingId, openedAt)
                .by(Department.PROCUREMENT.name(), "procurement1")
                .event(new SourcingOpened(sourcingId, projectId, ProjectPlanting.request(day(openedAt, zone))
                        .scopeSummary(), candidates, panel, ScoringPolicy.standard(), day(openedAt, zone)))
                .at(awardedAt.minus(Duration.ofDays(7)));
        List<ScoreSheet> sheets = new ArrayList<>();
        for (PanelMember member : panel) {
            for (int i = 0; i < candidates.size(); i++) {
                Map<Criterion, Integer> scores = scores(85 - 10 * i);
                sheets.add(new ScoreSheet(member.user(), candidates.get(i), scores));
                history.by(member.department().name(), member.user()).after(Duration.ofMinutes(10))
                        .event(new ScoreSheetSubmitted(sourcingId, candidates.get(i), member.user(),
                                member.department(), scores, "评分说明", day(awardedAt.minus(Duration.ofDays(7)), zone)));
            }
        }
        List<RankedCandidate> ranking = WeightedScores.rank(ScoringPolicy.standard(), candidates, sheets);
        RankedCandidate top = ranking.getFirst();
        Instant consolidatedAt = awardedAt.minus(Duration.ofDays(1));
        return history.at(consolidatedAt).by(Department.PROCUREMENT.name(), "procurement1")
                .event(new ScoresConsolidated(sourcingId, projectId, ScoringPolicy.standard(), ranking,
                        day(consolidatedAt, zone)))
                .at(awardedAt).by(Department.MANAGEMENT.name(), "management1")
                .event(new SourcingAwarded(sourcingId, projectId, top.vendorId(), top.rank(), top.weightedScore(), null,
                        ProjectPlanting.request(day(openedAt, zone)).scopeSummary(), day(awardedAt, zone)));
    }

    private static Map<Criterion, Integer> scores(int base) {
        return Map.of(Criterion.TECHNICAL_PROPOSAL, base, Criterion.EXPERIENCE, base - 5,
                Criterion.MANAGEMENT_SERVICE, base + 2, Criterion.PRICE, base - 10, Criterion.FINANCE_REPUTATION, base);
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }
}
