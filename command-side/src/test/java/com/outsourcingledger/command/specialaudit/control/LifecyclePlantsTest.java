package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.specialaudit.ControlException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plants of the project, sourcing, contract and vendor controls, over periods of a day, a year and two years
 * that start mid-month and on a month's last day: clean histories trip no rule, the violation only its own.
 */
class LifecyclePlantsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<ControlPlant> PLANTS = List.of(new ApprovalOrderPlant(), new CandidatesAndPanelPlant(),
            new NdaBeforeSigningPlant(), new FourDepartmentCoReviewPlant(), new RenewalReviewLeadTimePlant(),
            new BreachTerminationSignOffPlant(), new AnnualReviewOnTimePlant());
    private static final List<AuditPeriod> PERIODS = List.of(
            new AuditPeriod(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 15), ZONE),
            new AuditPeriod(LocalDate.of(2025, 12, 8), LocalDate.of(2026, 12, 7), ZONE),
            new AuditPeriod(LocalDate.of(2025, 11, 30), LocalDate.of(2026, 11, 29), ZONE),
            new AuditPeriod(LocalDate.of(2024, 3, 31), LocalDate.of(2026, 3, 30), ZONE));

    static Stream<Arguments> plantsAndPeriods() {
        return PLANTS.stream().flatMap(plant -> PERIODS.stream().map(period -> Arguments.of(plant, period)));
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("plantsAndPeriods")
    void cleanHistoriesTripNoRuleAndAreCheckedByTheirOwn(ControlPlant plant, AuditPeriod period) {
        List<ControlAnswer> answers = answers(plant.clean(period), period);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.exceptions()).as(answer.control().name()).isEmpty());
        assertThat(answerFor(answers, plant).subjectsChecked()).isPositive();
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("plantsAndPeriods")
    void theViolationIsOneExceptionInItsOwnControlOnItsSubject(ControlPlant plant, AuditPeriod period) {
        List<AuditedEvent> events = new ArrayList<>(plant.clean(period));
        events.addAll(plant.violation(period));

        List<ControlAnswer> answers = answers(events, period);

        assertThat(answers).filteredOn(answer -> answer.control() != plant.control())
                .allSatisfy(answer -> assertThat(answer.exceptions()).as(answer.control().name()).isEmpty());
        List<ControlException> exceptions = answerFor(answers, plant).exceptions();
        assertThat(exceptions).singleElement().satisfies(exception -> {
            assertThat(exception.subjectId()).isEqualTo(plant.violatingSubjectId());
            assertThat(exception.evidenceEventIds()).isNotEmpty()
                    .allSatisfy(id -> assertThat(events).anyMatch(e -> e.eventId().equals(id)
                            && e.aggregateId().equals(plant.violatingSubjectId())));
        });
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("plantsAndPeriods")
    void everyPlantedEventFallsNoLaterThanThePeriodsEnd(ControlPlant plant, AuditPeriod period) {
        List<AuditedEvent> events = new ArrayList<>(plant.clean(period));
        events.addAll(plant.violation(period));

        assertThat(events).allSatisfy(e -> assertThat(e.timestamp().atZone(ZONE).toLocalDate()).isBeforeOrEqualTo(period.to()));
        assertThat(events).extracting(AuditedEvent::eventId).doesNotHaveDuplicates();
    }

    private static List<ControlAnswer> answers(List<AuditedEvent> events, AuditPeriod period) {
        List<ControlRule> rules = ControlRules.fresh();
        events.forEach(event -> rules.forEach(rule -> rule.accept(event)));
        return rules.stream().map(rule -> rule.answer(period)).toList();
    }

    private static ControlAnswer answerFor(List<ControlAnswer> answers, ControlPlant plant) {
        return answers.stream().filter(answer -> answer.control() == plant.control()).findFirst().orElseThrow();
    }
}
