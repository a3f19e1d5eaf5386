-- The incident read model (one row per incident on a contract's service), portable between PostgreSQL and H2 in
-- PostgreSQL mode. The columns beside the document exist only to filter, sort and page.
CREATE TABLE incident_view (
    incident_id           VARCHAR(255)             NOT NULL PRIMARY KEY,
    contract_id           VARCHAR(255)             NOT NULL,
    vendor_id             VARCHAR(255)             NOT NULL,
    type                  VARCHAR(32)              NOT NULL,
    major                 BOOLEAN                  NOT NULL,
    status                VARCHAR(32)              NOT NULL,
    occurred_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    notify_by             TIMESTAMP WITH TIME ZONE NOT NULL,
    notification_overdue  BOOLEAN                  NOT NULL,
    last_changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_number       BIGINT                   NOT NULL,
    document              TEXT                     NOT NULL
);
CREATE INDEX incident_view_contract_idx ON incident_view (contract_id);
CREATE INDEX incident_view_vendor_idx ON incident_view (vendor_id);
CREATE INDEX incident_view_status_idx ON incident_view (status, occurred_at);
