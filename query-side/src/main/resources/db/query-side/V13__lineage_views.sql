-- The breach -> penalty -> settlement -> payment lineage (DOMAIN §11). Each link keeps the id of the event behind
-- it; its global position is read from audit_event by that id when answering. Portable between PostgreSQL and H2.

-- A contract's breaches (one per metric and SLA period), as the latest decision left them.
CREATE TABLE lineage_breach (
    contract_id     VARCHAR(255)   NOT NULL,
    metric_id       VARCHAR(255)   NOT NULL,
    period          VARCHAR(16)    NOT NULL,
    withdrawn       BOOLEAN        NOT NULL,
    penalty         DECIMAL(19, 2) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    event_id        VARCHAR(255)   NOT NULL,
    sequence_number BIGINT         NOT NULL,
    PRIMARY KEY (contract_id, metric_id, period)
);

-- Every decision about a breach's penalty, in the contract's order: BREACHED (decided, re-decided) or WITHDRAWN.
CREATE TABLE lineage_decision (
    contract_id     VARCHAR(255)   NOT NULL,
    sequence_number BIGINT         NOT NULL,
    metric_id       VARCHAR(255)   NOT NULL,
    period          VARCHAR(16)    NOT NULL,
    decision        VARCHAR(16)    NOT NULL,
    penalty         DECIMAL(19, 2),
    currency        VARCHAR(3),
    reason          VARCHAR(2000),
    event_id        VARCHAR(255)   NOT NULL,
    event_type      VARCHAR(64)    NOT NULL,
    PRIMARY KEY (contract_id, sequence_number)
);
CREATE INDEX lineage_decision_breach_idx ON lineage_decision (contract_id, metric_id, period, sequence_number);

-- A settlement with its approval and payment; sequence_number is the settlement's last event handled.
CREATE TABLE lineage_settlement (
    settlement_id      VARCHAR(255)   NOT NULL PRIMARY KEY,
    contract_id        VARCHAR(255)   NOT NULL,
    project_id         VARCHAR(255),
    period             VARCHAR(16)    NOT NULL,
    final_settlement   BOOLEAN        NOT NULL,
    step               VARCHAR(32)    NOT NULL,
    requested_event_id VARCHAR(255)   NOT NULL,
    requested_sequence BIGINT         NOT NULL,
    approved_amount    DECIMAL(19, 2),
    currency           VARCHAR(3),
    approved_event_id  VARCHAR(255),
    approved_sequence  BIGINT,
    payment_reference  VARCHAR(255),
    paid_on            DATE,
    paid_amount        DECIMAL(19, 2),
    paid_event_id      VARCHAR(255),
    paid_sequence      BIGINT,
    sequence_number    BIGINT         NOT NULL
);
CREATE INDEX lineage_settlement_contract_idx ON lineage_settlement (contract_id);

-- The penalties an approval deducted, one per breach; event_id is the PenaltyDeducted event when there is one,
-- else the SettlementApproved event that listed the deduction.
CREATE TABLE lineage_deduction (
    settlement_id   VARCHAR(255)   NOT NULL,
    metric_id       VARCHAR(255)   NOT NULL,
    period          VARCHAR(16)    NOT NULL,
    contract_id     VARCHAR(255)   NOT NULL,
    penalty         DECIMAL(19, 2) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    event_id        VARCHAR(255)   NOT NULL,
    event_type      VARCHAR(64)    NOT NULL,
    sequence_number BIGINT         NOT NULL,
    PRIMARY KEY (settlement_id, metric_id, period)
);
CREATE INDEX lineage_deduction_breach_idx ON lineage_deduction (contract_id, metric_id, period);

-- The contracts the lineage knows, so that a contract without breaches answers an empty lineage, not a 404.
CREATE TABLE lineage_contract (
    contract_id VARCHAR(255) NOT NULL PRIMARY KEY
);
