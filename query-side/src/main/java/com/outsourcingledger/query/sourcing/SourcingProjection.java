package com.outsourcingledger.query.sourcing;

import com.outsourcingledger.api.sourcing.SourcingEvent;
import com.outsourcingledger.api.sourcing.SourcingQuery.ExplainRanking;
import com.outsourcingledger.api.sourcing.SourcingQuery.FindSourcing;
import com.outsourcingledger.api.sourcing.SourcingQuery.RankingExplanation;
import com.outsourcingledger.api.sourcing.SourcingQuery.SourcingDetail;
import com.outsourcingledger.api.wire.EventWireFormat;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The sourcing view: candidates, panel, sheets and the missing ones, the ranking and its explanation. */
@Component
@ProcessingGroup(SourcingProjection.PROCESSING_GROUP)
class SourcingProjection {

    static final String PROCESSING_GROUP = "sourcing-views";

    private final JdbcClient jdbc;
    private final JsonMapper json = EventWireFormat.jsonMapper();

    SourcingProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @EventHandler
    void on(SourcingEvent event, @Timestamp Instant at, @SequenceNumber Long sequence) {
        Optional<SourcingDetail> before = load(event.sourcingId());
        if (before.isPresent() && sequence <= before.get().version()) {
            return;
        }
        SourcingDetail after = SourcingView.evolve(before.orElse(null), event, at, sequence);
        String sql = before.isEmpty()
                ? "INSERT INTO sourcing_view (sourcing_id, project_id, status, last_changed_at, version, document)"
                + " VALUES (:id, :projectId, :status, :lastChangedAt, :version, :document)"
                : "UPDATE sourcing_view SET project_id = :projectId, status = :status, last_changed_at = :lastChangedAt,"
                + " version = :version, document = :document WHERE sourcing_id = :id";
        jdbc.sql(sql)
                .param("id", after.sourcingId())
                .param("projectId", after.projectId())
                .param("status", after.status().name())
                .param("lastChangedAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("version", after.version())
                .param("document", json.writeValueAsString(after))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM sourcing_view").update();
    }

    @QueryHandler
    SourcingDetail handle(FindSourcing query) {
        return load(query.sourcingId()).map(d -> SourcingView.seenBy(d, query.requestingUser())).orElse(null);
    }

    @QueryHandler
    RankingExplanation handle(ExplainRanking query) {
        return load(query.sourcingId()).map(SourcingView::explain).orElse(null);
    }

    private Optional<SourcingDetail> load(String sourcingId) {
        return jdbc.sql("SELECT document FROM sourcing_view WHERE sourcing_id = :id")
                .param("id", sourcingId).query(String.class).optional()
                .map(document -> json.readValue(document, SourcingDetail.class));
    }
}
