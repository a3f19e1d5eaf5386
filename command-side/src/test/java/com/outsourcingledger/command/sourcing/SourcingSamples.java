package com.outsourcingledger.command.sourcing;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.project.ApprovalStep;
import com.outsourcingledger.api.project.CostBenefit;
import com.outsourcingledger.api.project.NonCoreDeclaration;
import com.outsourcingledger.api.project.ProjectCategory;
import com.outsourcingledger.api.project.ProjectEvent;
import com.outsourcingledger.api.project.ProjectEvent.*;
import com.outsourcingledger.api.project.ProjectPeriod;
import com.outsourcingledger.api.project.ProjectRequest;
import com.outsourcingledger.api.project.ProjectScope;
import com.outsourcingledger.api.project.ReviewOpinion;
import com.outsourcingledger.api.sourcing.Criterion;
import com.outsourcingledger.api.sourcing.PanelMember;
import com.outsourcingledger.api.sourcing.ScoreSheet;
import com.outsourcingledger.api.sourcing.ScoringPolicy;
import com.outsourcingledger.api.sourcing.SourcingEvent.ScoreSheetSubmitted;
import com.outsourcingledger.api.sourcing.SourcingEvent.ScoresConsolidated;
import com.outsourcingledger.api.sourcing.SourcingEvent.SourcingOpened;
import com.outsourcingledger.api.sourcing.WeightedScores;
import com.outsourcingledger.api.wire.MetadataKeys;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fixed ids and clock; three candidates, a four-department panel of five, and sheets that rank v2 first. */
final class SourcingSamples {

    static final String SOURCING_ID = "sourcing-1";
    static final String PROJECT_ID = "project-1";
    static final List<String> CANDIDATES = List.of("v1", "v2", "v3");
    static final List<PanelMember> PANEL = List.of(new PanelMember("business2", Department.BUSINESS),
            new PanelMember("hr2", Department.HR), new PanelMember("legal2", Department.LEGAL),
            new PanelMember("finance2", Department.FINANCE), new PanelMember("management2", Department.MANAGEMENT));
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-05-06T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 5, 6);

    private SourcingSamples() {
    }

    static ProjectRequest request() {
        return new ProjectRequest("客服中心外包", "话务量季节性波动", "客户服务部", "王五", ProjectCategory.BPO, "一线话务接听",
                "月度服务报告", "接通率≥95%", new ProjectPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2028, 5, 31)), 40,
                Money.cny("2400000.00"), "部门预算", Money.cny("120000.00"), "人员流动", new CostBenefit(
                Money.cny("2400000.00"), Money.cny("3100000.00"), "节约22%"), List.of("成本降低15%"),
                new NonCoreDeclaration(true, true, true, "辅助性工作"));
    }

    static ProjectScope scope() {
        return request().scopeSummary();
    }

    static ProjectEvent[] establishedProject() {
        List<ProjectEvent> events = new ArrayList<>(List.of(new ProjectDrafted(PROJECT_ID, request(), "business"),
                new ProjectSubmitted(PROJECT_ID, "business", TODAY, 1)));
        for (ApprovalStep step : ApprovalStep.values()) {
            events.add(new ProjectReviewed(PROJECT_ID, 1, step, ReviewOpinion.APPROVE, "同意", null,
                    step.department().name().toLowerCase() + "2", step.department(), TODAY));
        }
        events.add(new ProjectEstablished(PROJECT_ID, TODAY));
        return events.toArray(ProjectEvent[]::new);
    }

    /** The project after the saga has started this sourcing on it. */
    static ProjectEvent[] projectInSourcing() {
        List<ProjectEvent> events = new ArrayList<>(List.of(establishedProject()));
        events.add(new ProjectEvent.ProjectSourcingStarted(PROJECT_ID, SOURCING_ID));
        return events.toArray(ProjectEvent[]::new);
    }

    static SourcingOpened opened() {
        return new SourcingOpened(SOURCING_ID, PROJECT_ID, scope(), CANDIDATES, PANEL, ScoringPolicy.standard(), TODAY);
    }

    static Map<Criterion, Integer> scores(int base) {
        return Map.of(Criterion.TECHNICAL_PROPOSAL, base, Criterion.EXPERIENCE, base - 5,
                Criterion.MANAGEMENT_SERVICE, base + 2, Criterion.PRICE, base - 10, Criterion.FINANCE_REPUTATION, base);
    }

    /** v1 scores 70s, v2 80s, v3 60s, from every member. */
    static int baseFor(String vendorId) {
        return switch (vendorId) {
            case "v1" -> 75;
            case "v2" -> 85;
            default -> 65;
        };
    }

    static ScoreSheetSubmitted sheet(PanelMember member, String vendorId) {
        return new ScoreSheetSubmitted(SOURCING_ID, vendorId, member.user(), member.department(),
                scores(baseFor(vendorId)), "评分说明", TODAY);
    }

    static List<Object> everySheet() {
        List<Object> sheets = new ArrayList<>();
        for (PanelMember member : PANEL) {
            for (String vendorId : CANDIDATES) {
                sheets.add(sheet(member, vendorId));
            }
        }
        return sheets;
    }

    static ScoresConsolidated consolidated() {
        List<ScoreSheet> sheets = everySheet().stream().map(o -> (ScoreSheetSubmitted) o)
                .map(s -> new ScoreSheet(s.member(), s.vendorId(), s.scores())).toList();
        return new ScoresConsolidated(SOURCING_ID, PROJECT_ID, ScoringPolicy.standard(),
                WeightedScores.rank(ScoringPolicy.standard(), CANDIDATES, sheets), TODAY);
    }

    static Map<String, Object> actingAs(String user, Department department) {
        return Map.of(MetadataKeys.USER, user, MetadataKeys.DEPARTMENT, department.name());
    }
}
