-- Where the audit index's reading of the log stands after its last batch: every global position up to
-- head_position except the gaps (comma-separated), positions whose transactions had not committed yet. An event
-- that commits late fills a gap without moving the head; the gap it fills is its own position (ReceivedPositions).
-- One row, written in the same transaction as the batch's audit_event rows.
CREATE TABLE audit_received_positions (
    id            SMALLINT NOT NULL PRIMARY KEY,
    head_position BIGINT   NOT NULL,
    gaps          TEXT     NOT NULL
);
