package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import com.outsourcingledger.api.worker.WorkerProofs;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FilingBeforeAccessRuleTest {

    private static final WorkerProofs PROOFS = new WorkerProofs("LC-1", "SI-1", "2026-02", "CP-1");
    private static final Instant MARCH = Instant.parse("2026-03-02T01:00:00Z");

    private static PlantedHistory submitted(String workerId, Instant at) {
        return PlantedHistory.of("Worker", workerId, at).by(null, "vendor-user-1")
                .event(new WorkerFilingSubmitted(workerId, "contract-1", "vendor-1", null, PROOFS));
    }

    private static WorkerFiled filed(String workerId) {
        return new WorkerFiled(workerId, "contract-1", "vendor-1", PROOFS, "材料齐全");
    }

    private static AccessGranted granted(String workerId, String grantId) {
        return new AccessGranted(workerId, "contract-1", grantId, AccessResourceType.SYSTEM, "ERP", "read-only");
    }

    private static ControlAnswer answer(PlantedHistory... histories) {
        return PlantedRules.answer(new FilingBeforeAccessRule(), PlantedRules.YEAR_2026,
                java.util.Arrays.stream(histories).flatMap(h -> h.events().stream()).toList());
    }

    @Test
    void isAppliedWhenEveryGrantFollowsHrsVerification() {
        PlantedHistory worker = submitted("w-1", MARCH).by("HR", "hr-1").after(Duration.ofDays(1)).event(filed("w-1"))
                .by("HR", "hr-2").after(Duration.ofDays(2)).event(granted("w-1", "erp"))
                .after(Duration.ofDays(1)).event(granted("w-1", "vpn"));

        ControlAnswer answer = answer(worker);

        assertThat(answer.applied()).isTrue();
        assertThat(answer.subjectsChecked()).isEqualTo(1);
    }

    @Test
    void listsAGrantMadeWhileTheFilingWaitedForHr() {
        PlantedHistory worker = submitted("w-2", MARCH).by("HR", "hr-2").after(Duration.ofDays(1))
                .event(granted("w-2", "erp")).by("HR", "hr-1").after(Duration.ofDays(1)).event(filed("w-2"));

        ControlAnswer answer = answer(worker);

        assertThat(answer.subjectsChecked()).isEqualTo(1);
        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.subjectKind()).isEqualTo(AggregateKind.WORKER);
            assertThat(exception.subjectId()).isEqualTo("w-2");
            assertThat(exception.description()).contains("erp", "before HR verified");
            assertThat(exception.evidenceEventIds()).containsExactly(worker.eventId(1), worker.eventId(0));
        });
    }

    @Test
    void listsAGrantOnAFilingVerifiedByAnotherDepartment() {
        PlantedHistory worker = submitted("w-3", MARCH).by("BUSINESS", "business-1").after(Duration.ofDays(1))
                .event(filed("w-3")).by("HR", "hr-2").after(Duration.ofDays(1)).event(granted("w-3", "erp"));

        ControlAnswer answer = answer(worker);

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.description()).contains("BUSINESS, not HR");
            assertThat(exception.evidenceEventIds()).containsExactly(worker.eventId(2), worker.eventId(0),
                    worker.eventId(1));
        });
    }

    @Test
    void leavesGrantsOutsideThePeriodUnchecked() {
        PlantedHistory before = submitted("w-4", Instant.parse("2025-11-02T01:00:00Z"))
                .by("HR", "hr-2").after(Duration.ofDays(1)).event(granted("w-4", "erp"));
        PlantedHistory after = submitted("w-5", Instant.parse("2026-12-31T15:00:00Z"))
                .by("HR", "hr-2").after(Duration.ofHours(1)).event(granted("w-5", "erp"));

        ControlAnswer answer = answer(before, after);

        assertThat(answer.subjectsChecked()).isZero();
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void readsOldHistoriesWithoutTheIncidentOfARevocation() {
        PlantedHistory worker = submitted("w-6", MARCH).by("HR", "hr-1").after(Duration.ofDays(1)).event(filed("w-6"))
                .by("HR", "hr-2").after(Duration.ofDays(1)).event(granted("w-6", "erp"))
                .after(Duration.ofDays(30)).event(new AccessRevoked("w-6", "erp", LocalDate.of(2026, 4, 3), null,
                        false, "调岗"));

        assertThat(((AccessRevoked) worker.events().getLast().payload()).incidentId()).isNull();
        assertThat(answer(worker).applied()).isTrue();
    }
}
