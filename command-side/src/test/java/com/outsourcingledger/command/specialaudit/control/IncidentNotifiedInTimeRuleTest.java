package com.outsourcingledger.command.specialaudit.control;

import com.outsourcingledger.api.incident.IncidentEvent.*;
import com.outsourcingledger.api.incident.IncidentType;
import com.outsourcingledger.api.incident.NotifiedParty;
import com.outsourcingledger.api.specialaudit.ControlAnswer;
import com.outsourcingledger.api.wire.AggregateKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.outsourcingledger.api.incident.NotifiedParty.*;
import static org.assertj.core.api.Assertions.assertThat;

class IncidentNotifiedInTimeRuleTest {

    private static final Instant OCCURRED = Instant.parse("2026-05-10T01:00:00Z");

    private static PlantedHistory reported(String incidentId, Instant occurred, boolean major) {
        List<NotifiedParty> required = major ? List.of(HR, LEGAL, VENDOR, MANAGEMENT) : List.of(HR, LEGAL, VENDOR);
        return PlantedHistory.of("Incident", incidentId, occurred.plus(Duration.ofMinutes(30)))
                .by("BUSINESS", "business-1")
                .event(new IncidentReported(incidentId, "contract-1", "vendor-1", IncidentType.SAFETY_ACCIDENT, major,
                        occurred, "脚手架倒塌", List.of(), null, required, occurred.plus(Duration.ofHours(24)), 24));
    }

    private static PlantedHistory notified(PlantedHistory incident, String incidentId, NotifiedParty party,
                                           Instant at, boolean late) {
        return incident.at(at).event(new IncidentPartyNotified(incidentId, party, at, late, "电话告知"));
    }

    private static ControlAnswer answer(PlantedHistory... histories) {
        return PlantedRules.answer(new IncidentNotifiedInTimeRule(), PlantedRules.YEAR_2026,
                java.util.Arrays.stream(histories).flatMap(h -> h.events().stream()).toList());
    }

    @Test
    void isAppliedWhenEveryRequiredPartyWasToldWithinTheLimit() {
        PlantedHistory incident = reported("i-1", OCCURRED, true);
        for (NotifiedParty party : List.of(HR, LEGAL, VENDOR, MANAGEMENT)) {
            notified(incident, "i-1", party, OCCURRED.plus(Duration.ofHours(1 + party.ordinal())), false);
        }

        ControlAnswer answer = answer(incident);

        assertThat(answer.applied()).isTrue();
        assertThat(answer.subjectsChecked()).isEqualTo(1);
    }

    @Test
    void listsALateAndAMissingPartyWithTheOverdueFlag() {
        Instant notifyBy = OCCURRED.plus(Duration.ofHours(24));
        PlantedHistory incident = reported("i-2", OCCURRED, true);
        notified(incident, "i-2", HR, OCCURRED.plus(Duration.ofHours(1)), false);
        notified(incident, "i-2", VENDOR, OCCURRED.plus(Duration.ofHours(2)), false);
        incident.by(null, null).at(notifyBy).event(new IncidentNotificationOverdue("i-2", "contract-1", "vendor-1",
                notifyBy, List.of(LEGAL, MANAGEMENT)));
        incident.by("BUSINESS", "business-1");
        notified(incident, "i-2", LEGAL, notifyBy.plus(Duration.ofHours(3)), true);

        ControlAnswer answer = answer(incident);

        assertThat(answer.exceptions()).singleElement().satisfies(exception -> {
            assertThat(exception.subjectKind()).isEqualTo(AggregateKind.INCIDENT);
            assertThat(exception.subjectId()).isEqualTo("i-2");
            assertThat(exception.description()).contains("LEGAL notified late", "MANAGEMENT not notified")
                    .doesNotContain("HR", "VENDOR");
            assertThat(exception.evidenceEventIds()).containsExactly(incident.eventId(0), incident.eventId(3),
                    incident.eventId(4));
        });
    }

    @Test
    void leavesIncidentsWhoseLimitFellOutsideThePeriodUnchecked() {
        PlantedHistory before = reported("i-3", Instant.parse("2025-12-30T01:00:00Z"), false);
        PlantedHistory after = reported("i-4", Instant.parse("2026-12-31T02:00:00Z"), false);

        ControlAnswer answer = answer(before, after);

        assertThat(answer.subjectsChecked()).isZero();
        assertThat(answer.applied()).isTrue();
    }

    @Test
    void readsAReportWithoutItsRequiredPartiesOrLimitByTheDefaults() {
        PlantedHistory incident = PlantedHistory.of("Incident", "i-5", OCCURRED).by("BUSINESS", "business-1")
                .event(new IncidentReported("i-5", "contract-1", "vendor-1", IncidentType.OTHER, false, OCCURRED,
                        "旧事件", null, null, null, null, 0));
        notified(incident, "i-5", HR, OCCURRED.plus(Duration.ofHours(2)), false);
        notified(incident, "i-5", VENDOR, OCCURRED.plus(Duration.ofHours(23)), false);
        notified(incident, "i-5", LEGAL, OCCURRED.plus(Duration.ofHours(25)), false);

        assertThat(answer(incident).exceptions()).singleElement().satisfies(exception ->
                assertThat(exception.description()).contains("LEGAL notified late").doesNotContain("VENDOR"));
    }
}
