package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.AuditControl;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.vendor.AnnualReviewOutcome;
import com.outsourcingledger.api.vendor.VendorEvent.*;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.wire.AggregateKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.outsourcingledger.command.specialaudit.control.RuleFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

class AnnualReviewOnTimeRuleTest {

    /** Admitted on 10 April 2025: the first annual review is due 10 April 2026. */
    private static final LocalDate ADMITTED = LocalDate.of(2025, 4, 10);

    @Test
    void answersAppliedForAReviewCompletedOnItsDueDate() {
        VendorPlanting vendor = VendorPlanting.admitted("v-1", ADMITTED, ZONE).reviewedOn(day(4, 10));

        ControlAnswer answer = answer(new AnnualReviewOnTimeRule(), vendor.events());

        assertThat(answer.control()).isEqualTo(AuditControl.ANNUAL_REVIEW_ON_TIME);
        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void listsAReviewFlaggedOverdueAndCompletedLateAsOneException() {
        VendorPlanting vendor = VendorPlanting.admitted("v-1", ADMITTED, ZONE).overdue().reviewedOn(day(5, 4));

        ControlAnswer answer = answer(new AnnualReviewOnTimeRule(), vendor.events());

        String admission = only(vendor.events(), VendorAdmitted.class).getFirst().eventId();
        String overdue = only(vendor.events(), AnnualReviewOverdue.class).getFirst().eventId();
        String completion = only(vendor.events(), AnnualReviewCompleted.class).getFirst().eventId();
        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.subjectKind()).isEqualTo(AggregateKind.VENDOR);
            assertThat(exception.subjectId()).isEqualTo("v-1");
            assertThat(exception.description())
                    .contains("the annual review due 2026-04-10 was not completed by its due date (flagged overdue)")
                    .contains("was completed late, on 2026-05-04");
            assertThat(exception.evidenceEventIds()).containsExactly(admission, overdue, completion);
        });
    }

    @Test
    void listsADueDateThatPassedInThePeriodWithNeitherReviewNorFlag() {
        VendorPlanting vendor = VendorPlanting.admitted("v-1", ADMITTED, ZONE);

        ControlAnswer answer = answer(new AnnualReviewOnTimeRule(), vendor.events());

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.description()).contains("nor flagged overdue");
            assertThat(exception.evidenceEventIds())
                    .containsExactly(only(vendor.events(), VendorAdmitted.class).getFirst().eventId());
        });
    }

    @Test
    void leavesOutVendorsWhoseDueDateFallsAfterThePeriodOrWhoWereEliminated() {
        VendorPlanting admittedLate = VendorPlanting.admitted("v-1", LocalDate.of(2026, 2, 1), ZONE);
        PlantedHistory eliminated = PlantedHistory.of("Vendor", "v-2", at(2, 1, 10)).by("HR", "hr3")
                .event(new VendorAdmitted("v-2", LocalDate.of(2025, 2, 1), VendorTier.STANDARD,
                        LocalDate.of(2026, 2, 1), null))
                .event(new VendorEliminated("v-2", "淘汰", List.of("memo-1")));

        ControlAnswer answer = answer(new AnnualReviewOnTimeRule(), admittedLate.events(), eliminated.events());

        assertThat(answer.subjectsChecked()).isZero();
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void leavesOutALateReviewCompletedBeforeThePeriodAndJudgesTheNextOne() {
        VendorPlanting vendor = VendorPlanting.admitted("v-1", LocalDate.of(2024, 10, 1), ZONE)
                .overdue().reviewedOn(LocalDate.of(2025, 11, 3)).reviewedOn(day(11, 3));

        ControlAnswer answer = answer(new AnnualReviewOnTimeRule(), vendor.events());

        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void readsAnAdmissionStoredBeforeItsRequiredDocumentsWereRecorded() {
        PlantedHistory old = PlantedHistory.of("Vendor", "v-old", at(1, 5, 10)).by("HR", "hr3")
                .event(new VendorAdmitted("v-old", ADMITTED, VendorTier.STANDARD, ADMITTED.plusMonths(12)))
                .event(new DueDiligenceFindingRecorded("v-old", null, null, null, null))
                .at(at(4, 8, 10)).by("FINANCE", "finance1")
                .event(new AnnualReviewCompleted("v-old", day(4, 8), AnnualReviewOutcome.SOUND, null, null));

        ControlAnswer answer = answer(new AnnualReviewOnTimeRule(), old.events());

        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.applied()).isTrue();
    }
}
