package com.outsourcingledger.command.sourcing;

import com.outsourcingledger.api.project.ProjectScope;
import com.outsourcingledger.api.refusal.SourcingRuleCodes;
import com.outsourcingledger.api.sourcing.PanelMember;
import com.outsourcingledger.api.sourcing.RankedCandidate;
import com.outsourcingledger.api.sourcing.ScoreSheet;
import com.outsourcingledger.api.sourcing.ScoringPolicy;
import com.outsourcingledger.api.sourcing.SourcingCommand.*;
import com.outsourcingledger.api.sourcing.SourcingEvent.*;
import com.outsourcingledger.api.sourcing.SourcingStatus;
import com.outsourcingledger.api.sourcing.WeightedScores;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.command.lookup.VendorRegistry;
import com.outsourcingledger.command.lookup.VendorStatuses;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.outsourcingledger.api.sourcing.SourcingStatus.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One sourcing (寻源/评标) for one established project: candidates, panel, independent sheets, ranking, award. */
@Aggregate(cache = "sourcingCache")
class Sourcing {

    @AggregateIdentifier
    private String sourcingId;
    private String projectId;
    private ProjectScope scope;
    private SourcingStatus status;
    private ScoringPolicy policy;
    private List<String> candidates;
    private List<PanelMember> panel;
    private final List<ScoreSheet> sheets = new ArrayList<>();
    private List<RankedCandidate> ranking;
    private String openedBy;

