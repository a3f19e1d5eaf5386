package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.money.Money;
import com.outsourcingledger.api.vendor.CreditCode;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.DueDiligenceStarted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorRegistered;
import com.outsourcingledger.platform.testing.PostgresForTests;
import com.outsourcingledger.query.QuerySideApplication;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two query-side nodes on one PostgreSQL database with the default threads (one per segment, so either can run
 * alone; named apart, as two JVMs would be): the segment balancer leaves each node one segment of vendor-views and
 * of contract-views, together they build the whole read model; when one stops the other takes over its segments
 * and keeps building, and a segment whose owner died is taken once its claim times out.
 */
class VendorViewsScaleOutTest {

    private static final List<String> SPLIT = List.of("vendor-views", "contract-views");
    private static final List<ConfigurableApplicationContext> NODES = new ArrayList<>();
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() {
        Map<String, String> database = PostgresForTests.newDatabase();
        for (int node = 0; node < 2; node++) {
            List<String> args = new ArrayList<>(List.of("--server.port=0", "--ledger.node=node-" + node,
                    "--ledger.claim-timeout=3s"));
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
    void twoNodesShareTheSegmentsAndASurvivorTakesOverTheOthers() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> SPLIT.forEach(processor ->
                assertThat(owners(processor)).containsExactlyInAnyOrder("node-0", "node-1")));

        register(0, 200);
        awaitVendors(200);
        SPLIT.forEach(processor -> assertThat(owners(processor)).containsExactlyInAnyOrder("node-0", "node-1"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM vendor_view WHERE status = 'UNDER_DUE_DILIGENCE'"
                + " AND CAST(SUBSTRING(vendor_id FROM 3) AS INTEGER) % 2 = 1").query(Long.class).single()).isZero();

        NODES.getLast().close();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> SPLIT.forEach(processor -> {
            assertThat(owners(processor)).containsExactly("node-0", "node-0");
            assertThat(NODES.getFirst().getBean(EventProcessingConfiguration.class)
                    .eventProcessor(processor, StreamingEventProcessor.class).orElseThrow()
                    .processingStatus()).containsOnlyKeys(0, 1);
        }));
        register(200, 300);
        awaitVendors(300);

        long now = System.currentTimeMillis();
        jdbc.sql("INSERT INTO processor_node (processor_name, node, seen_at) VALUES ('vendor-views', 'node-dead', ?)")
                .param(now).update();
        jdbc.sql("UPDATE tokenentry SET owner = 'node-dead', timestamp = ?"
                + " WHERE processorname = 'vendor-views' AND segment = 1")
                .param(DateTimeUtils.formatInstant(Instant.ofEpochMilli(now))).update();
        register(300, 340);
        await().atLeast(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(owners("vendor-views")).containsExactly("node-0", "node-0"));
        awaitVendors(340);
    }

    private static List<String> owners(String processor) {
        return jdbc.sql("SELECT owner FROM tokenentry WHERE processorname = ? ORDER BY segment")
                .param(processor).query(String.class).list();
    }

    private static void register(int from, int to) {
        EventStore store = NODES.getFirst().getBean(EventStore.class);
        for (int i = from; i < to; i++) {
            String id = "v-" + i;
            store.publish(event(id, 0, registered(id, i)));
            if (i % 2 == 0) {
                store.publish(event(id, 1, new DueDiligenceStarted(id, LocalDate.of(2026, 5, 1))));
            }
        }
    }

    private static void awaitVendors(int vendors) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM vendor_view").query(Long.class).single()).isEqualTo(vendors);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM vendor_view WHERE status = 'UNDER_DUE_DILIGENCE'")
                    .query(Long.class).single()).isEqualTo(vendors / 2);
        });
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
