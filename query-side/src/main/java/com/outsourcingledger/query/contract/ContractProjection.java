package com.outsourcingledger.query.contract;

import com.outsourcingledger.api.contract.ContractEvent;
import com.outsourcingledger.api.contract.ContractEvent.SlaBreachWithdrawn;
import com.outsourcingledger.api.contract.ContractEvent.SlaBreached;
import com.outsourcingledger.api.contract.ContractEvent.SlaMeasurementCorrected;
import com.outsourcingledger.api.contract.ContractEvent.SlaMeasurementRecorded;
import com.outsourcingledger.api.contract.ContractQuery.*;
import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.risk.RiskFlag;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.query.readmodel.BatchedDocuments;
import com.outsourcingledger.query.readmodel.DocumentTable;
import com.outsourcingledger.query.readmodel.DocumentTable.Column;
import com.outsourcingledger.query.readmodel.ViewFold.Step;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract register, contract detail and SLA dashboard read models. Each event is folded into the
 * contract's detail document by {@link ContractView}; the columns and the measurement table serve filtering
 * and aggregation. Events at or below the stored sequence number are skipped, so replay is harmless.
 */
@Component
@ProcessingGroup(ContractProjection.PROCESSING_GROUP)
class ContractProjection {

    static final String PROCESSING_GROUP = "contract-views";
    static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DocumentTable<ContractDetail> table;
    private final BatchedDocuments<ContractDetail> documents;
    private final ContractMeasurements measurements;

    ContractProjection(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
        this.table = new DocumentTable<>(dataSource, "contract_view", "contract_id", ContractDetail.class,
                ContractDetail::contractId, List.of(
                new Column<>("project_id", Types.VARCHAR, ContractDetail::projectId),
                new Column<>("vendor_id", Types.VARCHAR, ContractDetail::vendorId),
                new Column<>("title", Types.VARCHAR, ContractDetail::title),
                new Column<>("status", Types.VARCHAR, d -> d.status().name()),
                new Column<>("term_end", Types.DATE, d -> d.term().end()),
                new Column<>("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE,
                        d -> OffsetDateTime.ofInstant(d.lastChangedAt(), ZoneOffset.UTC)),
                new Column<>("sequence_number", Types.BIGINT, ContractDetail::sequence),
                new Column<>("risk_flags", Types.VARCHAR, d -> RiskFlag.column(ContractRisks.of(d)))),
                "sequence_number");
        this.documents = new BatchedDocuments<>(ContractEvent.class, table);
        this.measurements = new ContractMeasurements(dataSource);
    }

    @EventHandler
    void on(ContractEvent event, @Timestamp Instant at, @SequenceNumber Long sequence,
            @MetaDataValue(MetadataKeys.USER) String user) {
        ContractDetail before = documents.get(event.contractId());
        if (before != null && sequence <= before.sequence()) {
            return;
        }
        ContractDetail after = ContractView.evolve(before, event, new Step(at, user, sequence));
        documents.put(event.contractId(), before, after);
        switch (event) {
            case SlaMeasurementRecorded e -> measurements.recorded(e.contractId(), e.metricId(), e.period(),
                    after.vendorId(), after.penaltiesAccrued().currency(), e.met());
            case SlaMeasurementCorrected e -> measurements.corrected(e.contractId(), e.metricId(), e.period(), e.met());
            case SlaBreached e -> measurements.penalty(e.contractId(), e.metricId(), e.period(), e.penalty().amount());
            case SlaBreachWithdrawn e -> measurements.penalty(e.contractId(), e.metricId(), e.period(), BigDecimal.ZERO);
            default -> {
            }
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM contract_sla_measurement_view").update();
        jdbc.sql("DELETE FROM contract_view").update();
    }

    @QueryHandler
    ContractPage handle(FindContracts query) {
        int size = Math.clamp(query.size(), 1, MAX_PAGE_SIZE);
        int page = Math.max(query.page(), 0);
        LocalDate today = LocalDate.now(clock);
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Map<String, Object> params = new HashMap<>();
        if (query.status() != null) {
            conditions.add("status = :status");
            params.put("status", query.status().name());
        }
        if (query.vendorId() != null) {
            conditions.add("vendor_id = :vendor");
            params.put("vendor", query.vendorId());
        }
        if (query.projectId() != null) {
            conditions.add("project_id = :project");
            params.put("project", query.projectId());
        }
        if (query.expiringWithinDays() != null) {
            conditions.add("term_end >= :today AND term_end <= :horizon AND status IN ('SIGNED', 'ACTIVE', 'SUSPENDED')");
            params.put("today", today);
            params.put("horizon", today.plusDays(query.expiringWithinDays()));
        }
        if (query.flag() != null) {
            conditions.add("risk_flags LIKE :flag");
            params.put("flag", query.flag().columnPattern());
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM contract_view" + where).params(params).query(Long.class).single();
        List<ContractSummary> items = jdbc.sql("SELECT document FROM contract_view" + where
                        + " ORDER BY term_end, contract_id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(String.class)
                .list().stream()
                .map(document -> summary(table.parse(document), today))
                .toList();
        return new ContractPage(items, page, size, total);
    }

    @QueryHandler
    Optional<ContractDetail> handle(FindContract query) {
        return table.find(query.contractId()).map(d -> ContractView.asOf(d, LocalDate.now(clock)));
    }

    @QueryHandler
    SlaDashboard handle(FindSlaDashboard query) {
        return new SlaDashboard(compliance("vendor_id", query.vendorId()), compliance("metric_id", query.vendorId()),
                compliance("period", query.vendorId()));
    }

    private List<SlaComplianceGroup> compliance(String column, String vendorId) {
        String where = vendorId == null ? "" : " WHERE vendor_id = :vendor";
        return jdbc.sql("SELECT " + column + " AS k, MIN(currency) AS currency, COUNT(*) AS measurements,"
                        + " SUM(CASE WHEN met THEN 0 ELSE 1 END) AS breaches, SUM(penalty) AS penalties"
                        + " FROM contract_sla_measurement_view" + where + " GROUP BY " + column + " ORDER BY " + column)
                .params(vendorId == null ? Map.of() : Map.of("vendor", vendorId))
                .query((rs, row) -> {
                    long measurements = rs.getLong("measurements");
                    long breaches = rs.getLong("breaches");
                    BigDecimal percent = BigDecimal.valueOf((measurements - breaches) * 100L)
                            .divide(BigDecimal.valueOf(measurements), 1, RoundingMode.HALF_UP);
                    return new SlaComplianceGroup(rs.getString("k"), measurements, breaches, percent,
                            new Money(rs.getBigDecimal("penalties").setScale(2, RoundingMode.HALF_UP),
                                    rs.getString("currency")));
                })
                .list();
    }

    private static ContractSummary summary(ContractDetail d, LocalDate today) {
        return new ContractSummary(d.contractId(), d.projectId(), d.vendorId(), d.title(), d.status(),
                d.term().start(), d.term().end(), ContractView.daysToExpiry(d.status(), d.term().end(), today),
                d.version(), d.penaltiesAccrued(), d.flagged(), d.lastChangedAt());
    }
}
