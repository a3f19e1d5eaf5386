package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.contract.ContractEvent.*;
import com.outsourcingledger.api.contract.RenewalDecision;
import com.outsourcingledger.api.contract.Term;
import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static com.outsourcingledger.command.specialaudit.control.RuleFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

class RenewalReviewLeadTimeRuleTest {

    /** One year ending 30 June 2026: its renewal review opens on 30 March. */
    private static final Term TERM = new Term(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30));
    private static final Term NEXT = new Term(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));
    private static final Instant SIGNED = LocalDate.of(2025, 7, 1).atTime(10, 0).atZone(ZONE).toInstant();

    @Test
    void answersAppliedForAReviewOpenedAtTheEndMinusThreeMonthsAndRenewed() {
        ContractPlanting contract = ContractPlanting.signed("c-1", "v-1", TERM, SIGNED, ZONE)
                .at(PlantingClock.startOf(day(3, 30), ZONE)).expiryApproaching(TERM.end())
                .renewalDecided(at(4, 2, 10), RenewalDecision.RENEW, NEXT)
                .renewed(NEXT);

        ControlAnswer answer = answer(new RenewalReviewLeadTimeRule(), contract.events());

        assertThat(answer.control()).isEqualTo(AuditControl.RENEWAL_REVIEW_LEAD_TIME);
        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void listsAReviewOpenedLateBecauseTheContractWasSignedWithinThreeMonthsOfItsEnd() {
        Term shortTerm = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        ContractPlanting contract = ContractPlanting.signed("c-1", "v-1", shortTerm, at(5, 15, 10), ZONE)
                .renewalDecided(at(5, 20, 10), RenewalDecision.NOT_RENEW, null);

        ControlAnswer answer = answer(new RenewalReviewLeadTimeRule(), contract.events());

        String opening = only(contract.events(), ContractExpiryApproaching.class).getFirst().eventId();
        String decision = only(contract.events(), RenewalDecided.class).getFirst().eventId();
        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.subjectId()).isEqualTo("c-1");
            assertThat(exception.description()).contains("the renewal review of the term ending 2026-06-30 opened on"
                    + " 2026-05-15, after 2026-03-30 (the end − 3 months)");
            assertThat(exception.evidenceEventIds()).containsExactly(opening, decision);
        });
    }

    @Test
    void listsAReviewOpenedLateEvenBeforeItsDecision() {
        ContractPlanting contract = ContractPlanting.signed("c-1", "v-1", TERM, SIGNED, ZONE)
                .at(PlantingClock.startOf(day(4, 30), ZONE)).expiryApproaching(TERM.end());

        assertThat(answer(new RenewalReviewLeadTimeRule(), contract.events()).exceptions()).singleElement()
                .satisfies(exception -> assertThat(exception.description()).contains("opened on 2026-04-30"));
    }

    @Test
    void listsADecisionWithNoReviewOpenedForTheTerm() {
        ContractPlanting contract = ContractPlanting.signed("c-1", "v-1", TERM, SIGNED, ZONE)
                .renewalDecided(at(4, 2, 10), RenewalDecision.RETENDER, null);

        assertThat(answer(new RenewalReviewLeadTimeRule(), contract.events()).exceptions()).singleElement()
                .satisfies(exception -> assertThat(exception.description())
                        .contains("no renewal review opened for the term ending 2026-06-30"));
    }

    @Test
    void checksAReviewOpenedBeforeThePeriodWhenItsDecisionFallsInIt() {
        Term term = new Term(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28));
        ContractPlanting contract = ContractPlanting.signed("c-1", "v-1", term,
                        LocalDate.of(2025, 3, 1).atTime(10, 0).atZone(ZONE).toInstant(), ZONE)
                .at(PlantingClock.startOf(LocalDate.of(2025, 11, 28), ZONE)).expiryApproaching(term.end())
                .renewalDecided(at(1, 10, 10), RenewalDecision.NOT_RENEW, null);

        ControlAnswer answer = answer(new RenewalReviewLeadTimeRule(), contract.events());

        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void leavesOutReviewsOpenedAndDecidedOutsideThePeriod() {
        Term term = new Term(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 11, 30));
        ContractPlanting late = ContractPlanting.signed("c-1", "v-1", term,
                        LocalDate.of(2025, 10, 1).atTime(10, 0).atZone(ZONE).toInstant(), ZONE)
                .renewalDecided(LocalDate.of(2025, 10, 2).atTime(10, 0).atZone(ZONE).toInstant(),
                        RenewalDecision.NOT_RENEW, null);

        ControlAnswer answer = answer(new RenewalReviewLeadTimeRule(), late.events());

        assertThat(answer.subjectsChecked()).isZero();
    }

    @Test
    void readsAReviewOpenedBeforeTheLeadTimeWasRecordedAsThreeMonths() {
        PlantedHistory old = PlantedHistory.of("Contract", "c-old", SIGNED).by("BUSINESS", "business1")
                .event(new ContractDrafted("c-old", "project-1", "v-1", "旧合同", TERM, ContractPlanting.content()))
                .event(new NdaRecorded("c-old", "NDA-1", LocalDate.of(2025, 6, 20)))
                .by("MANAGEMENT", "management1")
                .event(new ContractSigned("c-old", LocalDate.of(2025, 7, 1), 1))
                .event(new ContractActivated("c-old", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1), null))
                .at(PlantingClock.startOf(day(3, 30), ZONE)).by(null, null)
                .event(new ContractExpiryApproaching("c-old", TERM.end(), null));
        PlantedHistory late = PlantedHistory.of("Contract", "c-late", PlantingClock.startOf(day(3, 31), ZONE))
                .event(new ContractExpiryApproaching("c-late", LocalDate.of(2026, 6, 29), null));

        ControlAnswer answer = answer(new RenewalReviewLeadTimeRule(), old.events(), late.events());

        assertThat(answer.subjectsChecked()).isEqualTo(2);
        assertThat(answer.exceptions()).extracting(e -> e.subjectId()).containsExactly("c-late");
    }
}
