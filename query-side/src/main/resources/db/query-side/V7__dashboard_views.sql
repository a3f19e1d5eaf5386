-- The dashboard read model: one compact row per vendor, project and contract, plus the rows its figures
-- are counted from. Portable between PostgreSQL and H2 in PostgreSQL mode.
CREATE TABLE dashboard_entity (
    kind            VARCHAR(16)  NOT NULL,
    entity_id       VARCHAR(255) NOT NULL,
    name            VARCHAR(500),
    vendor_id       VARCHAR(255),
    status          VARCHAR(32)  NOT NULL,
    term_end        DATE,
    currency        VARCHAR(3),
    awaiting        VARCHAR(255) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    PRIMARY KEY (kind, entity_id)
);
CREATE INDEX dashboard_entity_status_idx ON dashboard_entity (kind, status);
CREATE INDEX dashboard_entity_term_end_idx ON dashboard_entity (kind, term_end);

-- Figures maintained incrementally, so a dashboard never aggregates the whole history on a request:
-- counter 'vendors' / 'projects' / 'contracts' keyed by status, 'queue.<QUEUE>' keyed by department,
-- 'sla' keyed by 'measurements' / 'breaches', 'rectifications' keyed by 'open'. Rows at zero are deleted.
CREATE TABLE dashboard_counter (
    counter VARCHAR(64)  NOT NULL,
    item    VARCHAR(255) NOT NULL,
    amount  BIGINT       NOT NULL,
    PRIMARY KEY (counter, item)
);

CREATE TABLE dashboard_sla_month (
    vendor_id    VARCHAR(255)   NOT NULL,
    metric_id    VARCHAR(255)   NOT NULL,
    service_month VARCHAR(7)     NOT NULL,
    currency     VARCHAR(3)     NOT NULL,
    measurements BIGINT         NOT NULL,
    breaches     BIGINT         NOT NULL,
    penalty      DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (vendor_id, metric_id, service_month, currency)
);
CREATE INDEX dashboard_sla_month_month_idx ON dashboard_sla_month (service_month);

CREATE TABLE dashboard_penalty (
    vendor_id VARCHAR(255)   NOT NULL,
    currency  VARCHAR(3)     NOT NULL,
    breaches  BIGINT         NOT NULL,
    penalty   DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (vendor_id, currency)
);

CREATE TABLE dashboard_qualification (
    vendor_id        VARCHAR(255) NOT NULL,
    qualification_id VARCHAR(255) NOT NULL,
    valid_until      DATE,
    expired          BOOLEAN      NOT NULL,
    PRIMARY KEY (vendor_id, qualification_id)
);
CREATE INDEX dashboard_qualification_valid_until_idx ON dashboard_qualification (valid_until);

CREATE TABLE dashboard_sla (
    contract_id VARCHAR(255)   NOT NULL,
    metric_id   VARCHAR(255)   NOT NULL,
    period      VARCHAR(16)    NOT NULL,
    vendor_id   VARCHAR(255)   NOT NULL,
    service_month VARCHAR(7)     NOT NULL,
    met         BOOLEAN        NOT NULL,
    penalty     DECIMAL(19, 2) NOT NULL,
    currency    VARCHAR(3)     NOT NULL,
    PRIMARY KEY (contract_id, metric_id, period)
);

CREATE TABLE dashboard_rectification (
    contract_id VARCHAR(255) NOT NULL,
    notice_id   VARCHAR(255) NOT NULL,
    vendor_id   VARCHAR(255) NOT NULL,
    metric_id   VARCHAR(255),
    status      VARCHAR(32)  NOT NULL,
    due_on      DATE,
    PRIMARY KEY (contract_id, notice_id)
);
CREATE INDEX dashboard_rectification_status_idx ON dashboard_rectification (status, due_on);
