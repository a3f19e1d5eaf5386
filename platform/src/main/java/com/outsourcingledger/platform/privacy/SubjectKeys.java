package com.outsourcingledger.platform.privacy;

import java.util.Optional;

/**
 * Where the per-subject keys live, outside the event store: a row per subject ({@link TableKeys}) or a file per
 * subject ({@link FileKeys}). An erased subject keeps a tombstone and no key, for good.
 */
interface SubjectKeys {

    /** A subject's entry: its key, or, once erased, none. */
    record Entry(byte[] key) {

        static final Entry ERASED = new Entry(null);

        boolean erased() {
            return key == null;
        }
    }

    /** The subject's entry, or empty when it has never had a key. */
    Optional<Entry> find(String subjectId);

    /** Stores {@code fresh} unless the subject already has an entry, and returns the entry that holds. */
    Entry createIfAbsent(String subjectId, byte[] fresh);

    /** Destroys the subject's key, if any, and leaves the tombstone. */
    void erase(String subjectId);
}
