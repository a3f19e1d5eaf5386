-- Badge numbers taken by workers: a badge number is distinct across every worker, which no single worker stream
-- can see. Claimed in the transaction that appends the worker's badge event.
CREATE TABLE worker_badge_number (
    badge_number VARCHAR(100) PRIMARY KEY,
    worker_id    VARCHAR(255) NOT NULL
);
