package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.CreditCode;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.DueDiligenceStarted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two query-side nodes on one PostgreSQL database, each processing one of vendor-views' two segments (one
 * thread each; named apart, as two JVMs would be): both claim a segment, and together they build the whole
 * read model.
 */
class VendorViewsScaleOutTest {

    private static final int VENDORS = 200;
    private static final List<ConfigurableApplicationContext> NODES = new ArrayList<>();
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() {
        Map<String, String> database = PostgresForTests.newDatabase();
        for (int node = 0; node < 2; node++) {
            List<String> args = new ArrayList<>(List.of("--server.port=0", "--ledger.node=node-" + node,
                    "--ledger.processors.vendor-views.segments=2", "--ledger.processors.vendor-views.threads=1"));
            database.forEach((key, value) -> args.add("--" + key + "=" + value));
            NODES.add(QuerySideApplication.builder().run(args.toArray(String[]::new)));
        }
        jdbc = NODES.getFirst().getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        NODES.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoNodesEachClaimASegmentAndTogetherBuildEveryVendor() {
        EventStore store = NODES.getFirst().getBean(EventStore.class);
        for (int i = 0; i < VENDORS; i++) {
            String id = "v-" + i;
            store.publish(event(id, 0, registered(id, i)));
            if (i % 2 == 0) {
                store.publish(event(id, 1, new DueDiligenceStarted(id, LocalDate.of(2026, 5, 1))));
            }
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM vendor_view").query(Long.class).single()).isEqualTo(VENDORS);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM vendor_view WHERE status = 'UNDER_DUE_DILIGENCE'")
                    .query(Long.class).single()).isEqualTo(VENDORS / 2);
        });
        List<String> owners = jdbc.sql("SELECT owner FROM tokenentry WHERE processorname = 'vendor-views'"
                + " ORDER BY segment").query(String.class).list();
        assertThat(owners).hasSize(2).doesNotContainNull();
        assertThat(Set.copyOf(owners)).hasSize(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM vendor_view WHERE status = 'UNDER_DUE_DILIGENCE'"
                + " AND CAST(SUBSTRING(vendor_id FROM 3) AS INTEGER) % 2 = 1").query(Long.class).single()).isZero();
    }

    private static VendorRegistered registered(String id, int i) {
        String first17 = "9131000%010d".formatted(i);
        return new VendorRegistered(id, "供应商" + i, first17 + CreditCode.checkCharacterFor(first17), "张伟", "上海市",
                List.of(), Money.cny("1000000.00"), 2015, 80, Set.of(VendorCategory.IT));
    }

    private static GenericDomainEventMessage<VendorEvent> event(String id, long sequence, VendorEvent payload) {
        return new GenericDomainEventMessage<>("Vendor", id, sequence, payload);
    }
}
