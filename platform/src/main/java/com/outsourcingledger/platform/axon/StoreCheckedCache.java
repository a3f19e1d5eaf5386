package com.outsourcingledger.platform.axon;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The aggregates of one type that this node loaded or changed last, so that a command need not read an
 * aggregate's whole history again. The store stays the truth: an aggregate is served from here only while its
 * last event in the store is the last one it has applied, checked with one indexed read
 * ({@link EventStore#lastSequenceNumberFor}) in the command's own transaction. So when another command-side node
 * changed the aggregate, this node reads it again from the store instead of deciding on a stale state, and two
 * commands that race on different nodes still meet at the store's unique (aggregate, sequence) constraint: one
 * appends, the other is a conflict (409). Axon removes an entry when the unit of work that used it rolls back.
 * At most {@code capacity} aggregates are kept, the least recently used leaving first.
 */
public final class StoreCheckedCache implements Cache {

    private final Supplier<EventStore> eventStore;
    private final Map<Object, Object> entries;

    public StoreCheckedCache(Supplier<EventStore> eventStore, int capacity) {
        this.eventStore = eventStore;
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry instanceof AggregateCacheEntry<?> aggregate && !current(key.toString(), aggregate)) {
            entries.remove(key, entry);
            return null;
        }
        return (V) entry;
    }

    /** The entry has applied exactly the events the store holds for the aggregate. */
    private boolean current(String aggregateId, AggregateCacheEntry<?> entry) {
        Long applied = appliedSequence(entry);
        Optional<Long> stored = eventStore.get().lastSequenceNumberFor(aggregateId);
        return applied != null && stored.isPresent() && stored.get().equals(applied);
    }

    /**
     * The sequence number of the last event the cached aggregate applied. An entry kept in memory holds the
     * aggregate it was made of and hands it back without using the arguments; one that was not (null) is stale.
     */
    private static Long appliedSequence(AggregateCacheEntry<?> entry) {
        try {
            return entry.recreateAggregate(null, null, null, null).version();
        } catch (RuntimeException notInMemory) {
            return null;
        }
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Nothing listens to an aggregate cache; a listener registered here is not called. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }

    public int size() {
        return entries.size();
    }
}
