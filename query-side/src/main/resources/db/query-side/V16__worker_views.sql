-- The worker read model (one row per worker of one contract), portable between PostgreSQL and H2 in PostgreSQL
-- mode: the document holds the personal data sealed, as the filing brought it; it is opened only when a read is
-- answered. The columns beside the document exist only to filter, sort and page.
CREATE TABLE worker_view (
    worker_id              VARCHAR(255)             NOT NULL PRIMARY KEY,
    contract_id            VARCHAR(255)             NOT NULL,
    vendor_id              VARCHAR(255)             NOT NULL,
    status                 VARCHAR(32)              NOT NULL,
    -- what the worker lacks while on a roster: ,PROOFS,BADGE,EMAIL_SUFFIX, (empty for nothing or off the roster)
    missing                VARCHAR(64)              NOT NULL,
    live_access_after_exit BOOLEAN                  NOT NULL,
    last_changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_number        BIGINT                   NOT NULL,
    document               TEXT                     NOT NULL
);
CREATE INDEX worker_view_contract_idx ON worker_view (contract_id);
CREATE INDEX worker_view_vendor_idx ON worker_view (vendor_id);
CREATE INDEX worker_view_live_access_idx ON worker_view (live_access_after_exit);
