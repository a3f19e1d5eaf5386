package com.outsourcingledger.command.lookup;

import com.outsourcingledger.api.vendor.QualificationType;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationAdded;
import com.outsourcingledger.api.vendor.VendorEvent.QualificationRenewed;
import com.outsourcingledger.api.vendor.VendorEvent.VendorQualificationExpired;
import com.outsourcingledger.api.worker.AccessResourceType;
import com.outsourcingledger.api.worker.WorkerEvent.AccessGranted;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerBadgeIssued;
import com.outsourcingledger.api.worker.WorkerEvent.WorkerFiled;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The two lookups sham-outsourcing detection folds from the store: a worker's credentials and a vendor's permit. */
class SignalLookupsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private final EventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();

    private DomainEventMessage<?> append(String aggregateId, String type, Object payload) {
        long next = store.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
        store.publish(new GenericDomainEventMessage<>(type, aggregateId, next, payload));
        return store.readEvents(aggregateId, next).next();
    }

    @Test
    void foldsAWorkersFilingAndBadgeUpToTheEventAsked() {
        WorkerCredentials workers = new EventStoreWorkerCredentials(store);
        assertThat(workers.before("w-1", 5)).isEmpty();
        DomainEventMessage<?> filed = append("w-1", "Worker", new WorkerFiled("w-1", "c-1", "v-1", null, "齐全"));
        DomainEventMessage<?> grant = append("w-1", "Worker",
                new AccessGranted("w-1", "c-1", "g-1", AccessResourceType.SYSTEM, "CRM", "只读"));
        DomainEventMessage<?> badge = append("w-1", "Worker", new WorkerBadgeIssued("w-1", "B-1", "@v.example"));

        WorkerCredentials.Credential atGrant = workers.before("w-1", grant.getSequenceNumber()).orElseThrow();
        assertThat(atGrant.contractId()).isEqualTo("c-1");
        assertThat(atGrant.badged()).isFalse();
        assertThat(atGrant.filing()).isEqualTo(EventSources.sourceOf(filed));
        assertThat(atGrant.filing().eventName()).isEqualTo("WorkerFiled");
        assertThat(workers.before("w-1", badge.getSequenceNumber() + 1).orElseThrow().badged()).isTrue();
        assertThat(workers.before("w-1", filed.getSequenceNumber())).as("not filed before its filing").isEmpty();
    }

    @Test
    void findsTheLaborDispatchPermitAVendorHoldsUntilItExpiresAndAfterItIsRenewed() {
        VendorPermits permits = new EventStoreVendorPermits(store);
        append("v-1", "Vendor", new QualificationAdded("v-1", "q-1", QualificationType.values()[0], "N-1", "局",
                FROM, FROM.plusYears(1), true));
        assertThat(permits.laborDispatchPermit("v-1")).isEmpty();

        DomainEventMessage<?> added = append("v-1", "Vendor", new QualificationAdded("v-1", "q-2",
                QualificationType.LABOR_DISPATCH_PERMIT, "P-1", "人社局", FROM, FROM.plusYears(1), false));
        assertThat(permits.laborDispatchPermit("v-1")).contains(EventSources.sourceOf(added));

        append("v-1", "Vendor", new VendorQualificationExpired("v-1", "q-2", QualificationType.LABOR_DISPATCH_PERMIT,
                FROM.plusYears(1)));
        assertThat(permits.laborDispatchPermit("v-1")).isEmpty();

        DomainEventMessage<?> renewed = append("v-1", "Vendor", new QualificationRenewed("v-1", "q-2", "P-2",
                FROM.plusYears(1), FROM.plusYears(2)));
        assertThat(permits.laborDispatchPermit("v-1")).contains(EventSources.sourceOf(renewed));
    }
}
