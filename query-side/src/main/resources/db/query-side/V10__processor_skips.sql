-- The way out for a read model stuck on an event it can never apply: an operator's decision that one processor
-- passes one event without applying it, with who decided, when and why. Kept for audit; never deleted, and
-- honoured on every later replay of that processor.
CREATE TABLE processor_skip (
    processor_name  VARCHAR(255)             NOT NULL,
    event_id        VARCHAR(255)             NOT NULL,
    event_type      VARCHAR(500),
    global_position BIGINT,
    error           TEXT,
    reason          TEXT                     NOT NULL,
    skipped_by      VARCHAR(255)             NOT NULL,
    skipped_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (processor_name, event_id)
);
