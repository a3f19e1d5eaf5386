package com.outsourcingledger.api.wire;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.sourcing.Criterion;
import com.outsourcingledger.api.sourcing.PanelMember;
import com.outsourcingledger.api.sourcing.ScoreSheet;
import com.outsourcingledger.api.sourcing.ScoringPolicy;
import com.outsourcingledger.api.sourcing.SourcingEvent;
import com.outsourcingledger.api.sourcing.SourcingEvent.*;
import com.outsourcingledger.api.sourcing.WeightedScores;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SourcingEventWireFormatTest {

    private static final String S = "sourcing-1";
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);
    private static final Map<Criterion, Integer> SCORES = Map.of(Criterion.TECHNICAL_PROPOSAL, 85,
            Criterion.EXPERIENCE, 70, Criterion.MANAGEMENT_SERVICE, 90, Criterion.PRICE, 66,
            Criterion.FINANCE_REPUTATION, 77);
    private final Serializer serializer = EventWireFormat.serializer();

    static Stream<SourcingEvent> everySourcingEvent() {
        ScoringPolicy policy = ScoringPolicy.standard();
        var ranking = WeightedScores.rank(policy, List.of("v1", "v2"),
                List.of(new ScoreSheet("hr", "v1", SCORES), new ScoreSheet("hr", "v2", Map.of())));
        var scope = ProjectEventWireFormatTest.request().scopeSummary();
        return Stream.of(
                new SourcingOpened(S, "project-1", scope, List.of("v1", "v2", "v3"),
                        List.of(new PanelMember("hr2", Department.HR)), policy, DAY),
                new ScoreSheetSubmitted(S, "v1", "hr2", Department.HR, SCORES, "方案完整", DAY),
                new ScoresConsolidated(S, "project-1", policy, ranking, DAY),
                new SourcingAwarded(S, "project-1", "v1", 1, new BigDecimal("78.30"), null, scope, DAY),
                new SourcingCancelled(S, "project-1", "流标", DAY),
                new CandidateRemoved(S, "v2", "BLACKLISTED", "严重违规", DAY));
    }

    @Test
    void coversEverySourcingEventType() {
        assertThat(everySourcingEvent().map(Object::getClass))
                .containsExactlyInAnyOrder(Arrays.stream(SourcingEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }

    @ParameterizedTest
    @MethodSource("everySourcingEvent")
    void everyEventSurvivesTheRoundTripUnchanged(SourcingEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void recordsThePolicyVersionAndWeightsWithTheRanking() {
        String json = new String(serializer.serialize(everySourcingEvent().skip(2).findFirst().orElseThrow(),
                byte[].class).getData(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"version\":\"2026-default\"").contains("\"TECHNICAL_PROPOSAL\":30")
                .contains("\"weightedScore\":78.40");
    }
}
