package com.outsourcingledger.query.vendor;

import com.outsourcingledger.api.vendor.VendorQuery;
import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorCategory;
import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorQuery.ExpiringQualification;
import com.outsourcingledger.api.vendor.VendorQuery.FindExpiringQualifications;
import com.outsourcingledger.api.vendor.VendorQuery.FindVendor;
import com.outsourcingledger.api.vendor.VendorQuery.FindVendors;
import com.outsourcingledger.api.vendor.VendorQuery.VendorDetail;
import com.outsourcingledger.api.vendor.VendorQuery.VendorPage;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.api.wire.EventWireFormat;
import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static com.outsourcingledger.query.vendor.VendorSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The projection as Axon sees it: handlers resolved from annotations, events read back by a tracking
 * processor after a round trip through the wire format, answers through the query gateway, and a replay
 * that starts with the reset handler.
 */
class VendorMessagingTest {

    private static final Serializer WIRE = EventWireFormat.serializer();

    private Configuration axon;
    private QueryGateway queries;
    private DataSource dataSource;

    @BeforeEach
    void startAxon() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:vendor-messaging;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/query-side").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/query-side").load().migrate();
        VendorProjection projection = new VendorProjection(dataSource, Clock.fixed(T0, ZoneId.of("Asia/Shanghai")));
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing
                        .usingTrackingEventProcessors()
                        .registerEventHandler(c -> projection))
                .registerQueryHandler(c -> projection)
                .start();
        queries = axon.queryGateway();
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
    }

    private void append(String user, VendorEvent... events) {
        for (int i = 0; i < events.length; i++) {
            VendorEvent stored = WIRE.deserialize(WIRE.serialize(events[i], byte[].class));
            axon.eventStore().publish(new GenericDomainEventMessage<>("Vendor", stored.vendorId(), i, stored,
                    MetaData.with(MetadataKeys.USER, user)));
        }
    }

    private VendorDetail detail(String vendorId) {
        return queries.query(new FindVendor(vendorId), ResponseTypes.instanceOf(VendorDetail.class)).join();
    }

    private VendorDetail awaitVersion(String vendorId, long version) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> detail(vendorId) != null && detail(vendorId).version() == version);
        return detail(vendorId);
    }

    @Test
    void eventsFromTheStoreReachTheProjectionAndQueriesAnswerThroughTheGateway() {
        append("hr", registered("v-1", "阿尔法科技", VendorCategory.IT), license("v-1", "q-1", TODAY.plusDays(9)),
                dueDiligenceStarted("v-1"), admitted("v-1", TODAY, VendorTier.STRATEGIC));

        VendorDetail detail = awaitVersion("v-1", 3);
        VendorPage page = queries.query(new FindVendors(VendorStatus.ADMITTED, null, null, 0, 20, "legalName"),
                ResponseTypes.instanceOf(VendorPage.class)).join();
        List<ExpiringQualification> expiring = queries.query(new FindExpiringQualifications(30),
                VendorQuery.ExpiringQualifications.class).join().items();

        assertThat(detail.status()).isEqualTo(VendorStatus.ADMITTED);
        assertThat(detail.lastChangedAt()).isNotNull();
        assertThat(page.items()).singleElement().satisfies(s -> assertThat(s.vendorId()).isEqualTo("v-1"));
        assertThat(expiring).singleElement().satisfies(q -> assertThat(q.daysToExpiry()).isEqualTo(9));
        assertThat(detail("unknown")).isNull();
    }

    @Test
    void theActingUserFromMetadataIsRecorded() {
        append("legal", registered("v-2", "贝塔人力", VendorCategory.HR), suspended("v-2",
                SuspensionCause.DECISION, "违规"));

        assertThat(awaitVersion("v-2", 1).sanctions()).singleElement()
                .satisfies(s -> assertThat(s.by()).isEqualTo("legal"));
    }

    @Test
    void replayStartsWithTheResetHandlerAndRebuildsTheSameView() {
        append("hr", registered("v-3", "伽马物业", VendorCategory.FACILITY), dueDiligenceStarted("v-3"));
        VendorDetail before = awaitVersion("v-3", 1);
        JdbcClient.create(dataSource).sql("UPDATE vendor_view SET legal_name = 'stale'").update();

        TrackingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(VendorProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(new FindVendors(null, null, null, 0, 20, null),
                ResponseTypes.instanceOf(VendorPage.class)).join().items().stream()
                .anyMatch(s -> s.legalName().equals("伽马物业")));
        assertThat(detail("v-3")).isEqualTo(before);
    }
}
