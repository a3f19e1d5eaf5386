package com.outsourcingledger.query.readmodel;

import com.outsourcingledger.api.vendor.VendorEvent;
import com.outsourcingledger.api.vendor.VendorEvent.VendorAdmissionRejected;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents are "id@version" strings here; each event folded in raises the version by one. */
class BatchedDocumentsTest {

    private final RecordingTable table = new RecordingTable();
    private final BatchedDocuments<String> documents = new BatchedDocuments<>(VendorEvent.class, table);

    @Test
    void readsEveryAggregateOfTheBatchOnceAndWritesTheLastDocumentsBeforeCommit() {
        table.stored.put("v-1", "v-1@2");
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(event("v-1", 3), event("v-2", 0),
                event("v-1", 4)));

        batch.executeWithResult(() -> {
            fold(currentAggregate());
            assertThat(table.writes).as("nothing written before the batch commits").isEmpty();
            return null;
        });

        assertThat(table.reads).containsExactly(List.of("v-1", "v-2"));
        assertThat(table.writes).containsExactly(List.of(
                new BatchedDocuments.Change<>("v-1@2", "v-1@4"),
                new BatchedDocuments.Change<>(null, "v-2@0")));
    }

    @Test
    void writesNothingWhenTheBatchRollsBack() {
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(event("v-1", 0)));

        failing(batch, () -> {
            throw new IllegalStateException("handler failed");
        });

        assertThat(batch.isRolledBack()).isTrue();
        assertThat(table.reads).hasSize(1);
        assertThat(table.writes).isEmpty();
    }

    @Test
    void writesAtOnceOutsideABatch() {
        fold("v-9");

        assertThat(table.reads).containsExactly(List.of("v-9"));
        assertThat(table.writes).containsExactly(List.of(new BatchedDocuments.Change<>(null, "v-9@0")));
    }

    @Test
    void aLaterBatchChecksOnlyTheVersionsOfTheDocumentsAnEarlierBatchCommitted() {
        run(event("v-1", 0), event("v-2", 0));
        table.reads.clear();

        run(event("v-1", 1), event("v-3", 0));

        assertThat(table.versionReads).containsExactly(List.of("v-1"));
        assertThat(table.reads).as("only the document never committed is read").containsExactly(List.of("v-3"));
        assertThat(table.writes.getLast()).containsExactly(new BatchedDocuments.Change<>("v-1@0", "v-1@1"),
                new BatchedDocuments.Change<>(null, "v-3@0"));
    }

    @Test
    void readsAgainADocumentStoredWithAnotherVersionSinceItWasCommitted() {
        run(event("v-1", 0));
        table.stored.put("v-1", "v-1@5");
        table.reads.clear();

        run(event("v-1", 6));

        assertThat(table.reads).containsExactly(List.of("v-1"));
        assertThat(table.writes.getLast()).containsExactly(new BatchedDocuments.Change<>("v-1@5", "v-1@6"));
    }

    @Test
    void treatsAKeptDocumentNoLongerStoredAsAbsent() {
        run(event("v-1", 0), event("v-1", 1));
        table.stored.clear();

        run(event("v-1", 0));

        assertThat(table.writes.getLast()).as("a reset emptied the table; the document starts again")
                .containsExactly(new BatchedDocuments.Change<>(null, "v-1@0"));
    }

    @Test
    void keepsNothingFromABatchThatRolledBack() {
        failing(new BatchingUnitOfWork<>(List.of(event("v-1", 0))), () -> CurrentUnitOfWork.get().onCommit(u -> {
            throw new IllegalStateException("commit failed after the documents were written");
        }));
        table.stored.clear();
        table.reads.clear();

        run(event("v-1", 0));

        assertThat(table.versionReads).isEmpty();
        assertThat(table.reads).containsExactly(List.of("v-1"));
    }

    @Test
    void forgetsWhatBatchesKeptInsideAnOuterTransactionThatRolledBack() {
        inOuterTransaction(TransactionSynchronization.STATUS_ROLLED_BACK, () -> run(event("v-1", 0)));
        table.reads.clear();

        run(event("v-1", 1));

        assertThat(table.versionReads).as("nothing kept to check").isEmpty();
        assertThat(table.reads).containsExactly(List.of("v-1"));
    }

    @Test
    void keepsWhatBatchesWroteInsideAnOuterTransactionThatCommitted() {
        inOuterTransaction(TransactionSynchronization.STATUS_COMMITTED, () -> {
            run(event("v-1", 0));
            run(event("v-2", 0));
        });
        table.reads.clear();

        run(event("v-1", 1));

        assertThat(table.versionReads).containsExactly(List.of("v-1"));
        assertThat(table.reads).isEmpty();
    }

    /** The batches join a transaction they do not commit, which then ends with {@code status}. */
    private static void inOuterTransaction(int status, Runnable batches) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            batches.run();
            List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
            assertThat(synchronizations).as("one per transaction, not one per batch").hasSize(1);
            synchronizations.forEach(s -> s.afterCompletion(status));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    /** Folds the batch's events, then runs {@code then}, which makes the batch fail; the failure is expected. */
    private void failing(BatchingUnitOfWork<?> batch, Runnable then) {
        try {
            batch.executeWithResult(() -> {
                fold(currentAggregate());
                then.run();
                return null;
            });
        } catch (IllegalStateException expected) {
            // the unit of work rethrows what failed it
        }
    }

    private void run(DomainEventMessage<?>... events) {
        new BatchingUnitOfWork<>(List.of(events)).executeWithResult(() -> {
            fold(currentAggregate());
            return null;
        });
    }

    /** The batch hands its handler one event at a time. */
    private static String currentAggregate() {
        return ((DomainEventMessage<?>) CurrentUnitOfWork.get().getMessage()).getAggregateIdentifier();
    }

    private void fold(String id) {
        String before = documents.get(id);
        String after = before == null ? id + "@0" : id + "@" + (version(before) + 1);
        documents.put(id, before, after);
    }

    private static long version(String document) {
        return Long.parseLong(document.substring(document.indexOf('@') + 1));
    }

    private static GenericDomainEventMessage<VendorEvent> event(String vendorId, long sequence) {
        return new GenericDomainEventMessage<>("Vendor", vendorId, sequence,
                new VendorAdmissionRejected(vendorId, List.of("incomplete"), Set.of()));
    }

    private static final class RecordingTable implements BatchedDocuments.Table<String> {

        final Map<String, String> stored = new HashMap<>();
        final List<List<String>> reads = new ArrayList<>();
        final List<List<String>> versionReads = new ArrayList<>();
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
            changes.forEach(c -> stored.put(c.after().substring(0, c.after().indexOf('@')), c.after()));
        }

        @Override
        public Map<String, Long> versions(Collection<String> ids) {
            versionReads.add(List.copyOf(ids));
            Map<String, Long> found = new HashMap<>();
            ids.stream().filter(stored::containsKey).forEach(id -> found.put(id, version(stored.get(id))));
            return found;
        }

        @Override
        public long version(String document) {
            return BatchedDocumentsTest.version(document);
        }
    }
}
