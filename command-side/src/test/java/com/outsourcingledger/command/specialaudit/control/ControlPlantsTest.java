package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static com.outsourcingledger.command.specialaudit.control.PlantedChecklist.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every registered rule has a plant and every plant a rule; each plant's clean histories trip no rule, and its
 * violation trips exactly its own control, once, on its subject, with evidence among the planted events. The same
 * checks run on {@link ExampleControl}, a rule and plant of the test tree only, so they are known to bite.
 */
class ControlPlantsTest {

    private static final AuditPeriod PERIOD = lastYear();

    @Test
    void everyRegisteredRuleHasAPlantAndEveryPlantARule() {
        registryMatches(ControlRules::fresh, ControlPlants.ALL);
    }

    /** The checklist answers every control of the policy, in the order {@link AuditControl} lists them. */
    @Test
    void everyControlHasItsRuleInTheChecklistsOrder() {
        assertThat(ControlRules.fresh()).extracting(ControlRule::control).containsExactly(AuditControl.values());
    }

    @Test
    void noCleanHistoryTripsAnyRegisteredRule() {
        ControlPlants.ALL.forEach(plant -> cleanTripsNothing(ControlRules::fresh, plant));
    }

    @Test
    void eachViolationTripsItsOwnControlOnceOnItsSubject() {
        ControlPlants.ALL.forEach(plant -> violationTripsItsControlOnly(ControlRules::fresh, plant));
    }

    @Test
    void allPlantsTogetherTripExactlyTheirViolatingSubjects() {
        allTogether(ControlRules::fresh, ControlPlants.ALL);
    }

    @Test
    void theChecksHoldForTheExampleControl() {
        Supplier<List<ControlRule>> rules = () -> List.of(new ExampleControl.Rule());
        List<ControlPlant> plants = List.of(new ExampleControl.Plant());
        registryMatches(rules, plants);
        plants.forEach(plant -> cleanTripsNothing(rules, plant));
        plants.forEach(plant -> violationTripsItsControlOnly(rules, plant));
        allTogether(rules, plants);
    }

    @Test
    void theExampleRuleAnswersForTheSubjectsDecidedInThePeriod() {
        ControlPlant plant = new ExampleControl.Plant();
        List<ControlAnswer> answers = answers(List.of(new ExampleControl.Rule()), everything(plant, PERIOD),
                PERIOD);
        assertThat(answers).singleElement().satisfies(answer -> {
            assertThat(answer.subjectsChecked()).isEqualTo(2);
            assertThat(answer.applied()).isFalse();
        });
    }

    private static void registryMatches(Supplier<List<ControlRule>> rules, List<ControlPlant> plants) {
        List<AuditControl> ruled = rules.get().stream().map(ControlRule::control).toList();
        List<AuditControl> planted = plants.stream().map(ControlPlant::control).toList();
        assertThat(ruled).as("one rule per control").doesNotHaveDuplicates();
        assertThat(planted).as("one plant per control").doesNotHaveDuplicates();
        assertThat(Set.copyOf(planted)).as("the plants' controls are the rules'").isEqualTo(Set.copyOf(ruled));
    }

    private static void cleanTripsNothing(Supplier<List<ControlRule>> rules, ControlPlant plant) {
        assertThat(plant.clean(PERIOD)).as(plant.control() + "'s clean histories").isNotEmpty();
        assertThat(exceptions(answers(rules.get(), plant.clean(PERIOD), PERIOD)))
                .as(plant.control() + "'s clean histories trip no rule").isEmpty();
    }

    private static void violationTripsItsControlOnly(Supplier<List<ControlRule>> rules, ControlPlant plant) {
        List<ControlAnswer> answers = answers(rules.get(), everything(plant, PERIOD), PERIOD);
        Set<String> planted = everything(plant, PERIOD).stream().map(AuditedEvent::eventId)
                .collect(Collectors.toSet());
        List<AuditControl> tripped = answers.stream().filter(a -> !a.applied()).map(ControlAnswer::control).toList();
        assertThat(tripped).as(plant.control() + "'s violation trips only its own control")
                .containsExactly(plant.control());
        ControlAnswer own = answers.stream().filter(a -> a.control() == plant.control()).findFirst().orElseThrow();
        assertThat(own.exceptions()).as(plant.control() + "'s exceptions").singleElement().satisfies(e -> {
            assertThat(e.subjectId()).isEqualTo(plant.violatingSubjectId());
            assertThat(e.description()).isNotBlank();
            assertThat(e.evidenceEventIds()).isNotEmpty().allSatisfy(id -> assertThat(planted).contains(id));
        });
        assertThat(own.subjectsChecked()).isGreaterThanOrEqualTo(2);
    }

    private static void allTogether(Supplier<List<ControlRule>> rules, List<ControlPlant> plants) {
        List<AuditedEvent> events = plants.stream().flatMap(p -> everything(p, PERIOD).stream()).toList();
        List<String> tripped = answers(rules.get(), events, PERIOD).stream()
                .flatMap(a -> a.exceptions().stream().map(e -> a.control() + " " + e.subjectId())).toList();
        assertThat(tripped).as("every plant's violating subject, once, under its control")
                .containsExactlyInAnyOrderElementsOf(plants.stream()
                        .map(p -> p.control() + " " + p.violatingSubjectId()).toList());
    }
}
