package com.outsourcingledger.query.readmodel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rows of one table as stored when the batch began and as changed by its events, flushed once per batch: the one
 * change tracker of the read-model kit. A row read and found absent is loaded as null.
 */
public final class ChangeSet<K, R> {

    private final Map<K, R> stored = new HashMap<>();
    private final Map<K, R> current = new HashMap<>();
    private final Map<K, R> changed = new LinkedHashMap<>();

    public void loaded(K key, R row) {
        stored.put(key, row);
        current.put(key, row);
    }

    /** Whether the row was loaded (found or not) or put in this batch. */
    public boolean has(K key) {
        return current.containsKey(key);
    }

    public Optional<R> get(K key) {
        return Optional.ofNullable(current.get(key));
    }

    public void put(K key, R row) {
        current.put(key, row);
        changed.put(key, row);
    }

    /** The row as stored before this batch, or null for a new one. */
    public R stored(K key) {
        return stored.get(key);
    }

    public Map<K, R> changed() {
        return changed;
    }

    public void flushed() {
        stored.putAll(changed);
        changed.clear();
    }
}
