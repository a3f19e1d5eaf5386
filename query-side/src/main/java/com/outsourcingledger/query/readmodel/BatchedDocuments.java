package com.outsourcingledger.query.readmodel;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * A projection's detail documents, one per aggregate, read and written once per batch of events: the batch's
 * first event reads the documents of every aggregate of the family the batch names, each event folds into the
 * copy in memory, and the changed documents are written just before the batch commits. Outside a batch a change
 * is written at once.
 * <p>
 * The documents this projection wrote in its last committed batches are kept in memory (at most
 * {@link #CACHED} of them, least recently used first out). The database stays the source of truth: a kept
 * document is used only when the version stored for it, one narrow query per batch, is the version kept, so a
 * document another node or a reset changed since is read again. A replay, where each batch meets mostly the
 * aggregates of the batches before it, then neither reads nor parses most documents. A batch that joined a
 * transaction it does not commit itself (an atomic rebuild runs every batch in one) keeps its documents only if that
 * transaction commits: when it rolls back, every kept document is forgotten.
 *
 * @param <D> the detail document
 */
public final class BatchedDocuments<D> {

    private static final int READ_CHUNK = 1000;

    /** How many committed documents a projection keeps in memory. */
    static final int CACHED = 4096;

    /** How a projection stores its documents. */
    public interface Table<D> {

        /** The stored documents among {@code ids}, by aggregate id. */
        Map<String, D> read(Collection<String> ids);

        /** Stores the changes in this order; {@code before} is null for a document not stored yet. */
        void write(List<Change<D>> changes);

        /** The stored version of each stored document among {@code ids}, without reading the documents. */
        Map<String, Long> versions(Collection<String> ids);

        /** The document's version: the sequence number of the last event folded into it. */
        long version(D document);
    }

    public record Change<D>(D before, D after) {
    }

    private final Class<?> family;
    private final Table<D> table;
    private final String key;
    private final Map<String, D> committed = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, D> eldest) {
            return size() > CACHED;
        }
    });

    /** {@code family} is the event family whose aggregates the documents belong to, e.g. {@code VendorEvent}. */
    public BatchedDocuments(Class<?> family, Table<D> table) {
        this.family = family;
        this.table = table;
        this.key = BatchedDocuments.class.getName() + "." + family.getName() + "@" + System.identityHashCode(this);
    }

    /** The aggregate's document as this batch has it, null before its first event. */
    public D get(String id) {
        Optional<Batch> batch = batch();
        return batch.isPresent() ? batch.get().get(id) : table.read(List.of(id)).get(id);
    }

    /** Replaces the aggregate's document; {@code before} is what {@link #get} returned. */
    public void put(String id, D before, D after) {
        batch().ifPresentOrElse(batch -> batch.put(id, after), () -> {
            committed.remove(id);
            table.write(List.of(new Change<>(before, after)));
        });
    }

    /**
     * Folds one event into the aggregate's document: {@code evolve} gets the document before (null before the
     * first event) and returns it after. An event at or below the {@code stored} sequence of the document is
     * skipped, so a replay is harmless.
     */
    public void evolve(String id, long sequence, ToLongFunction<D> stored, UnaryOperator<D> evolve) {
        D before = get(id);
        if (before != null && sequence <= stored.applyAsLong(before)) {
            return;
        }
        put(id, before, evolve.apply(before));
    }

    private Optional<Batch> batch() {
        return BatchScope.current(key, root -> {
            Batch batch = new Batch(BatchScope.aggregates(root, family));
            root.afterCommit(u -> {
                batch.written.forEach(committed::put);
                forgetUnlessCommitted();
            });
            return batch;
        }, Batch::flush);
    }

    /** After a batch committed inside a transaction still open: whether that transaction commits decides. */
    private void forgetUnlessCommitted() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(BatchedDocuments.this);
                if (status != STATUS_COMMITTED) {
                    committed.clear();
                }
            }
        });
    }

    /**
     * The documents among {@code ids} as stored: those kept from a committed batch whose stored version is still
     * theirs, the rest read.
     */
    private Map<String, D> load(List<String> ids) {
        Map<String, D> kept = new HashMap<>();
        for (String id : ids) {
            D document = committed.get(id);
            if (document != null) {
                kept.put(id, document);
            }
        }
        Map<String, D> found = new HashMap<>();
        Map<String, Long> versions = kept.isEmpty() ? Map.of() : table.versions(kept.keySet());
        List<String> unread = new ArrayList<>(ids.size());
        for (String id : ids) {
            D document = kept.get(id);
            Long stored = versions.get(id);
            if (document == null || stored != null && stored != table.version(document)) {
                unread.add(id);
            } else if (stored != null) {
                found.put(id, document);
            }
        }
        if (!unread.isEmpty()) {
            found.putAll(table.read(unread));
        }
        return found;
    }

    private final class Batch {

        private final Set<String> unread;
        private final ChangeSet<String, D> documents = new ChangeSet<>();
        private final Map<String, D> written = new HashMap<>();

        Batch(Set<String> upcoming) {
            this.unread = new LinkedHashSet<>(upcoming);
        }

        D get(String id) {
            if (!documents.has(id)) {
                read(id);
            }
            return documents.get(id).orElse(null);
        }

        void put(String id, D after) {
            get(id);
            documents.put(id, after);
        }

        private void read(String id) {
            unread.remove(id);
            List<String> ids = new ArrayList<>(List.of(id));
            for (String other : unread) {
                if (ids.size() == READ_CHUNK) {
                    break;
                }
                ids.add(other);
            }
            unread.removeAll(ids);
            Map<String, D> found = load(ids);
            for (String each : ids) {
                documents.loaded(each, found.get(each));
            }
        }

        void flush() {
            List<Change<D>> changes = new ArrayList<>(documents.changed().size());
            documents.changed().forEach((id, after) -> changes.add(new Change<>(documents.stored(id), after)));
            if (!changes.isEmpty()) {
                table.write(changes);
            }
            written.putAll(documents.changed());
            documents.flushed();
        }
    }
}
