-- Evaluation and settlement read models, and the vendor scorecard, portable between PostgreSQL and H2 in
-- PostgreSQL mode: the full detail is a JSON document in TEXT; the columns beside it exist only to filter, sort and page.
CREATE TABLE evaluation_view (
    evaluation_id   VARCHAR(255)             NOT NULL PRIMARY KEY,
    contract_id     VARCHAR(255)             NOT NULL,
    vendor_id       VARCHAR(255)             NOT NULL,
    period          VARCHAR(16)              NOT NULL,
    period_start    DATE,
    status          VARCHAR(32)              NOT NULL,
    grade           VARCHAR(1),
    scoring_due_on  DATE,
    last_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_number BIGINT                   NOT NULL,
    document        TEXT                     NOT NULL
);
CREATE INDEX evaluation_view_contract_idx ON evaluation_view (contract_id);
CREATE INDEX evaluation_view_vendor_idx ON evaluation_view (vendor_id);
CREATE INDEX evaluation_view_status_idx ON evaluation_view (status);

CREATE TABLE settlement_view (
    settlement_id    VARCHAR(255)             NOT NULL PRIMARY KEY,
    contract_id      VARCHAR(255)             NOT NULL,
    vendor_id        VARCHAR(255)             NOT NULL,
    period           VARCHAR(16)              NOT NULL,
    final_settlement BOOLEAN                  NOT NULL,
    step             VARCHAR(32)              NOT NULL,
    last_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_number  BIGINT                   NOT NULL,
    document         TEXT                     NOT NULL
);
CREATE INDEX settlement_view_contract_idx ON settlement_view (contract_id);
CREATE INDEX settlement_view_vendor_idx ON settlement_view (vendor_id);
CREATE INDEX settlement_view_step_idx ON settlement_view (step);

-- The scorecard: each contract's vendor (from its draft), confirmed grades, and the contracts' rectification
-- notices and PIPs while open. sequence_number is the last event of the row's aggregate applied, so a replay is harmless.
CREATE TABLE scorecard_contract (
    contract_id     VARCHAR(255) NOT NULL PRIMARY KEY,
    vendor_id       VARCHAR(255) NOT NULL
);
CREATE TABLE scorecard_grade (
    evaluation_id   VARCHAR(255)   NOT NULL PRIMARY KEY,
    vendor_id       VARCHAR(255)   NOT NULL,
    contract_id     VARCHAR(255)   NOT NULL,
    period          VARCHAR(16)    NOT NULL,
    period_start    DATE,
    grade           VARCHAR(1)     NOT NULL,
    overall         DECIMAL(9, 2),
    policy_version  VARCHAR(255)
);
CREATE INDEX scorecard_grade_vendor_idx ON scorecard_grade (vendor_id);
CREATE TABLE scorecard_open_item (
    contract_id     VARCHAR(255) NOT NULL,
    item_id         VARCHAR(255) NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    vendor_id       VARCHAR(255) NOT NULL,
    status          VARCHAR(32)  NOT NULL,
    opened_on       DATE,
    due_on          DATE,
    overdue         BOOLEAN      NOT NULL,
    sequence_number BIGINT       NOT NULL,
    PRIMARY KEY (contract_id, item_id)
);
CREATE INDEX scorecard_open_item_vendor_idx ON scorecard_open_item (vendor_id);
