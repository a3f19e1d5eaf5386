package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker, settlement, PIP and incident plants, in a year, a month and a single day: their clean histories
 * check their control on some subject and give no exception in any rule; their violation gives exactly one, in its
 * own control, on its subject, with evidence among its events.
 */
class OperationsPlantsTest {

    private static final Set<AuditControl> OPERATIONS = Set.of(AuditControl.FILING_BEFORE_ACCESS,
            AuditControl.ACCESS_REVOKED_BY_LAST_SERVICE_DAY, AuditControl.SETTLEMENT_CONFIRMED_AND_CHECKED,
            AuditControl.PIP_CONCLUDED, AuditControl.INCIDENT_NOTIFIED_IN_TIME);

    static Stream<Arguments> plantsAndPeriods() {
        List<AuditPeriod> periods = List.of(PlantedRules.YEAR_2026,
                new AuditPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), PlantedRules.ZONE),
                new AuditPeriod(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 15), PlantedRules.ZONE));
        return ControlPlants.ALL.stream().filter(p -> OPERATIONS.contains(p.control()))
                .flatMap(plant -> periods.stream().map(period -> Arguments.of(plant, period)));
    }

    @ParameterizedTest
    @MethodSource("plantsAndPeriods")
    void cleanHistoriesCheckTheControlAndPassEveryRule(ControlPlant plant, AuditPeriod period) {
        List<ControlAnswer> answers = PlantedRules.answers(period, plant.clean(period));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.exceptions()).as(answer.control().name())
                .isEmpty());
        assertThat(PlantedRules.answerOf(plant.control(), answers).subjectsChecked()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("plantsAndPeriods")
    void theViolationIsTheOneExceptionBesideTheCleanHistories(ControlPlant plant, AuditPeriod period) {
        List<AuditedEvent> violation = plant.violation(period);
        List<AuditedEvent> all = new ArrayList<>(plant.clean(period));
        all.addAll(violation);

        List<ControlException> exceptions = PlantedRules.answers(period, all).stream()
                .flatMap(answer -> answer.exceptions().stream().map(e -> new Object[]{answer.control(), e}))
                .map(pair -> {
                    assertThat(pair[0]).isEqualTo(plant.control());
                    return (ControlException) pair[1];
                }).toList();

        assertThat(exceptions).singleElement().satisfies(exception -> {
            assertThat(exception.subjectId()).isEqualTo(plant.violatingSubjectId());
            assertThat(exception.evidenceEventIds()).isNotEmpty();
            Set<String> violationIds = new HashSet<>(violation.stream().map(AuditedEvent::eventId).toList());
            assertThat(violationIds).containsAll(exception.evidenceEventIds());
        });
    }

    /** So that sorting the plants' events by time, as the store holds them, keeps each history in sequence. */
    @ParameterizedTest
    @MethodSource("plantsAndPeriods")
    void eachHistoryHappensInItsOwnOrder(ControlPlant plant, AuditPeriod period) {
        Map<String, AuditedEvent> last = new HashMap<>();
        Stream.concat(plant.clean(period).stream(), plant.violation(period).stream()).forEach(event -> {
            AuditedEvent previous = last.put(event.aggregateType() + "/" + event.aggregateId(), event);
            if (previous != null) {
                assertThat(event.sequence()).isEqualTo(previous.sequence() + 1);
                assertThat(event.timestamp()).as(event.payload().toString()).isAfterOrEqualTo(previous.timestamp());
            }
        });
    }

    @ParameterizedTest
    @MethodSource("plantsAndPeriods")
    void historiesNeverShareAnAggregateWithAnotherPlant(ControlPlant plant, AuditPeriod period) {
        Set<String> own = new HashSet<>();
        plant.clean(period).forEach(e -> own.add(e.aggregateType() + "/" + e.aggregateId()));
        plant.violation(period).forEach(e -> own.add(e.aggregateType() + "/" + e.aggregateId()));
        for (ControlPlant other : ControlPlants.ALL) {
            if (other == plant) {
                continue;
            }
            Stream.concat(other.clean(period).stream(), other.violation(period).stream())
                    .forEach(e -> assertThat(own).as(other.control().name())
                            .doesNotContain(e.aggregateType() + "/" + e.aggregateId()));
        }
    }
}
