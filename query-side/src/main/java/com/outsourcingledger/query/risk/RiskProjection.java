package com.outsourcingledger.query.risk;

import com.outsourcingledger.api.risk.RiskEvent;
import com.outsourcingledger.api.risk.RiskLevel;
import com.outsourcingledger.api.risk.RiskQuery.*;
import com.outsourcingledger.api.risk.RiskStatus;
import com.outsourcingledger.api.wire.MetadataKeys;
import com.outsourcingledger.query.readmodel.BatchedDocuments;
import com.outsourcingledger.query.readmodel.DocumentTable;
import com.outsourcingledger.query.readmodel.DocumentTable.Column;
import com.outsourcingledger.query.readmodel.DocumentTable.Filter;
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
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The risk register: each risk's detail, the register filtered and paged, the review work list and the escalations
 * awaiting MANAGEMENT. Each event is folded into the risk's document by {@link RiskView}; events at or below the
 * stored sequence are skipped, so a replay is harmless.
 */
@Component
@ProcessingGroup(RiskProjection.PROCESSING_GROUP)
class RiskProjection {

    static final String PROCESSING_GROUP = "risk-views";
    private static final String OPEN = "status NOT IN ('DISMISSED', 'CLOSED')";

    private final JdbcClient jdbc;
    private final DocumentTable<RegisteredRiskDetail> table;
    private final BatchedDocuments<RegisteredRiskDetail> documents;

    RiskProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.table = new DocumentTable<>(dataSource, "risk_view", "risk_id", RegisteredRiskDetail.class,
                RegisteredRiskDetail::riskId, List.of(
                new Column<>("subject_kind", Types.VARCHAR, d -> d.subjectKind().name()),
                new Column<>("subject_id", Types.VARCHAR, RegisteredRiskDetail::subjectId),
                new Column<>("category", Types.VARCHAR, d -> d.category().name()),
                new Column<>("owner", Types.VARCHAR, d -> d.owner().name()),
                new Column<>("status", Types.VARCHAR, d -> d.status().name()),
                new Column<>("level", Types.VARCHAR, d -> d.level() == null ? null : d.level().name()),
                new Column<>("level_rank", Types.INTEGER, d -> d.level() == null ? 0 : d.level().ordinal() + 1),
                new Column<>("score", Types.INTEGER, d -> d.score() == null ? 0 : d.score()),
                new Column<>("review_by", Types.DATE, d -> d.response() == null ? null : d.response().reviewBy()),
                new Column<>("review_overdue", Types.BOOLEAN, RegisteredRiskDetail::reviewOverdue),
                new Column<>("escalation_awaiting", Types.BOOLEAN, RiskProjection::escalationAwaiting),
                new Column<>("escalated_at", Types.TIMESTAMP_WITH_TIMEZONE, d -> d.escalation() == null
                        || d.escalation().escalatedAt() == null ? null : utc(d.escalation().escalatedAt())),
                new Column<>("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE, d -> utc(d.lastChangedAt())),
                new Column<>("sequence_number", Types.BIGINT, RegisteredRiskDetail::sequence)),
                "sequence_number");
        this.documents = new BatchedDocuments<>(RiskEvent.class, table);
    }

    @EventHandler
    void on(RiskEvent event, @Timestamp Instant at, @SequenceNumber Long sequence,
            @MetaDataValue(MetadataKeys.USER) String user) {
        documents.evolve(event.riskId(), sequence, RegisteredRiskDetail::sequence,
                before -> RiskView.evolve(before, event, new Step(at, user, sequence)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM risk_view").update();
    }

    @QueryHandler
    Optional<RegisteredRiskDetail> handle(FindRegisteredRisk query) {
        return table.find(query.riskId());
    }

    @QueryHandler
    RegisteredRiskPage handle(FindRegisteredRisks query) {
        Filter filter = new Filter();
        filter.where("subject_kind = :kind", "kind", query.subjectKind() == null ? null : query.subjectKind().name());
        filter.where("subject_id = :subject", "subject", query.subjectId());
        filter.where("status = :status", "status", query.status() == null ? null : query.status().name());
        filter.where("level = :level", "level", query.level() == null ? null : query.level().name());
        filter.where("category = :category", "category", query.category() == null ? null : query.category().name());
        filter.where("owner = :owner", "owner", query.owner() == null ? null : query.owner().name());
        return page(filter, "level_rank DESC, score DESC, risk_id", query.page(), query.size());
    }

    @QueryHandler
    RegisteredRiskPage handle(FindDueRiskReviews query) {
        Filter filter = new Filter();
        filter.where(OPEN);
        filter.where("review_by IS NOT NULL");
        filter.where("owner = :owner", "owner", query.owner() == null ? null : query.owner().name());
        if (query.overdueOnly()) {
            filter.where("review_overdue = TRUE");
        }
        return page(filter, "review_by, risk_id", query.page(), query.size());
    }

    @QueryHandler
    RegisteredRiskPage handle(FindEscalatedRisks query) {
        Filter filter = new Filter();
        filter.where(OPEN);
        filter.where("escalation_awaiting = TRUE");
        return page(filter, "escalated_at, risk_id", query.page(), query.size());
    }

    @QueryHandler
    RiskRegisterCounts handle(FindRiskRegisterCounts query) {
        Map<RiskLevel, Long> byLevel = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            byLevel.put(level, 0L);
        }
        jdbc.sql("SELECT level, COUNT(*) AS n FROM risk_view WHERE " + OPEN + " AND level IS NOT NULL GROUP BY level")
                .query(rs -> {
                    byLevel.put(RiskLevel.valueOf(rs.getString("level")), rs.getLong("n"));
                });
        return new RiskRegisterCounts(byLevel, count("escalation_awaiting = TRUE AND " + OPEN),
                count("review_overdue = TRUE AND " + OPEN), count("status = '" + RiskStatus.SUGGESTED.name() + "'"));
    }

    private long count(String where) {
        return jdbc.sql("SELECT COUNT(*) FROM risk_view WHERE " + where).query(Long.class).single();
    }

    private RegisteredRiskPage page(Filter filter, String order, int page, int size) {
        DocumentTable.Page<RegisteredRiskDetail> found = table.page(filter, order, page, size);
        return new RegisteredRiskPage(found.documents().stream().map(RiskProjection::summary).toList(),
                found.page(), found.size(), found.total());
    }

    private static boolean escalationAwaiting(RegisteredRiskDetail d) {
        return d.escalation() != null && d.escalation().escalatedAt() != null && d.escalation().direction() == null;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static RegisteredRiskSummary summary(RegisteredRiskDetail d) {
        return new RegisteredRiskSummary(d.riskId(), d.subjectKind(), d.subjectId(), d.category(), d.owner(),
                d.title(), d.status(), d.level(), d.score(), d.response() == null ? null : d.response().strategy(),
                d.response() == null ? null : d.response().reviewBy(), d.reviewOverdue(), escalationAwaiting(d),
                d.lastChangedAt());
    }
}
