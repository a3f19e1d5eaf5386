package com.outsourcingledger.query;

import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmissionRejected;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BatchedDocumentsTest {

    private final RecordingTable table = new RecordingTable();
    private final BatchedDocuments<String> documents = new BatchedDocuments<>(VendorEvent.class, table);

    @Test
    void readsEveryAggregateOfTheBatchOnceAndWritesTheLastDocumentsBeforeCommit() {
        table.stored.put("v-1", "v-1 stored");
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(event("v-1", 3), event("v-2", 0),
                event("v-1", 4)));

        batch.executeWithResult(() -> {
            fold(currentAggregate());
            assertThat(table.writes).as("nothing written before the batch commits").isEmpty();
            return null;
        });

        assertThat(table.reads).containsExactly(List.of("v-1", "v-2"));
        assertThat(table.writes).containsExactly(List.of(
                new BatchedDocuments.Change<>("v-1 stored", "v-1 stored+"),
                new BatchedDocuments.Change<>(null, "new+")));
    }

    @Test
    void writesNothingWhenTheBatchRollsBack() {
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(event("v-1", 0)));

        try {
            batch.executeWithResult(() -> {
                fold(currentAggregate());
                throw new IllegalStateException("handler failed");
            });
        } catch (IllegalStateException expected) {
            // the unit of work rethrows what failed it
        }

        assertThat(batch.isRolledBack()).isTrue();
        assertThat(table.reads).hasSize(1);
        assertThat(table.writes).isEmpty();
    }

    @Test
    void writesAtOnceOutsideABatch() {
        fold("v-9");

        assertThat(table.reads).containsExactly(List.of("v-9"));
        assertThat(table.writes).containsExactly(List.of(new BatchedDocuments.Change<>(null, "new+")));
    }

    /** The batch hands its handler one event at a time. */
    private static String currentAggregate() {
        return ((DomainEventMessage<?>) CurrentUnitOfWork.get().getMessage()).getAggregateIdentifier();
    }

    private void fold(String id) {
        String before = documents.get(id);
        String after = before == null ? "new+" : before.endsWith("+") ? before : before + "+";
        documents.put(id, before, after);
    }

    private static GenericDomainEventMessage<VendorEvent> event(String vendorId, long sequence) {
        return new GenericDomainEventMessage<>("Vendor", vendorId, sequence,
                new VendorAdmissionRejected(vendorId, List.of("incomplete"), Set.of()));
    }

    private static final class RecordingTable implements BatchedDocuments.Table<String> {

        final Map<String, String> stored = new HashMap<>();
        final List<List<String>> reads = new ArrayList<>();
        final List<List<BatchedDocuments.Change<String>>> writes = new ArrayList<>();

        @Override
        public Map<String, String> read(Collection<String> ids) {
            reads.add(List.copyOf(ids));
            Map<String, String> found = new HashMap<>();
            ids.stream().filter(stored::containsKey).forEach(id -> found.put(id, stored.get(id)));
            return found;
        }

        @Override
        public void write(List<BatchedDocuments.Change<String>> changes) {
            writes.add(List.copyOf(changes));
        }
    }
}
