package com.outsourcingledger.platform.eventlog;

import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmissionRejected;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit reads the whole log from where events are kept: the storage engine when there is one (JDBC), else
 * the event store's stream, which is how it reads Axon Server. Axon's embedded store over its in-memory engine
 * stands in for a store without an engine bean; this is not a test against a live Axon Server.
 */
class StoreReaderTest {

    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void readsTheWholeLogInOrderThroughTheStreamWhenThereIsNoStorageEngineAndEndsWhenItIsRead() {
        List<String> published = publish(7);
        StoreReader reader = new StoreReader(store, new StaticListableBeanFactory().getBeanProvider(EventStorageEngine.class));

        try (Stream<? extends TrackedEventMessage<?>> log = reader.wholeLog()) {
            assertThat(log.map(TrackedEventMessage::getIdentifier).toList()).containsExactlyElementsOf(published);
        }
    }

    @Test
    void stopsAtTheHeadTheStoreReportedWhenTheReadBegan() {
        List<String> published = publish(4);
        StoreReader reader = new StoreReader(store, new StaticListableBeanFactory().getBeanProvider(EventStorageEngine.class));

        try (Stream<? extends TrackedEventMessage<?>> log = reader.wholeLog()) {
            var iterator = log.iterator();
            List<String> read = new ArrayList<>(List.of(iterator.next().getIdentifier()));
            publish(2);
            iterator.forEachRemaining(event -> read.add(event.getIdentifier()));
            assertThat(read).containsExactlyElementsOf(published);
        }
    }

    @Test
    void aStreamThatStopsShortOfTheHeadFailsTheReadInsteadOfEndingIt() {
        List<String> published = publish(3);
        EmbeddedEventStore reportingMore = new EmbeddedEventStore(EmbeddedEventStore.builder().storageEngine(engine)) {
            @Override
            public TrackingToken createHeadToken() {
                return new GlobalSequenceTrackingToken(9);
            }
        };
        StoreReader reader = new StoreReader(reportingMore,
                new StaticListableBeanFactory().getBeanProvider(EventStorageEngine.class), Duration.ofMillis(300));

        try (Stream<? extends TrackedEventMessage<?>> log = reader.wholeLog()) {
            var iterator = log.iterator();
            List<String> read = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                read.add(iterator.next().getIdentifier());
            }
            assertThat(read).containsExactlyElementsOf(published);
            assertThatThrownBy(iterator::hasNext).isInstanceOfSatisfying(ResponseStatusException.class,
                    e -> assertThat(e.getStatusCode().value()).isEqualTo(503));
        } finally {
            reportingMore.shutDown();
        }
    }

    @Test
    void anEmptyStoreIsAnEmptyLog() {
        StoreReader reader = new StoreReader(store, new StaticListableBeanFactory().getBeanProvider(EventStorageEngine.class));

        try (Stream<? extends TrackedEventMessage<?>> log = reader.wholeLog()) {
            assertThat(log).isEmpty();
        }
    }

    @Test
    void readsTheStorageEngineWhenThereIsOne() {
        List<String> published = publish(3);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("engine", engine);
        StoreReader reader = new StoreReader(store, beans.getBeanProvider(EventStorageEngine.class));

        try (Stream<? extends TrackedEventMessage<?>> log = reader.wholeLog()) {
            assertThat(log.map(TrackedEventMessage::getIdentifier).toList()).containsExactlyElementsOf(published);
        }
    }

    private List<String> publish(int count) {
        List<String> identifiers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String vendorId = "v-" + (i % 2);
            GenericDomainEventMessage<?> event = new GenericDomainEventMessage<>("Vendor", vendorId, i / 2,
                    new VendorAdmissionRejected(vendorId, List.of("incomplete"), Set.of()));
            store.publish(event);
            identifiers.add(event.getIdentifier());
        }
        return identifiers;
    }
}
