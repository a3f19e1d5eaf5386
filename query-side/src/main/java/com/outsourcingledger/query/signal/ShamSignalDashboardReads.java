package com.outsourcingledger.query.signal;

import com.outsourcingledger.api.project.ShamOutsourcingRisk;
import com.outsourcingledger.api.signal.ShamSignalQuery.*;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The open signals and the risk levels by vendor and by contract, read across the two sham-outsourcing tables
 * ({@link ShamSignalProjection}, {@link ShamRiskProjection}) when asked: a vendor's or contract's line exists while
 * it has an open signal or a HIGH risk, most open signals first.
 */
@Component
class ShamSignalDashboardReads {

    private static final int HIGH = ShamOutsourcingRisk.HIGH.ordinal() + 1;

    private final JdbcClient jdbc;

    ShamSignalDashboardReads(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @QueryHandler
    ShamSignalDashboard handle(FindShamSignalDashboard query) {
        Map<ShamOutsourcingRisk, Long> byRisk = new EnumMap<>(ShamOutsourcingRisk.class);
        for (ShamOutsourcingRisk risk : ShamOutsourcingRisk.values()) {
            byRisk.put(risk, 0L);
        }
        jdbc.sql("SELECT risk, COUNT(*) AS n FROM contract_sham_risk_view WHERE risk IS NOT NULL GROUP BY risk")
                .query(rs -> {
                    byRisk.put(ShamOutsourcingRisk.valueOf(rs.getString("risk")), rs.getLong("n"));
                });
        long open = jdbc.sql("SELECT COUNT(*) FROM sham_signal_view WHERE status = 'OPEN'").query(Long.class).single();
        return new ShamSignalDashboard(open, byRisk.get(ShamOutsourcingRisk.HIGH), byRisk, vendors(), contracts());
    }

    private List<VendorShamSignals> vendors() {
        Map<String, Long> open = new HashMap<>();
        jdbc.sql("SELECT vendor_id, COUNT(*) AS n FROM sham_signal_view WHERE status = 'OPEN' GROUP BY vendor_id")
                .query(rs -> {
                    open.put(rs.getString("vendor_id"), rs.getLong("n"));
                });
        Map<String, long[]> risks = new HashMap<>();
        jdbc.sql("SELECT vendor_id, MAX(risk_rank) AS highest,"
                        + " SUM(CASE WHEN risk_rank = :high THEN 1 ELSE 0 END) AS high"
                        + " FROM contract_sham_risk_view GROUP BY vendor_id")
                .param("high", HIGH)
                .query(rs -> {
                    risks.put(rs.getString("vendor_id"), new long[]{rs.getLong("highest"), rs.getLong("high")});
                });
        Set<String> ids = new TreeSet<>(open.keySet());
        risks.forEach((vendor, r) -> {
            if (r[1] > 0) {
                ids.add(vendor);
            }
        });
        return ids.stream()
                .map(id -> {
                    long[] r = risks.getOrDefault(id, new long[]{0, 0});
                    return new VendorShamSignals(id, open.getOrDefault(id, 0L),
                            ShamRiskDocument.ofRank((int) r[0]), r[1]);
                })
                .sorted(Comparator.comparingLong(VendorShamSignals::openSignals).reversed()
                        .thenComparing(VendorShamSignals::vendorId))
                .limit(FindShamSignalDashboard.LISTED)
                .toList();
    }

    private List<ContractShamSignals> contracts() {
        Map<String, ContractShamSignals> lines = new HashMap<>();
        jdbc.sql("SELECT contract_id, MIN(vendor_id) AS vendor_id, MIN(project_id) AS project_id, COUNT(*) AS n"
                        + " FROM sham_signal_view WHERE status = 'OPEN' GROUP BY contract_id")
                .query(rs -> {
                    lines.put(rs.getString("contract_id"), new ContractShamSignals(rs.getString("contract_id"),
                            rs.getString("vendor_id"), rs.getString("project_id"), rs.getLong("n"), null));
                });
        List<String> withOpen = List.copyOf(lines.keySet());
        String known = withOpen.isEmpty() ? "" : " OR contract_id IN (:ids)";
        var risks = jdbc.sql("SELECT contract_id, vendor_id, project_id, risk_rank FROM contract_sham_risk_view"
                + " WHERE risk_rank = :high" + known).param("high", HIGH);
        if (!withOpen.isEmpty()) {
            risks = risks.param("ids", withOpen);
        }
        risks.query(rs -> {
            String id = rs.getString("contract_id");
            ContractShamSignals line = lines.get(id);
            lines.put(id, new ContractShamSignals(id, rs.getString("vendor_id"),
                    rs.getString("project_id") != null || line == null ? rs.getString("project_id") : line.projectId(),
                    line == null ? 0 : line.openSignals(), ShamRiskDocument.ofRank(rs.getInt("risk_rank"))));
        });
        return lines.values().stream()
                .sorted(Comparator.comparingLong(ContractShamSignals::openSignals).reversed()
                        .thenComparing(ContractShamSignals::contractId))
                .limit(FindShamSignalDashboard.LISTED)
                .toList();
    }
}
