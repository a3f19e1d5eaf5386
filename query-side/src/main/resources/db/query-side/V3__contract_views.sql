-- Contract read models, portable between PostgreSQL and H2 in PostgreSQL mode: the full detail is a JSON
-- document in TEXT; the columns beside it exist only to filter, sort and page.
CREATE TABLE contract_view (
    contract_id     VARCHAR(255)             NOT NULL PRIMARY KEY,
    project_id      VARCHAR(255),
    vendor_id       VARCHAR(255)             NOT NULL,
    title           VARCHAR(500)             NOT NULL,
    status          VARCHAR(32)              NOT NULL,
    term_end        DATE                     NOT NULL,
    last_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_number BIGINT                   NOT NULL,
    document        TEXT                     NOT NULL
);
CREATE INDEX contract_view_status_idx ON contract_view (status);
CREATE INDEX contract_view_vendor_idx ON contract_view (vendor_id);
CREATE INDEX contract_view_project_idx ON contract_view (project_id);
CREATE INDEX contract_view_term_end_idx ON contract_view (term_end);

-- One row per metric and period measured: the SLA dashboard aggregates these.
CREATE TABLE contract_sla_measurement_view (
    contract_id VARCHAR(255)   NOT NULL,
    metric_id   VARCHAR(255)   NOT NULL,
    period      VARCHAR(16)    NOT NULL,
    vendor_id   VARCHAR(255)   NOT NULL,
    met         BOOLEAN        NOT NULL,
    penalty     DECIMAL(19, 2) NOT NULL,
    currency    VARCHAR(3)     NOT NULL,
    PRIMARY KEY (contract_id, metric_id, period)
);
CREATE INDEX contract_sla_measurement_view_vendor_idx ON contract_sla_measurement_view (vendor_id);
