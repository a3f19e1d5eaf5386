package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.TerminationReason;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.outsourcingledger.command.specialaudit.control.RuleFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

class BreachTerminationSignOffRuleTest {

    private static final Term TERM = new Term(LocalDate.of(2025, 7, 1), LocalDate.of(2027, 6, 30));
    private static final Instant SIGNED = LocalDate.of(2025, 7, 1).atTime(10, 0).atZone(ZONE).toInstant();
    private static final List<String> EVIDENCE = List.of("breach-report", "rectification-failed");

    @Test
    void answersAppliedForABreachTerminationOnEvidenceLegalSignedOff() {
        ContractPlanting contract = running()
                .signedOffByLegal(at(5, 6, 10), EVIDENCE)
                .terminatedForBreach(at(5, 7, 10), EVIDENCE);

        ControlAnswer answer = answer(new BreachTerminationSignOffRule(), contract.events());

        assertThat(answer.control()).isEqualTo(AuditControl.BREACH_TERMINATION_LEGAL_SIGN_OFF);
        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void listsABreachTerminationWithoutSignOff() {
        ContractPlanting contract = running().terminatedForBreach(at(5, 7, 10), EVIDENCE);

        ControlAnswer answer = answer(new BreachTerminationSignOffRule(), contract.events());

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.subjectId()).isEqualTo("c-1");
            assertThat(exception.description())
                    .contains("on evidence [breach-report, rectification-failed] that LEGAL had not signed off");
            assertThat(exception.evidenceEventIds())
                    .containsExactly(only(contract.events(), ContractTerminated.class).getFirst().eventId());
        });
    }

    @Test
    void listsEvidenceCitedBeyondWhatTheSignOffCovered() {
        ContractPlanting contract = running()
                .signedOffByLegal(at(5, 6, 10), List.of("breach-report"))
                .terminatedForBreach(at(5, 7, 10), EVIDENCE);

        ControlAnswer answer = answer(new BreachTerminationSignOffRule(), contract.events());

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.description()).contains("[rectification-failed]").doesNotContain("[breach-report");
            assertThat(exception.evidenceEventIds()).containsExactly(
                    only(contract.events(), TerminationSignedOff.class).getFirst().eventId(),
                    only(contract.events(), ContractTerminated.class).getFirst().eventId());
        });
    }

    @Test
    void listsASignOffRecordedByAnotherDepartmentAndABreachWithoutEvidence() {
        PlantedHistory business = PlantedHistory.of("Contract", "c-2", at(5, 6, 10)).by("BUSINESS", "business1")
                .event(new TerminationSignedOff("c-2", EVIDENCE, "业务确认"))
                .event(terminated("c-2", TerminationReason.BREACH, EVIDENCE));
        PlantedHistory bare = PlantedHistory.of("Contract", "c-3", at(5, 6, 10)).by("BUSINESS", "business1")
                .event(terminated("c-3", TerminationReason.BREACH, null));

        ControlAnswer answer = answer(new BreachTerminationSignOffRule(), business.events(), bare.events());

        assertThat(answer.exceptions()).hasSize(2);
        assertThat(answer.exceptions().get(0).description()).contains("another department than LEGAL");
        assertThat(answer.exceptions().get(0).evidenceEventIds()).containsExactly(business.eventId(0),
                business.eventId(1));
        assertThat(answer.exceptions().get(1).description()).contains("naming no evidence");
    }

    @Test
    void leavesOutOtherReasonsAndBreachTerminationsOutsideThePeriod() {
        PlantedHistory mutual = PlantedHistory.of("Contract", "c-2", at(5, 6, 10)).by("BUSINESS", "business1")
                .event(terminated("c-2", TerminationReason.MUTUAL, List.of()));
        PlantedHistory lastYear = PlantedHistory.of("Contract", "c-3",
                        LocalDate.of(2025, 12, 30).atTime(10, 0).atZone(ZONE).toInstant()).by("BUSINESS", "business1")
                .event(terminated("c-3", TerminationReason.BREACH, EVIDENCE));

        ControlAnswer answer = answer(new BreachTerminationSignOffRule(), mutual.events(), lastYear.events());

        assertThat(answer.subjectsChecked()).isZero();
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void readsTerminationsStoredBeforeLaterComponents() {
        PlantedHistory old = PlantedHistory.of("Contract", "c-old", at(5, 6, 10)).by("LEGAL", "legal1")
                .event(new TerminationSignedOff("c-old", EVIDENCE, null))
                .by("BUSINESS", "business1")
                .event(new TerminationRecommended("c-old", TerminationReason.BREACH, "严重违约", null, null))
                .event(new ContractTerminated("c-old", TerminationReason.BREACH, "严重违约", EVIDENCE, day(5, 6),
                        day(5, 6), null, null))
                .event(new WorkerAccessRevoked("c-old", day(5, 6), day(5, 6), null, null));

        ControlAnswer answer = answer(new BreachTerminationSignOffRule(), old.events());

        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }

    private static ContractPlanting running() {
        return ContractPlanting.signed("c-1", "v-1", TERM, SIGNED, ZONE);
    }

    private static ContractTerminated terminated(String contractId, TerminationReason reason, List<String> evidence) {
        return new ContractTerminated(contractId, reason, "解除", evidence, day(5, 6), day(5, 6), null, null);
    }
}
