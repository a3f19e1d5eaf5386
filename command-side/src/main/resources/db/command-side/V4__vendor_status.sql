-- One lookup of each vendor's status for every command-side rule that needs it, kept by the vendor-status
-- tracking processor (lookup/VendorStatusProjection), which replays the vendor events from the start on its
-- first run. It replaces the two copies that sourcing and contract kept apart; nothing reads those any more.
CREATE TABLE vendor_status (
    vendor_id VARCHAR(255) PRIMARY KEY,
    status    VARCHAR(32)  NOT NULL,
    sequence  BIGINT       NOT NULL
);

DROP TABLE vendor_standing;
DROP TABLE contract_vendor_standing;
