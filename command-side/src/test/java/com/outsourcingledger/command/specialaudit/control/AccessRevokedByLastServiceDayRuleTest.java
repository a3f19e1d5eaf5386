package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.WorkerEvent.*;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRevokedByLastServiceDayRuleTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);

    /** Holding ERP access and a laptop since February, offboarding with {@code lastDay} as the last service day. */
    private static PlantedHistory offboarding(String workerId, LocalDate lastDay) {
        Instant granted = lastDay.minusMonths(4).atStartOfDay(PlantedRules.ZONE).toInstant();
        return PlantedHistory.of("Worker", workerId, granted).by("HR", "hr-2")
                .event(new AccessGranted(workerId, "contract-1", "erp", AccessResourceType.SYSTEM, "ERP", "read-only"))
                .by("BUSINESS", "business-1").after(Duration.ofHours(1)).event(new AssetIssued(workerId, "laptop",
                        "笔记本电脑"))
                .at(lastDay.minusDays(7).atTime(10, 0).atZone(PlantedRules.ZONE).toInstant())
                .event(new WorkerOffboardingStarted(workerId, "contract-1", lastDay, "合同到期"));
    }

    private static Instant on(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(PlantedRules.ZONE).toInstant();
    }

    private static ControlAnswer answer(PlantedHistory... histories) {
        return PlantedRules.answer(new AccessRevokedByLastServiceDayRule(), PlantedRules.YEAR_2026,
                java.util.Arrays.stream(histories).flatMap(h -> h.events().stream()).toList());
    }

    @Test
    void isAppliedWhenEverythingIsBackByTheLastServiceDay() {
        PlantedHistory worker = offboarding("w-1", LAST_DAY).by("HR", "hr-1").at(on(LAST_DAY, 16))
                .event(new AccessRevoked("w-1", "erp", LAST_DAY, LAST_DAY, false, "离场", null))
                .by("BUSINESS", "business-1").after(Duration.ofHours(1))
                .event(new AssetReturned("w-1", "laptop", LAST_DAY, LAST_DAY, false))
                .event(new WorkerExited("w-1", "contract-1", LAST_DAY, false));

        ControlAnswer answer = answer(worker);

        assertThat(answer.applied()).isTrue();
        assertThat(answer.subjectsChecked()).isEqualTo(1);
    }

    @Test
    void listsALateRevocationWithTheOverdueFlag() {
        LocalDate dayAfter = LAST_DAY.plusDays(1);
        PlantedHistory worker = offboarding("w-2", LAST_DAY).by("BUSINESS", "business-1").at(on(LAST_DAY, 16))
                .event(new AssetReturned("w-2", "laptop", LAST_DAY, LAST_DAY, false))
                .by(null, null).at(on(dayAfter, 0))
                .event(new AccessRevocationOverdue("w-2", "contract-1", LAST_DAY, List.of("erp"), List.of()))
                .by("HR", "hr-1").at(on(dayAfter, 11))
                .event(new AccessRevoked("w-2", "erp", dayAfter, LAST_DAY, true, "补收回", null));

        ControlAnswer answer = answer(worker);

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.subjectKind()).isEqualTo(AggregateKind.WORKER);
            assertThat(exception.subjectId()).isEqualTo("w-2");
            assertThat(exception.description()).contains("access erp revoked on " + dayAfter);
            assertThat(exception.evidenceEventIds()).containsExactly(worker.eventId(2), worker.eventId(4),
                    worker.eventId(5));
        });
    }

    @Test
    void listsWhatIsStillHeldWhenThePeriodEnds() {
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        PlantedHistory worker = offboarding("w-3", lastDay);

        ControlAnswer answer = answer(worker);

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.description()).contains("access erp still not revoked", "asset laptop still not"
                    + " returned");
            assertThat(exception.evidenceEventIds()).containsExactly(worker.eventId(2), worker.eventId(0),
                    worker.eventId(1));
        });
    }

    @Test
    void leavesLastServiceDaysOutsideThePeriodUnchecked() {
        PlantedHistory before = offboarding("w-4", LocalDate.of(2025, 12, 31)).by("HR", "hr-1")
                .at(on(LocalDate.of(2026, 1, 5), 9))
                .event(new AccessRevoked("w-4", "erp", LocalDate.of(2026, 1, 5), LocalDate.of(2025, 12, 31), true,
                        "补收回", null));
        PlantedHistory after = offboarding("w-5", LocalDate.of(2027, 1, 15));

        ControlAnswer answer = answer(before, after);

        assertThat(answer.subjectsChecked()).isZero();
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void readsOldRevocationsWithoutTheirIncident() {
        PlantedHistory worker = offboarding("w-6", LAST_DAY).by("HR", "hr-1").at(on(LAST_DAY, 9))
                .event(new AccessRevoked("w-6", "erp", LAST_DAY, LAST_DAY, false, "离场"))
                .by("BUSINESS", "business-1").at(on(LAST_DAY.plusDays(1), 10))
                .event(new AssetReturned("w-6", "laptop", LAST_DAY.plusDays(1), LAST_DAY, true));

        ControlAnswer answer = answer(worker);

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> assertThat(exception.description())
                .contains("asset laptop returned on " + LAST_DAY.plusDays(1)).doesNotContain("access erp"));
    }
}
