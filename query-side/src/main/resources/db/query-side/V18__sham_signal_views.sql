-- The sham-outsourcing read models (§13), portable between PostgreSQL and H2 in PostgreSQL mode. The columns beside
-- each document exist only to filter, sort, count and page.
-- One row per signal.
CREATE TABLE sham_signal_view (
    signal_id       VARCHAR(255)             NOT NULL PRIMARY KEY,
    contract_id     VARCHAR(255)             NOT NULL,
    vendor_id       VARCHAR(255)             NOT NULL,
    project_id      VARCHAR(255),
    type            VARCHAR(64)              NOT NULL,
    status          VARCHAR(32)              NOT NULL,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_number BIGINT                   NOT NULL,
    document        TEXT                     NOT NULL
);
CREATE INDEX sham_signal_view_contract_idx ON sham_signal_view (contract_id);
CREATE INDEX sham_signal_view_vendor_idx ON sham_signal_view (vendor_id);
CREATE INDEX sham_signal_view_status_idx ON sham_signal_view (status);

-- A project's sham-outsourcing risk as its HR review named it: every contract of the project starts from it.
CREATE TABLE sham_risk_project (
    project_id      VARCHAR(255)             NOT NULL PRIMARY KEY,
    risk            VARCHAR(16)              NOT NULL,
    reviewer        VARCHAR(255),
    reviewed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_number BIGINT                   NOT NULL
);

-- One row per contract: its current sham-outsourcing risk (null while unknown) and every assessment of it.
-- risk_rank orders the levels (LOW 1, MEDIUM 2, HIGH 3; 0 unknown); assessed: re-assessed on the contract at
-- least once, so the project's HR review no longer sets the level.
CREATE TABLE contract_sham_risk_view (
    contract_id     VARCHAR(255)             NOT NULL PRIMARY KEY,
    project_id      VARCHAR(255),
    vendor_id       VARCHAR(255)             NOT NULL,
    risk            VARCHAR(16),
    risk_rank       INTEGER                  NOT NULL,
    assessed        BOOLEAN                  NOT NULL,
    last_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_number BIGINT                   NOT NULL,
    document        TEXT                     NOT NULL
);
CREATE INDEX contract_sham_risk_view_project_idx ON contract_sham_risk_view (project_id);
CREATE INDEX contract_sham_risk_view_vendor_idx ON contract_sham_risk_view (vendor_id);
