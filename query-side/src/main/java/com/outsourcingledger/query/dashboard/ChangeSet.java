package com.outsourcingledger.query.dashboard;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Rows of one table as stored when the batch began and as changed by its events, flushed once per batch. */
final class ChangeSet<K, R> {

    private final Map<K, R> stored = new HashMap<>();
    private final Map<K, R> current = new HashMap<>();
    private final Map<K, R> changed = new LinkedHashMap<>();

    void loaded(K key, R row) {
        stored.put(key, row);
        current.put(key, row);
    }

    Optional<R> get(K key) {
        return Optional.ofNullable(current.get(key));
    }

    void put(K key, R row) {
        current.put(key, row);
        changed.put(key, row);
    }

    /** The row as stored before this batch, or null for a new one. */
    R stored(K key) {
        return stored.get(key);
    }

    Map<K, R> changed() {
        return changed;
    }

    void flushed() {
        stored.putAll(changed);
        changed.clear();
    }
}
