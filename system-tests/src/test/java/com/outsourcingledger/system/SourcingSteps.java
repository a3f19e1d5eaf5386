package com.outsourcingledger.system;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.outsourcingledger.system.ProjectSteps.sleep;
import static com.outsourcingledger.system.ProjectSteps.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

/** The sourcing acts end-to-end tests take over HTTP: a five-member panel scoring every candidate. */
final class SourcingSteps {

    static final List<String> PANEL_USERS = List.of("business2", "hr2", "legal2", "finance2", "management2");
    static final List<String> PANEL_DEPARTMENTS = List.of("BUSINESS", "HR", "LEGAL", "FINANCE", "MANAGEMENT");

    private SourcingSteps() {
    }

    static Map<String, Object> opening(String projectId, List<String> candidates) {
        Map<String, Object> opening = new LinkedHashMap<>();
        opening.put("projectId", projectId);
        opening.put("candidateVendorIds", candidates);
        opening.put("panel", IntStream.range(0, PANEL_USERS.size())
                .mapToObj(i -> Map.of("user", PANEL_USERS.get(i), "department", PANEL_DEPARTMENTS.get(i))).toList());
        return opening;
    }

    static Map<String, Object> scores(int base) {
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("TECHNICAL_PROPOSAL", base);
        scores.put("EXPERIENCE", base - 2);
        scores.put("MANAGEMENT_SERVICE", base + 1);
        scores.put("PRICE", base - 3);
        scores.put("FINANCE_REPUTATION", base);
        return scores;
    }

    /**
     * An established project sourced among {@code candidates}, the first scoring highest, consolidated and
     * awarded to it by procurement; answers the sourcing id.
     */
    static String awardToFirst(LedgerSystem system, LedgerClient client, String projectId, List<String> candidates) {
        awaitVendorStandings(system, candidates, "ADMITTED");
        LedgerClient.Response opened = client.post(system.commandUrl("/sourcings"), "procurement",
                opening(projectId, candidates));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String sourcingId = opened.json().get("sourcingId").asString();
        ProjectSteps.awaitProject(system, client, projectId, "SOURCING");
        for (String member : PANEL_USERS) {
            for (int v = 0; v < candidates.size(); v++) {
                succeeded(client.post(system.commandUrl("/sourcings/" + sourcingId + "/score-sheets"), member,
                        Map.of("vendorId", candidates.get(v), "scores", scores(90 - 5 * v), "comment", "独立评分")));
            }
        }
        succeeded(client.post(system.commandUrl("/sourcings/" + sourcingId + "/consolidation"), "procurement", Map.of()));
        succeeded(client.post(system.commandUrl("/sourcings/" + sourcingId + "/award"), "procurement",
                Map.of("vendorId", candidates.getFirst())));
        return sourcingId;
    }

    /** The command side learns vendor status through its own tracking processor; wait out its lag. */
    static void awaitVendorStandings(LedgerSystem system, List<String> vendors, String status) {
        JdbcClient jdbc = system.commandSide().getBean(JdbcClient.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            long matching = jdbc.sql("SELECT count(*) FROM vendor_status WHERE vendor_id IN (:ids) AND status = :status")
                    .param("ids", vendors).param("status", status).query(Long.class).single();
            if (matching == vendors.size()) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("the command side never saw vendors " + vendors + " as " + status);
    }
}
