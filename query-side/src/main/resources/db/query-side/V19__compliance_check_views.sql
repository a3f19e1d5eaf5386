-- The employment-compliance check read model (one row per check of one contract's vendor), portable between
-- PostgreSQL and H2 in PostgreSQL mode. The columns beside the document exist only to filter, sort and page.
CREATE TABLE compliance_check_view (
    check_id        VARCHAR(255)             NOT NULL PRIMARY KEY,
    contract_id     VARCHAR(255)             NOT NULL,
    vendor_id       VARCHAR(255)             NOT NULL,
    status          VARCHAR(32)              NOT NULL,
    due_on          DATE                     NOT NULL,
    overdue         BOOLEAN                  NOT NULL,
    last_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_number BIGINT                   NOT NULL,
    document        TEXT                     NOT NULL
);
CREATE INDEX compliance_check_view_contract_idx ON compliance_check_view (contract_id);
CREATE INDEX compliance_check_view_vendor_idx ON compliance_check_view (vendor_id);
CREATE INDEX compliance_check_view_status_due_idx ON compliance_check_view (status, due_on);
