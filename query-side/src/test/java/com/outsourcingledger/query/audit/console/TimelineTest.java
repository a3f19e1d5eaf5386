package com.outsourcingledger.query.audit.console;

import com.outsourcingledger.query.audit.chain.VerificationReport;
import com.outsourcingledger.query.audit.index.AuditedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    private static final Instant T1 = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-02T01:00:00.250Z");
    private static final Instant T3 = Instant.parse("2026-03-02T02:00:00Z");
    /** Two events of one command share T2: a step takes both. */
    private static final List<AuditedEvent> EVENTS = List.of(event(0, T1), event(1, T2), event(2, T2), event(3, T3));

    @Test
    void showsTheLatestStepWhenNoInstantIsChosen() {
        Timeline timeline = Timeline.of(EVENTS, null, intact());

        assertThat(timeline.at()).isEqualTo(T3);
        assertThat(timeline.current().event().sequenceNumber()).isEqualTo(3);
        assertThat(timeline.previous()).isEqualTo(T2);
        assertThat(timeline.next()).isNull();
        assertThat(timeline.entries()).allMatch(Timeline.Entry::shown);
    }

    @Test
    void stepsOverEventsStoredAtTheSameInstantTogether() {
        Timeline timeline = Timeline.of(EVENTS, T2, intact());

        assertThat(timeline.current().event().sequenceNumber()).isEqualTo(2);
        assertThat(timeline.previous()).isEqualTo(T1);
        assertThat(timeline.next()).isEqualTo(T3);
        assertThat(timeline.stepBefore()).isEqualTo(T1);
        assertThat(timeline.entries().stream().filter(Timeline.Entry::shown).count()).isEqualTo(3);
    }

    @Test
    void anInstantBetweenStepsShowsTheEarlierOneAndStepsBackFromIt() {
        Timeline timeline = Timeline.of(EVENTS, T2.plusSeconds(60), intact());

        assertThat(timeline.current().event().sequenceNumber()).isEqualTo(2);
        assertThat(timeline.previous()).isEqualTo(T1);
        assertThat(timeline.next()).isEqualTo(T3);
    }

    @Test
    void beforeTheFirstEventNothingIsShownAndTheFirstIsNext() {
        Timeline timeline = Timeline.of(EVENTS, T1.minusSeconds(1), intact());

        assertThat(timeline.current()).isNull();
        assertThat(timeline.previous()).isNull();
        assertThat(timeline.next()).isEqualTo(T1);
        assertThat(timeline.stepBefore()).isEqualTo(T1.minusMillis(1));
    }

    @Test
    void marksTheFirstDivergentEventOnly() {
        VerificationReport tampered = new VerificationReport("contract c-1", VerificationReport.TAMPERED, T3, 4, 0, 0,
                4L, "h", new VerificationReport.Divergence("ALTERED", 2L, 2L, "e-1", "Contract", "c-1", 1L,
                List.of("payload"), "hashes differ"));

        Timeline timeline = Timeline.of(EVENTS, null, tampered);

        assertThat(timeline.entries()).filteredOn(Timeline.Entry::divergent)
                .extracting(e -> e.event().eventId()).containsExactly("e-1");
        assertThat(timeline.divergenceShown()).isTrue();
        assertThat(Timeline.of(EVENTS, null, intact()).divergenceShown()).isFalse();
    }

    private static VerificationReport intact() {
        return new VerificationReport("contract c-1", VerificationReport.INTACT, T3, 4, 0, 0, 4L, "h", null);
    }

    private static AuditedEvent event(long sequence, Instant at) {
        return new AuditedEvent(sequence + 1, "e-" + sequence, "Contract", "c-1", sequence, "ContractDrafted",
                "com.outsourcingledger.api.contract.ContractEvent$ContractDrafted", null, at, "business", "BUSINESS",
                "req-1", "cmd-1", "DraftContract", null, null, false);
    }
}
