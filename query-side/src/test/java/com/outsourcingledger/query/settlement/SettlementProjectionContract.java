package com.outsourcingledger.query.settlement;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.settlement.SettlementEvent;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementRequested;
import com.outsourcingledger.api.settlement.SettlementEvent.SettlementReturned;
import com.outsourcingledger.api.settlement.SettlementQuery.*;
import com.outsourcingledger.api.settlement.SettlementStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.outsourcingledger.query.settlement.SettlementSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The settlement projection driven through its handlers against a real database, as the app drives it. */
abstract class SettlementProjectionContract {

    static final Instant T0 = Instant.parse("2026-04-02T02:00:00Z");

    private final Map<String, Long> sequences = new HashMap<>();
    private long clock;
    private SettlementProjection projection;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyProjection() {
        projection = new SettlementProjection(dataSource());
        projection.reset();
    }

    private void apply(List<? extends SettlementEvent> events) {
        for (SettlementEvent event : events) {
            long sequence = sequences.merge(event.settlementId(), 1L, Long::sum) - 1;
            projection.on(event, T0.plusSeconds(clock++), sequence, "finance");
        }
    }

    @Test
    void servesTheDetailWithItsPenaltiesAndPayment() {
        apply(paid("c-1", "v-1", "2026-03"));

        SettlementDetail detail = projection.handle(new FindSettlement("c-1:2026-03")).orElseThrow();
        assertThat(detail.step()).isEqualTo(SettlementStep.PAID);
        assertThat(detail.approval().penaltyTotal()).isEqualTo(Money.cny("1500.00"));
        assertThat(detail.payment().amount()).isEqualTo(Money.cny("48500.00"));
        assertThat(projection.handle(new FindSettlement("c-1:2026-04"))).isEmpty();
    }

    @Test
    void listsAContractsSettlementsWithTheFinalOneLast() {
        SettlementRequested last = new SettlementRequested("c-1:final", "c-1", "v-1", "p-1", "2026-05", true,
                Money.cny("10.00"), null);
        apply(List.of(last));
        apply(paid("c-1", "v-1", "2026-04"));
        apply(List.of(requested("c-1", "v-1", "2026-03"), requested("c-2", "v-1", "2026-03")));

        assertThat(projection.handle(new FindContractSettlements("c-1")).items())
                .extracting(SettlementSummary::settlementId, SettlementSummary::step, SettlementSummary::paidAmount)
                .containsExactly(tuple("c-1:2026-03", SettlementStep.REQUESTED, null),
                        tuple("c-1:2026-04", SettlementStep.PAID, Money.cny("48500.00")),
                        tuple("c-1:final", SettlementStep.REQUESTED, null));
    }

    @Test
    void filtersByStepVendorAndContractAndPages() {
        apply(paid("c-1", "v-1", "2026-03"));
        apply(List.of(requested("c-1", "v-1", "2026-04"), requested("c-2", "v-2", "2026-04"),
                new SettlementReturned("c-2:2026-04", SettlementStep.REQUESTED, "发票有误"),
                requested("c-3", "v-1", "2026-04")));

        assertThat(ids(new FindSettlements(SettlementStep.REQUESTED, null, null, 0, 20)))
                .containsExactly("c-1:2026-04", "c-3:2026-04");
        assertThat(ids(new FindSettlements(SettlementStep.RETURNED, null, null, 0, 20))).containsExactly("c-2:2026-04");
        assertThat(ids(new FindSettlements(null, "v-1", null, 0, 20)))
                .containsExactly("c-1:2026-03", "c-1:2026-04", "c-3:2026-04");
        assertThat(ids(new FindSettlements(null, "v-1", "c-1", 0, 20))).containsExactly("c-1:2026-03", "c-1:2026-04");
        SettlementPage second = projection.handle(new FindSettlements(null, null, null, 1, 2));
        assertThat(second.items()).extracting(SettlementSummary::settlementId).containsExactly("c-2:2026-04", "c-3:2026-04");
        assertThat(second.totalItems()).isEqualTo(4);
    }

    @Test
    void ignoresARedeliveredEventAndAReplayBuildsTheSameDocuments() {
        List<SettlementEvent> events = paid("c-1", "v-1", "2026-03");
        apply(events);
        SettlementDetail live = projection.handle(new FindSettlement("c-1:2026-03")).orElseThrow();

        projection.on(new SettlementReturned("c-1:2026-03", SettlementStep.APPROVED, "重复投递"), T0, 4L, "finance");
        assertThat(projection.handle(new FindSettlement("c-1:2026-03")).orElseThrow()).isEqualTo(live);

        projection.reset();
        sequences.clear();
        clock = 0;
        apply(events);
        assertThat(projection.handle(new FindSettlement("c-1:2026-03")).orElseThrow()).isEqualTo(live);
    }

    private List<String> ids(FindSettlements query) {
        return projection.handle(query).items().stream().map(SettlementSummary::settlementId).toList();
    }
}
