-- One row per unified social credit code: the primary key makes registration unique across vendors even
-- under concurrent requests, because the claim commits or rolls back with the vendor's first event.
CREATE TABLE vendor_credit_code (
    credit_code VARCHAR(18) PRIMARY KEY,
    vendor_id   VARCHAR(64) NOT NULL
);
