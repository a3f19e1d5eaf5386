-- Vendor read models. Portable between PostgreSQL and H2 in PostgreSQL mode: the full detail is a JSON
-- document in TEXT; the columns beside it exist only to filter, sort and page.
CREATE TABLE vendor_view (
    vendor_id       VARCHAR(255)             NOT NULL PRIMARY KEY,
    legal_name      VARCHAR(500)             NOT NULL,
    credit_code     VARCHAR(64)              NOT NULL,
    status          VARCHAR(32)              NOT NULL,
    tier            VARCHAR(32),
    admitted_on     DATE,
    last_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    document        TEXT                     NOT NULL
);
CREATE INDEX vendor_view_status_idx ON vendor_view (status);
CREATE INDEX vendor_view_tier_idx ON vendor_view (tier);
CREATE INDEX vendor_view_legal_name_idx ON vendor_view (legal_name);
CREATE INDEX vendor_view_admitted_on_idx ON vendor_view (admitted_on);
CREATE INDEX vendor_view_last_changed_at_idx ON vendor_view (last_changed_at);

CREATE TABLE vendor_view_category (
    vendor_id VARCHAR(255) NOT NULL,
    category  VARCHAR(32)  NOT NULL,
    PRIMARY KEY (vendor_id, category)
);
CREATE INDEX vendor_view_category_category_idx ON vendor_view_category (category, vendor_id);

CREATE TABLE vendor_qualification_view (
    vendor_id        VARCHAR(255) NOT NULL,
    qualification_id VARCHAR(255) NOT NULL,
    type             VARCHAR(32)  NOT NULL,
    number           VARCHAR(255),
    valid_until      DATE,
    required         BOOLEAN      NOT NULL,
    expired          BOOLEAN      NOT NULL,
    PRIMARY KEY (vendor_id, qualification_id)
);
CREATE INDEX vendor_qualification_view_valid_until_idx ON vendor_qualification_view (valid_until);
