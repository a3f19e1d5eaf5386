-- The audit index: every stored event as first seen by the query side, in the order it was chained, with
-- its metadata in columns for the trail queries, its exact serialized payload and metadata, and the hash
-- chains (AuditProof) that make later alteration of the event store detectable. Never emptied on replay.
CREATE TABLE audit_event (
    chain_index      BIGINT                   NOT NULL PRIMARY KEY,
    global_position  BIGINT                   NOT NULL,
    event_id         VARCHAR(255)             NOT NULL,
    aggregate_type   VARCHAR(255),
    aggregate_id     VARCHAR(255)             NOT NULL,
    sequence_number  BIGINT                   NOT NULL,
    event_type       VARCHAR(255)             NOT NULL,
    payload_type     VARCHAR(500)             NOT NULL,
    payload_revision VARCHAR(255),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    timestamp_text   VARCHAR(64)              NOT NULL,
    user_name        VARCHAR(255),
    department       VARCHAR(64),
    correlation_id   VARCHAR(255),
    causation_id     VARCHAR(255),
    command_name     VARCHAR(255),
    payload          TEXT                     NOT NULL,
    metadata         TEXT                     NOT NULL,
    event_digest     VARCHAR(64)              NOT NULL,
    aggregate_chain  VARCHAR(64)              NOT NULL,
    log_chain        VARCHAR(64)              NOT NULL,
    UNIQUE (event_id),
    UNIQUE (global_position),
    UNIQUE (aggregate_id, sequence_number)
);
CREATE INDEX audit_event_correlation_idx ON audit_event (correlation_id, global_position);
CREATE INDEX audit_event_user_idx ON audit_event (user_name, global_position);
CREATE INDEX audit_event_type_idx ON audit_event (event_type, global_position);
CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at, global_position);

-- Signed checkpoints of the log chain. The Ed25519 private key never enters the database.
CREATE TABLE audit_checkpoint (
    chain_index     BIGINT                   NOT NULL PRIMARY KEY,
    global_position BIGINT                   NOT NULL,
    chain_hash      VARCHAR(64)              NOT NULL,
    signed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_at_text  VARCHAR(64)              NOT NULL,
    signature       VARCHAR(255)             NOT NULL
);
