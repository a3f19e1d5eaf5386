-- The special-audit read model (one row per annual special audit, its checklist and findings in the document),
-- portable between PostgreSQL and H2 in PostgreSQL mode. The columns beside the document exist only to filter, sort
-- and page; the audits are a handful a year, so the findings are read from the documents.
CREATE TABLE special_audit_view (
    audit_id         VARCHAR(255)             NOT NULL PRIMARY KEY,
    status           VARCHAR(32)              NOT NULL,
    period_to        DATE                     NOT NULL,
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_on        DATE,
    open_findings    INTEGER                  NOT NULL,
    overdue_findings INTEGER                  NOT NULL,
    overdue          BOOLEAN                  NOT NULL,
    last_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_number  BIGINT                   NOT NULL,
    document         TEXT                     NOT NULL
);
CREATE INDEX special_audit_view_status_idx ON special_audit_view (status, period_to);
