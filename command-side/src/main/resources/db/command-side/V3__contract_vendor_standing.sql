-- Each vendor's current status as the contract side sees it (signing and renewal need an ADMITTED vendor);
-- kept by the contract-vendor-standing tracking processor from vendor events.
CREATE TABLE contract_vendor_standing (
    vendor_id VARCHAR(255) PRIMARY KEY,
    status    VARCHAR(32)  NOT NULL
);
