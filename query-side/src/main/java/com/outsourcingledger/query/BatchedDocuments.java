package com.outsourcingledger.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A projection's detail documents, one per aggregate, read and written once per batch of events: the batch's
 * first event reads the documents of every aggregate of the family the batch names, each event folds into the
 * copy in memory, and the changed documents are written just before the batch commits. Outside a batch a change
 * is written at once.
 *
 * @param <D> the detail document
 */
public final class BatchedDocuments<D> {

    private static final int READ_CHUNK = 1000;

    /** How a projection stores its documents. */
    public interface Table<D> {

        /** The stored documents among {@code ids}, by aggregate id. */
        Map<String, D> read(Collection<String> ids);

        /** Stores the changes in this order; {@code before} is null for a document not stored yet. */
        void write(List<Change<D>> changes);
    }

    public record Change<D>(D before, D after) {
    }

    private final Class<?> family;
    private final Table<D> table;
    private final String key;

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
        batch().ifPresentOrElse(batch -> batch.put(id, after), () -> table.write(List.of(new Change<>(before, after))));
    }

    private Optional<Batch> batch() {
        return BatchScope.current(key, root -> new Batch(BatchScope.aggregates(root, family)), Batch::flush);
    }

    private final class Batch {

        private final Set<String> unread;
        private final Map<String, D> stored = new HashMap<>();
        private final Map<String, D> current = new HashMap<>();
        private final Map<String, D> changed = new LinkedHashMap<>();

        Batch(Set<String> upcoming) {
            this.unread = new LinkedHashSet<>(upcoming);
        }

        D get(String id) {
            if (!current.containsKey(id)) {
                read(id);
            }
            return current.get(id);
        }

        void put(String id, D after) {
            get(id);
            current.put(id, after);
            changed.put(id, after);
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
            Map<String, D> found = table.read(ids);
            for (String each : ids) {
                D document = found.get(each);
                stored.put(each, document);
                current.put(each, document);
            }
        }

        void flush() {
            List<Change<D>> changes = new ArrayList<>(changed.size());
            changed.forEach((id, after) -> changes.add(new Change<>(stored.get(id), after)));
            if (!changes.isEmpty()) {
                table.write(changes);
            }
            changed.forEach(stored::put);
            changed.clear();
        }
    }
}
