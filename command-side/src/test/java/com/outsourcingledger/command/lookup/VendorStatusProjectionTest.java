package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.vendor.SuspensionCause;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmitted;
import com.outsourcingledger.api.vendor.VendorEvent.VendorSuspended;
import com.outsourcingledger.api.vendor.VendorEvent.VendorWarned;
import com.outsourcingledger.api.vendor.VendorStatus;
import com.outsourcingledger.api.vendor.VendorTier;
import com.outsourcingledger.platform.testing.PostgresForTests;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side's vendor status lookup on PostgreSQL. */
class VendorStatusProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 6);

    private static DataSource dataSource;
    private final EventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private VendorStatusProjection vendors;

    @BeforeAll
    static void migratedDatabase() {
        dataSource = PostgresForTests.migratedDataSource("command-side");
    }

    @BeforeEach
    void setUp() {
        vendors = new VendorStatusProjection(dataSource,
                new StaticListableBeanFactory(Map.of("eventStore", store)).getBeanProvider(EventStore.class));
        vendors.reset();
    }

    @Test
    void followsTheVendorsStatusAndIgnoresRedeliveredOrIrrelevantEvents() {
        vendors.on(new VendorAdmitted("v1", TODAY, VendorTier.STANDARD, TODAY.plusYears(1)), 5L);
        vendors.on(new VendorWarned("v1", "迟交", List.of()), 6L);
        assertThat(vendors.statusOf("v1")).contains(VendorStatus.ADMITTED);

        vendors.on(new VendorSuspended("v1", SuspensionCause.DECISION, "违约", List.of()), 7L);
        vendors.on(new VendorAdmitted("v1", TODAY, VendorTier.STANDARD, TODAY.plusYears(1)), 5L);
        assertThat(vendors.statusOf("v1")).contains(VendorStatus.SUSPENDED);
        assertThat(vendors.statusOf("v2")).isEmpty();

        vendors.reset();
        assertThat(vendors.statusOf("v1")).isEmpty();
    }

    /** A suspension committed a moment ago counts before the tracking processor has reached it. */
    @Test
    void foldsInTheVendorsEventsTheProcessorHasNotReachedYet() {
        store.publish(vendorEvent(0, new VendorAdmitted("v3", TODAY, VendorTier.STANDARD, TODAY.plusYears(1))),
                vendorEvent(1, new VendorWarned("v3", "迟交", List.of())),
                vendorEvent(2, new VendorSuspended("v3", SuspensionCause.DECISION, "违约", List.of())),
                vendorEvent(3, new VendorWarned("v3", "再次迟交", List.of())));
        vendors.on(new VendorAdmitted("v3", TODAY, VendorTier.STANDARD, TODAY.plusYears(1)), 0L);

        assertThat(vendors.statusOf("v3")).contains(VendorStatus.SUSPENDED);
        assertThat(vendors.statusOf("v4")).isEmpty();
    }

    private static DomainEventMessage<?> vendorEvent(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Vendor", "v3", sequence, payload);
    }
}
