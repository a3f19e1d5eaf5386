package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.sourcing.PanelMember;
import com.outsourcingledger.api.sourcing.SourcingEvent.CandidateRemoved;
import com.outsourcingledger.api.sourcing.SourcingEvent.ScoreSheetSubmitted;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingAwarded;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingOpened;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Each sourcing awarded in the period was opened with at least three candidate vendors and a panel with members
 * from BUSINESS, HR, LEGAL and FINANCE, and every panel member scored every candidate still in the round.
 */
final class CandidatesAndPanelRule implements ControlRule {

    static final int MINIMUM_CANDIDATES = 3;
    static final Set<Department> PANEL_DEPARTMENTS =
            EnumSet.of(Department.BUSINESS, Department.HR, Department.LEGAL, Department.FINANCE);

    private final CheckedSubjects subjects = new CheckedSubjects(AggregateKind.SOURCING);
    private final Map<String, Round> rounds = new HashMap<>();

    private static final class Round {
        private AuditedEvent opening;
        private final Set<String> removed = new HashSet<>();
        private final Set<String> sheets = new HashSet<>();
    }

    @Override
    public AuditControl control() {
        return AuditControl.CANDIDATES_AND_PANEL;
    }

    @Override
    public void accept(AuditedEvent event) {
        switch (event.payload()) {
            case SourcingOpened opened -> round(opened.sourcingId()).opening = event;
            case CandidateRemoved removed -> round(removed.sourcingId()).removed.add(removed.vendorId());
            case ScoreSheetSubmitted sheet -> round(sheet.sourcingId()).sheets.add(sheet.member() + "→" + sheet.vendorId());
            case SourcingAwarded awarded -> check(awarded.sourcingId(), event);
            case null, default -> {
            }
        }
    }

    private Round round(String sourcingId) {
        return rounds.computeIfAbsent(sourcingId, id -> new Round());
    }

    private void check(String sourcingId, AuditedEvent award) {
        Round round = round(sourcingId);
        if (round.opening == null) {
            subjects.notApplied(sourcingId, award.timestamp(), "awarded without a recorded opening, so neither its"
                    + " candidates nor its panel are on record", List.of(award.eventId()));
            return;
        }
        SourcingOpened opened = (SourcingOpened) round.opening.payload();
        List<String> candidates = listOf(opened.candidateVendorIds()).stream().filter(Objects::nonNull).distinct()
                .toList();
        List<PanelMember> panel = listOf(opened.panel()).stream().filter(Objects::nonNull).toList();
        List<String> violations = new ArrayList<>();
        if (candidates.size() < MINIMUM_CANDIDATES) {
            violations.add("opened with " + candidates.size() + " candidate vendors " + candidates + ", fewer than "
                    + MINIMUM_CANDIDATES);
        }
        Set<Department> missing = EnumSet.copyOf(PANEL_DEPARTMENTS);
        panel.forEach(member -> missing.remove(member.department()));
        if (!missing.isEmpty()) {
            violations.add("its evaluation panel had no member from " + missing);
        }
        Set<String> unscored = new LinkedHashSet<>();
        for (PanelMember member : panel) {
            candidates.stream().filter(vendorId -> !round.removed.contains(vendorId))
                    .map(vendorId -> member.user() + "→" + vendorId)
                    .filter(pair -> !round.sheets.contains(pair))
                    .forEach(unscored::add);
        }
        if (!unscored.isEmpty()) {
            violations.add("awarded without the score sheets " + unscored);
        }
        if (violations.isEmpty()) {
            subjects.applied(sourcingId, award.timestamp());
        } else {
            subjects.notApplied(sourcingId, award.timestamp(), String.join("; ", violations),
                    List.of(round.opening.eventId(), award.eventId()));
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    @Override
    public ControlAnswer answer(AuditPeriod period) {
        return subjects.answer(control(), period);
    }
}
