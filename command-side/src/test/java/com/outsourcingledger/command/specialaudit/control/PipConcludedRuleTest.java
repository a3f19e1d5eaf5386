package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.PipOutcome;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.evaluation.EvaluationCadence;
import com.outsourcingledger.api.evaluation.EvaluationEvent.EvaluationConfirmed;
import com.outsourcingledger.api.evaluation.EvaluationEvent.EvaluationPeriodOpened;
import com.outsourcingledger.api.evaluation.EvaluationPolicy;
import com.outsourcingledger.api.evaluation.Grade;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PipConcludedRuleTest {

    private static final String CONTRACT = "contract-1";
    private static final String PIP = "contract-1-pip-1";

    /** The evaluation of {@code period} opened the day after it and confirmed {@code grade} on {@code confirmedAt}. */
    private static PlantedHistory evaluation(String period, Grade grade, Instant confirmedAt) {
        String id = CONTRACT + ":" + period;
        return PlantedHistory.of("Evaluation", id, confirmedAt.minus(Duration.ofDays(10))).by(null, null)
                .event(new EvaluationPeriodOpened(id, CONTRACT, "vendor-1", "project-1", period,
                        EvaluationCadence.QUARTERLY, null, EvaluationPolicy.standard(), BigDecimal.ZERO, List.of()))
                .by(null, "vendor-user-1").at(confirmedAt)
                .event(new EvaluationConfirmed(id, CONTRACT, "vendor-1", period, 1, new BigDecimal("70"), grade,
                        EvaluationPolicy.DEFAULT_VERSION, BigDecimal.ZERO));
    }

    /** A PIP opened on 2026-01-20 for the below-standard 2025-Q3 and 2025-Q4 evaluations. */
    private static PlantedHistory contractWithPip() {
        return PlantedHistory.of("Contract", CONTRACT, Instant.parse("2026-01-20T02:00:00Z")).by(null, "vendor-user-1")
                .event(new PipInitiated(CONTRACT, PIP, List.of(CONTRACT + ":2025-Q3", CONTRACT + ":2025-Q4"),
                        List.of(), "Performance below standard", LocalDate.of(2026, 1, 20),
                        LocalDate.of(2026, 2, 4), 15));
    }

    private static ControlAnswer answer(List<PlantedHistory> histories) {
        List<AuditedEvent> events = new ArrayList<>();
        histories.forEach(h -> events.addAll(h.events()));
        return PlantedRules.answer(new PipConcludedRule(), PlantedRules.YEAR_2026, PlantDays.inStoreOrder(events));
    }

    private static List<PlantedHistory> triggered() {
        return List.of(evaluation("2025-Q3", Grade.C, Instant.parse("2025-10-15T02:00:00Z")),
                evaluation("2025-Q4", Grade.C, Instant.parse("2026-01-20T01:00:00Z")));
    }

    private static List<PlantedHistory> with(List<PlantedHistory> earlier, PlantedHistory... later) {
        List<PlantedHistory> all = new ArrayList<>(earlier);
        all.addAll(List.of(later));
        return all;
    }

    @Test
    void isAppliedWhenThePipIsConcludedOnceTheNextEvaluationIsConfirmed() {
        PlantedHistory contract = contractWithPip().by("BUSINESS", "business-1")
                .at(Instant.parse("2026-04-20T06:00:00Z"))
                .event(new PipConcluded(CONTRACT, PIP, PipOutcome.SUCCEEDED, "2026-Q1 评估 B"));

        ControlAnswer answer = answer(with(triggered(), contract,
                evaluation("2026-Q1", Grade.B, Instant.parse("2026-04-15T02:00:00Z"))));

        assertThat(answer.applied()).isTrue();
        assertThat(answer.subjectsChecked()).isEqualTo(1);
    }

    @Test
    void listsAPipLeftOpenAfterTheNextEvaluation() {
        PlantedHistory contract = contractWithPip();
        PlantedHistory next = evaluation("2026-Q1", Grade.B, Instant.parse("2026-04-15T02:00:00Z"));

        ControlAnswer answer = answer(with(triggered(), contract, next));

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.subjectKind()).isEqualTo(AggregateKind.CONTRACT);
            assertThat(exception.subjectId()).isEqualTo(CONTRACT);
            assertThat(exception.description()).contains(PIP, "not concluded");
            assertThat(exception.evidenceEventIds()).containsExactly(contract.eventId(0), next.eventId(1));
        });
    }

    @Test
    void waitsForAnEvaluationOfAPeriodAfterTheOnesThatOpenedThePip() {
        PlantedHistory contract = contractWithPip();
        PlantedHistory late = evaluation("2025-Q4", Grade.C, Instant.parse("2026-01-10T01:00:00Z"));
        PlantedHistory reconfirmed = PlantedHistory.of("Evaluation", CONTRACT + ":2025-Q2",
                        Instant.parse("2026-02-01T01:00:00Z")).by(null, "vendor-user-1")
                .event(new EvaluationConfirmed(CONTRACT + ":2025-Q2", CONTRACT, "vendor-1", "2025-Q2", 2,
                        new BigDecimal("82"), Grade.B, EvaluationPolicy.DEFAULT_VERSION, BigDecimal.ZERO));

        ControlAnswer answer = answer(List.of(evaluation("2025-Q3", Grade.C, Instant.parse("2025-10-15T02:00:00Z")),
                late, contract, reconfirmed));

        assertThat(answer.subjectsChecked()).isZero();
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void endsTheTermWithTheContractsEnd() {
        PlantedHistory contract = contractWithPip().by("BUSINESS", "business-1")
                .at(Instant.parse("2026-03-01T02:00:00Z"))
                .event(new ContractTerminated(CONTRACT, TerminationReason.MUTUAL, "协商一致", List.of(),
                        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15), null, null));

        ControlAnswer answer = answer(with(triggered(), contract));

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> assertThat(
                exception.evidenceEventIds()).containsExactly(contract.eventId(0), contract.eventId(1)));
    }

    @Test
    void leavesAPipWhoseTermHasNotEndedOrEndedBeforeThePeriodUnchecked() {
        PlantedHistory running = contractWithPip();
        PlantedHistory ended = PlantedHistory.of("Contract", "contract-2", Instant.parse("2025-07-01T02:00:00Z"))
                .event(new PipInitiated("contract-2", "contract-2-pip-1", List.of(), List.of(), "旧计划",
                        LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 16), 15))
                .at(Instant.parse("2025-12-31T02:00:00Z")).event(new ContractExpired("contract-2",
                        LocalDate.of(2025, 12, 31)));

        ControlAnswer answer = answer(with(triggered(), running, ended));

        assertThat(answer.subjectsChecked()).isZero();
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void readsOldFailuresWithoutTheirPeriodAndAnEvaluationOfAPeriodThatOpenedThePip() {
        PlantedHistory contract = PlantedHistory.of("Contract", CONTRACT, Instant.parse("2026-02-01T02:00:00Z"))
                .event(new RectificationFailed(CONTRACT, "rn-1", "未整改", null))
                .event(new PipInitiated(CONTRACT, PIP, List.of(), List.of("rn-1"), "旧通知", LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 2, 16), 15))
                .event(new RectificationNoticeIssued(CONTRACT, "rn-2", null, List.of(), "旧通知", null, null, false,
                        null, null, null, null, null, null));
        PlantedHistory next = evaluation("2026-Q1", Grade.B, Instant.parse("2026-04-15T02:00:00Z"));

        ControlAnswer answer = answer(List.of(contract, next));

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> assertThat(
                exception.evidenceEventIds()).containsExactly(contract.eventId(1), next.eventId(1)));
    }
}
