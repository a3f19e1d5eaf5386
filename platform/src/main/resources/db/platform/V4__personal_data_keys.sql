-- One AES-256 key per subject (a worker) whose personal data events carry sealed (platform/privacy), kept here and
-- never in the event store. Erasure sets key_bytes to NULL and stamps erased_at: the row stays as the tombstone, so
-- nothing is sealed for that subject again, and every stored ciphertext of it is unreadable for good. Both apps
-- read it (the query side to open what it shows); the ledger.personal-data.key-store=files variant does not use it.
CREATE TABLE personal_data_key (
    subject_id VARCHAR(255) PRIMARY KEY,
    key_bytes  BYTEA,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at  TIMESTAMP WITH TIME ZONE
);
