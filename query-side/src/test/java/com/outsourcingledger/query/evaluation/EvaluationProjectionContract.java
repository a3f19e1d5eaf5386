package com.outsourcingledger.query.evaluation;

import com.outsourcingledger.api.evaluation.EvaluationEvent;
import com.outsourcingledger.api.evaluation.EvaluationEvent.EvaluationScoringOverdue;
import com.outsourcingledger.api.evaluation.EvaluationQuery.*;
import com.outsourcingledger.api.evaluation.Grade;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.query.evaluation.EvaluationSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The evaluation projection driven through its handlers against a real database, as the app drives it. */
abstract class EvaluationProjectionContract {

    static final Instant T0 = Instant.parse("2026-04-02T02:00:00Z");

    private final Map<String, Long> sequences = new HashMap<>();
    private EvaluationProjection projection;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        projection = new EvaluationProjection(dataSource());
        projection.reset();
    }

    private void apply(List<? extends EvaluationEvent> events) {
        for (EvaluationEvent event : events) {
            long sequence = sequences.merge(event.evaluationId(), 1L, Long::sum) - 1;
            projection.on(event, T0.plusSeconds(sequence), sequence, "business");
        }
    }

    @Test
    void servesTheDetailById() {
        apply(confirmedEvaluation("c-1", "v-1", "2026-Q1", Grade.A));

        EvaluationDetail detail = projection.handle(new FindEvaluation("c-1:2026-Q1")).orElseThrow();
        assertThat(detail.status()).isEqualTo(EvaluationStatus.CONFIRMED);
        assertThat(detail.grade()).isEqualTo(Grade.A);
        assertThat(detail.rounds()).hasSize(1);
        assertThat(projection.handle(new FindEvaluation("c-1:2026-Q2"))).isEmpty();
    }

    @Test
    void listsAContractsEvaluationsOldestPeriodFirstAndAVendorsAcrossContracts() {
        apply(confirmedEvaluation("c-1", "v-1", "2026-Q2", Grade.C));
        apply(confirmedEvaluation("c-1", "v-1", "2025-Q4", Grade.A));
        apply(List.of(opened("c-1", "v-1", "2026-Q3"), opened("c-2", "v-1", "2026-03"), opened("c-3", "v-2", "2026-Q1")));
        apply(List.of(new EvaluationScoringOverdue("c-1:2026-Q3", LocalDate.of(2026, 10, 10))));

        assertThat(projection.handle(new FindContractEvaluations("c-1")).items())
                .extracting(EvaluationSummary::period, EvaluationSummary::status, EvaluationSummary::grade,
                        EvaluationSummary::scoringOverdue)
                .containsExactly(tuple("2025-Q4", EvaluationStatus.CONFIRMED, Grade.A, false),
                        tuple("2026-Q2", EvaluationStatus.CONFIRMED, Grade.C, false),
                        tuple("2026-Q3", EvaluationStatus.OPEN, null, true));
        assertThat(projection.handle(new FindVendorEvaluations("v-1")).items()).extracting(EvaluationSummary::evaluationId)
                .containsExactly("c-1:2025-Q4", "c-2:2026-03", "c-1:2026-Q2", "c-1:2026-Q3");
        assertThat(projection.handle(new FindContractEvaluations("c-9")).items()).isEmpty();
    }

    @Test
    void ignoresARedeliveredEventAndAReplayBuildsTheSameDocuments() {
        List<EvaluationEvent> events = confirmedEvaluation("c-1", "v-1", "2026-Q1", Grade.B);
        apply(events);
        EvaluationDetail live = projection.handle(new FindEvaluation("c-1:2026-Q1")).orElseThrow();

        projection.on(scored("c-1:2026-Q1", 1, 50, Grade.D), T0, 1L, "business");
        assertThat(projection.handle(new FindEvaluation("c-1:2026-Q1")).orElseThrow()).isEqualTo(live);

        projection.reset();
        sequences.clear();
        apply(events);
        assertThat(projection.handle(new FindEvaluation("c-1:2026-Q1")).orElseThrow()).isEqualTo(live);
    }
}
