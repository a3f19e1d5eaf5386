package com.outsourcingledger.query.evaluation;

import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.evaluation.EvaluationPeriod;
import com.outsourcingledger.api.evaluation.EvaluationQuery.*;
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
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The evaluation detail and the evaluation lists by contract and vendor. Each event is folded into the
 * evaluation's detail document by {@link EvaluationView}; events at or below the stored sequence are skipped, so a
 * replay is harmless.
 */
@Component
@ProcessingGroup(EvaluationProjection.PROCESSING_GROUP)
class EvaluationProjection {

    static final String PROCESSING_GROUP = "evaluation-views";

    private final JdbcClient jdbc;
    private final DocumentTable<EvaluationDetail> table;
    private final BatchedDocuments<EvaluationDetail> documents;

    EvaluationProjection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.table = new DocumentTable<>(dataSource, "evaluation_view", "evaluation_id", EvaluationDetail.class,
                EvaluationDetail::evaluationId, List.of(
                new Column<>("contract_id", Types.VARCHAR, EvaluationDetail::contractId),
                new Column<>("vendor_id", Types.VARCHAR, EvaluationDetail::vendorId),
                new Column<>("period", Types.VARCHAR, EvaluationDetail::period),
                new Column<>("period_start", Types.DATE, d -> periodStart(d.period())),
                new Column<>("status", Types.VARCHAR, d -> d.status().name()),
                new Column<>("grade", Types.VARCHAR, d -> d.grade() == null ? null : d.grade().name()),
                new Column<>("scoring_due_on", Types.DATE, EvaluationDetail::scoringDueOn),
                new Column<>("last_changed_at", Types.TIMESTAMP_WITH_TIMEZONE,
                        d -> OffsetDateTime.ofInstant(d.lastChangedAt(), ZoneOffset.UTC)),
                new Column<>("sequence_number", Types.BIGINT, EvaluationDetail::sequence)),
                "sequence_number");
        this.documents = new BatchedDocuments<>(EvaluationEvent.class, table);
    }

    @EventHandler
    void on(EvaluationEvent event, @Timestamp Instant at, @SequenceNumber Long sequence,
            @MetaDataValue(MetadataKeys.USER) String user) {
        documents.evolve(event.evaluationId(), sequence, EvaluationDetail::sequence,
                before -> EvaluationView.evolve(before, event, new Step(at, user, sequence)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM evaluation_view").update();
    }

    @QueryHandler
    Optional<EvaluationDetail> handle(FindEvaluation query) {
        return table.find(query.evaluationId());
    }

    @QueryHandler
    EvaluationList handle(FindContractEvaluations query) {
        return list("contract_id", query.contractId());
    }

    @QueryHandler
    EvaluationList handle(FindVendorEvaluations query) {
        return list("vendor_id", query.vendorId());
    }

    private EvaluationList list(String column, String value) {
        return new EvaluationList(jdbc.sql("SELECT document FROM evaluation_view WHERE " + column + " = :value"
                        + " ORDER BY period_start, contract_id, evaluation_id")
                .param("value", value)
                .query(String.class)
                .list().stream()
                .map(document -> summary(table.parse(document)))
                .toList());
    }

    private static EvaluationSummary summary(EvaluationDetail d) {
        return new EvaluationSummary(d.evaluationId(), d.contractId(), d.vendorId(), d.period(), d.status(),
                d.scoringDueOn(), d.scoringOverdue(), d.overall(), d.grade(), d.lastChangedAt());
    }

    /** The period's first day, for ordering; null for a period no cadence writes (never refused: events load). */
    static LocalDate periodStart(String period) {
        try {
            return period == null ? null : EvaluationPeriod.of(period).start();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
