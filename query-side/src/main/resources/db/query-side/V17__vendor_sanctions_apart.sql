-- A vendor's sanctions (warnings, suspensions, ...) beside its document instead of inside it, in append-only parts:
-- each change that adds sanctions adds one row holding them (a JSON array, as the document held them), numbered
-- by the position of its first sanction in the vendor's list. An event that adds one sanction writes one small row
-- and a document that no longer grows with the vendor's history; a replay batch writes one part per vendor.
-- A document written before this table existed still carries its sanctions; its next change moves them here.
CREATE TABLE vendor_sanction_view (
    vendor_id VARCHAR(255) NOT NULL,
    position  INTEGER      NOT NULL,
    sanctions TEXT         NOT NULL,
    PRIMARY KEY (vendor_id, position)
);
