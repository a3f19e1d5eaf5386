-- Vendor users' portal accounts on the embedded default: HR or PROCUREMENT opens one for an admitted vendor
-- (VendorPortalAccountOpened, which never holds the password or its hash). The row is written in the transaction
-- that appends that event and is never deleted: a closed account keeps its username, so no later account can
-- take a name the history already gives to someone. Both apps authenticate Basic users against it.
CREATE TABLE vendor_portal_account (
    username      VARCHAR(64)  PRIMARY KEY,
    vendor_id     VARCHAR(255) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    is_open       BOOLEAN      NOT NULL
);