    @CommandHandler
    Sourcing(OpenSourcing command, ProjectStandings projects, VendorStatuses vendors, Clock clock,
             @MetaDataValue(MetadataKeys.USER) String user) {
        ScoringPolicy policy = command.policy() == null ? ScoringPolicy.standard() : command.policy();
        SourcingRules.requirePolicy(policy);
        SourcingRules.requireCandidates(command.candidateVendorIds());
        SourcingRules.requirePanel(command.panel());
        SourcingRules.requireOpenerOffPanel(user, command.panel());
        ProjectStanding project = projects.find(command.projectId()).orElse(null);
        SourcingRules.requireEstablished(command, project);
        command.candidateVendorIds().forEach(v -> SourcingRules.requireEligible(v, vendors.statusOf(v).orElse(null)));
        projects.claim(command.projectId(), command.sourcingId(), project.releasedSourcingId());
        apply(new SourcingOpened(command.sourcingId(), command.projectId(), project.scope(),
                List.copyOf(command.candidateVendorIds()), List.copyOf(command.panel()), policy, LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(SubmitScoreSheet command, @MetaDataValue(MetadataKeys.USER) String user,
                @MetaDataValue(MetadataKeys.DEPARTMENT) String department, Clock clock, VendorRegistry vendors) {
        requireStatus(SourcingRuleCodes.SCORE_SHEET_CONSOLIDATED, "score-sheet", OPEN);
        PanelMember member = panel.stream()
                .filter(m -> m.user().equals(user) && m.department().name().equals(department))
                .findFirst()
                .orElseThrow(() -> Refusal.forbidden(SourcingRuleCodes.SCORE_SHEET_NOT_PANEL_MEMBER,
                        "Only a panel member scores, and only on their own sheet; " + user + " of " + department
                                + " is not on the panel of " + sourcingId));
        Refusal.requireNotAuthor(SourcingRuleCodes.SCORE_SHEET_OWN_SOURCING, "score sheet", user,
                openedBy == null ? Set.of() : Set.of(openedBy));
        requireCandidate(SourcingRuleCodes.SCORE_SHEET_NOT_A_CANDIDATE, command.vendorId());
        Refusal.requireNotAuthor(SourcingRuleCodes.SCORE_SHEET_OWN_VENDOR, "score sheet", user,
                vendors.registrantOf(command.vendorId()).map(Set::of).orElse(Set.of()));
        if (sheets.stream().anyMatch(s -> s.member().equals(user) && s.vendorId().equals(command.vendorId()))) {
            throw Refusal.conflict(SourcingRuleCodes.SCORE_SHEET_ALREADY_SUBMITTED, user
                    + " has already submitted their sheet for " + command.vendorId() + "; a submitted sheet never changes");
        }
        SourcingRules.requireScores(command.scores());
        apply(new ScoreSheetSubmitted(sourcingId, command.vendorId(), user, member.department(),
                command.scores(), command.comment(), LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(ConsolidateScores command, Clock clock) {
        requireStatus(SourcingRuleCodes.CONSOLIDATION_ALREADY_CONSOLIDATED, "consolidation", OPEN);
        List<String> missing = new ArrayList<>();
        for (PanelMember member : panel) {
            for (String vendorId : candidates) {
                if (sheets.stream().noneMatch(s -> s.member().equals(member.user()) && s.vendorId().equals(vendorId))) {
                    missing.add(member.user() + "→" + vendorId);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw Refusal.conflict(SourcingRuleCodes.CONSOLIDATION_SHEETS_MISSING,
                    "Every panel member scores every candidate before consolidation; missing: " + missing);
        }
        apply(new ScoresConsolidated(sourcingId, projectId, policy, WeightedScores.rank(policy, candidates, sheets),
                LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(AwardSourcing command, VendorStatuses vendors, ProjectStandings projects, Clock clock) {
        requireStatus(SourcingRuleCodes.AWARD_NOT_CONSOLIDATED, "award", CONSOLIDATED);
        requireCandidate(SourcingRuleCodes.AWARD_NOT_A_CANDIDATE, command.vendorId());
        SourcingRules.requireProjectSourcing(projectId, projects.find(projectId).orElse(null));
        VendorStatus vendorStatus = vendors.statusOf(command.vendorId()).orElse(null);
        if (vendorStatus != VendorStatus.ADMITTED) {
            throw Refusal.unprocessable(SourcingRuleCodes.AWARD_VENDOR_NOT_ADMITTED, "Vendor "
                    + command.vendorId() + " is " + vendorStatus + "; the award goes to an ADMITTED vendor");
        }
        RankedCandidate ranked = ranking.stream().filter(r -> r.vendorId().equals(command.vendorId()))
                .findFirst().orElseThrow();
        boolean top = ranking.stream().filter(r -> candidates.contains(r.vendorId()))
                .allMatch(r -> r.rank() >= ranked.rank());
        if (!top && (command.justification() == null || command.justification().isBlank())) {
            throw Refusal.unprocessable(SourcingRuleCodes.AWARD_JUSTIFICATION_REQUIRED, "Vendor "
                    + command.vendorId() + " ranks " + ranked.rank() + "; awarding anyone but the top-ranked needs"
                    + " a written justification");
        }
        apply(new SourcingAwarded(sourcingId, projectId, command.vendorId(), ranked.rank(), ranked.weightedScore(),
                command.justification(), scope, LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(CancelSourcing command, Clock clock) {
        requireStatus(SourcingRuleCodes.CANCELLATION_WRONG_STATUS, "cancellation", OPEN, CONSOLIDATED);
        Refusal.requireText(SourcingRuleCodes.CANCELLATION_REASON_REQUIRED, command.reason(),
                "A cancellation states its reason");
        apply(new SourcingCancelled(sourcingId, projectId, command.reason(), LocalDate.now(clock)));
    }

    /** A candidate eliminated or blacklisted leaves the sourcing; its sheets stay on record but no longer count. */
    @CommandHandler
    void handle(RemoveCandidate command, Clock clock) {
        requireStatus(SourcingRuleCodes.CANDIDATE_REMOVAL_WRONG_STATUS, "candidate-removal", OPEN, CONSOLIDATED);
        requireCandidate(SourcingRuleCodes.CANDIDATE_REMOVAL_NOT_A_CANDIDATE, command.vendorId());
        apply(new CandidateRemoved(sourcingId, command.vendorId(), command.sanction(), command.reason(),
                LocalDate.now(clock)));
    }

    private void requireStatus(String rule, String act, SourcingStatus... allowed) {
        Refusal.requireStatus(rule, "Sourcing " + sourcingId, status, act, allowed);
    }

    private void requireCandidate(String rule, String vendorId) {
        if (!candidates.contains(vendorId)) {
            throw Refusal.unprocessable(rule,
                    "Vendor " + vendorId + " is not a candidate of sourcing " + sourcingId);
        }
    }

    @EventSourcingHandler
    void on(SourcingOpened event, @MetaDataValue(MetadataKeys.USER) String user) {
        sourcingId = event.sourcingId();
        openedBy = user;
        projectId = event.projectId();
        scope = event.scope();
        status = OPEN;
        policy = event.policy();
        candidates = event.candidateVendorIds();
        panel = event.panel();
    }

    @EventSourcingHandler
    void on(ScoreSheetSubmitted event) {
        sheets.add(new ScoreSheet(event.member(), event.vendorId(), event.scores()));
    }

    @EventSourcingHandler
    void on(ScoresConsolidated event) {
        status = CONSOLIDATED;
        ranking = event.ranking();
    }

    @EventSourcingHandler
    void on(SourcingAwarded event) {
        status = AWARDED;
    }

    @EventSourcingHandler
    void on(SourcingCancelled event) {
        status = CANCELLED;
    }

    @EventSourcingHandler
    void on(CandidateRemoved event) {
        candidates = candidates.stream().filter(c -> !c.equals(event.vendorId())).toList();
    }

    Sourcing() {
        // for Axon: the state is rebuilt from events
    }
}
