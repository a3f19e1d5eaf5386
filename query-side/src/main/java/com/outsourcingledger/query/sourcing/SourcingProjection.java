package com.outsourcingledger.query.sourcing;

import com.outsourcingledger.api.sourcing.SourcingEvent;
import com.outsourcingledger.api.sourcing.SourcingQuery.ExplainRanking;
import com.outsourcingledger.api.sourcing.SourcingQuery.FindSourcing;
import com.outsourcingledger.api.sourcing.SourcingQuery.RankingExplanation;
import com.outsourcingledger.api.sourcing.SourcingQuery.SourcingDetail;
import com.outsourcingledger.query.readmodel.BatchedDocuments;
import com.outsourcingledger.query.readmodel.DocumentTable;
import com.outsourcingledger.query.readmodel.DocumentTable.Column;
import com.outsourcingledger.query.readmodel.ViewFold.Step;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The sourcing view: candidates, panel, sheets and the missing ones, the ranking and its explanation. */
@Component
@ProcessingGroup(SourcingProjection.PROCESSING_GROUP)
class SourcingProjection {

    static final String PROCESSING_GROUP = "sourcing-views";

    private final JdbcClient jdbc;
    private final DocumentTable<SourcingDetail> table;
    private final BatchedDocuments<SourcingDetail> documents;

    SourcingProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.table = new DocumentTable<>(dataSource, "sourcing_view", "sourcing_id", SourcingDetail.class,
                SourcingDetail::sourcingId, List.of(
                new Column<>("project_id", Types.VARCHAR, SourcingDetail::projectId),
                new Column<>("status", Types.VARCHAR, d -> d.status().name()),
                new Column<>("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE,
                        d -> OffsetDateTime.ofInstant(d.lastChangedAt(), ZoneOffset.UTC)),
                new Column<>("version", Types.BIGINT, SourcingDetail::version)), "version");
        this.documents = new BatchedDocuments<>(SourcingEvent.class, table);
    }

    @EventHandler
    void on(SourcingEvent event, @Timestamp Instant at, @SequenceNumber Long sequence) {
        documents.evolve(event.sourcingId(), sequence, SourcingDetail::version,
                before -> SourcingView.evolve(before, event, new Step(at, null, sequence)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM sourcing_view").update();
    }

    @QueryHandler
    Optional<SourcingDetail> handle(FindSourcing query) {
        return table.find(query.sourcingId()).map(d -> SourcingView.seenBy(d, query.requestingUser()));
    }

    @QueryHandler
    Optional<RankingExplanation> handle(ExplainRanking query) {
        return table.find(query.sourcingId()).map(SourcingView::explain);
    }
}
